-- Failed logins counted in the database, so that every node of a cluster sees the same count
-- (docs/security.md, "Login throttling"). One row per account name as typed (existing or not: an
-- unknown name is throttled like a real one) and per client address. A counter, not a record:
-- no audit columns; rows of quiet windows are deleted by LoginThrottle's clean-up.
CREATE TABLE login_throttle (
    kind              varchar(10)  NOT NULL,
    name              varchar(100) NOT NULL,
    -- failures since the window started or the last lock began
    failures          integer      NOT NULL DEFAULT 0,
    -- locks already imposed in this window: the next one lasts longer
    locks             integer      NOT NULL DEFAULT 0,
    window_started_at timestamptz  NOT NULL,
    locked_until      timestamptz,
    PRIMARY KEY (kind, name),
    CONSTRAINT ck_login_throttle_kind CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    CONSTRAINT ck_login_throttle_counts CHECK (failures >= 0 AND locks >= 0)
);

CREATE INDEX ix_login_throttle_window ON login_throttle (window_started_at);

-- An admin's unlock is in the security log
ALTER TABLE security_event DROP CONSTRAINT ck_security_event_kind;
ALTER TABLE security_event ADD CONSTRAINT ck_security_event_kind CHECK (kind IN ('LOGIN_SUCCEEDED', 'LOGIN_FAILED',
    'LOCKED_OUT', 'ACCOUNT_CREATED', 'ROLE_CHANGED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'PASSWORD_RESET',
    'MFA_ENROLLED', 'MFA_FAILED', 'PASSWORD_CHANGED', 'ACCOUNT_UNLOCKED'));
