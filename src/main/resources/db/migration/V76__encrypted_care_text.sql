-- Care plan goals and actions, review summaries and service notes are stored encrypted
-- (AES-256-GCM, "v1:<keyId>:<base64>", see docs/security.md): the ciphertext is longer than
-- the text, so the columns become text (the forms still limit the text's length). Rows
-- still in clear are encrypted by the application at start-up (ColumnReencryption), since
-- the key is not known to SQL.
ALTER TABLE care_plan ALTER COLUMN goals TYPE text, ALTER COLUMN actions TYPE text;
ALTER TABLE care_plan_review ALTER COLUMN summary TYPE text;
ALTER TABLE care_record ALTER COLUMN notes TYPE text;
