-- The time step of the last second-factor code accepted: a TOTP code is good once (RFC 6238 §5.2)
ALTER TABLE app_user ADD COLUMN totp_last_step bigint;

-- An admin's reset of a user's second factor goes to the security log
ALTER TABLE security_event DROP CONSTRAINT ck_security_event_kind;
ALTER TABLE security_event ADD CONSTRAINT ck_security_event_kind CHECK (kind IN ('LOGIN_SUCCEEDED', 'LOGIN_FAILED',
    'LOCKED_OUT', 'ACCOUNT_CREATED', 'ROLE_CHANGED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_RESET',
    'MFA_ENROLLED', 'MFA_FAILED', 'PASSWORD_CHANGED', 'ACCOUNT_UNLOCKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED',
    'MFA_RESET'));
