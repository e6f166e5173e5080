-- Optional second factor (TOTP) of auditors and admins: the shared secret (base32) once enrolled.
-- Not kept in the account history (app_user_aud).
ALTER TABLE app_user ADD COLUMN totp_secret varchar(64);
ALTER TABLE app_user ADD COLUMN totp_enabled_at timestamptz;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_totp CHECK ((totp_secret IS NULL) = (totp_enabled_at IS NULL));
