-- The login throttle's token buckets, kept by Bucket4j's PostgreSQL proxy manager (select for update)
-- so that every node shares them (docs/security.md, "Login throttling"). One row per account name as
-- typed (existing or not) and per client address, id prefixed "account:" or "address:"; state is
-- Bucket4j's serialized bucket; expires_at (epoch milliseconds) is when the bucket is full again, after
-- which LoginThrottle deletes the row. A counter kept by a library, not a record: no audit columns.
CREATE TABLE login_throttle_bucket (
    id         varchar(120) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX ix_login_throttle_bucket_expires_at ON login_throttle_bucket (expires_at);

-- login_throttle (V85) is no longer read by this version. It stays for a rolling upgrade (the previous
-- version's pods still count in it): drop it in a later release (docs/operations.md, "Rolling upgrades").
