-- The second factor's secret is stored encrypted like the care module's text (see V76 and
-- docs/security.md): the ciphertext is longer than the base32 secret.
ALTER TABLE app_user ALTER COLUMN totp_secret TYPE text;
