-- A user changing their own password (/account/password) is in the security log.
ALTER TABLE security_event DROP CONSTRAINT ck_security_event_kind;
ALTER TABLE security_event ADD CONSTRAINT ck_security_event_kind CHECK (kind IN ('LOGIN_SUCCEEDED', 'LOGIN_FAILED',
    'LOCKED_OUT', 'ACCOUNT_CREATED', 'ROLE_CHANGED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_RESET',
    'MFA_ENROLLED', 'MFA_FAILED', 'PASSWORD_CHANGED'));
