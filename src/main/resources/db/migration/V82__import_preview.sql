-- Beneficiary import files between the preview and the confirmation (beneficiary module), so
-- that any node can show the preview and import the file. Short-lived rows: written once,
-- deleted on confirmation or by the clean-up job once expired; hence no updated_* or version.
CREATE TABLE import_preview (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token              uuid          NOT NULL,
    owner_id           bigint        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    establishment_id   bigint        NOT NULL REFERENCES establishment (id) ON DELETE CASCADE,
    filename           varchar(255)  NOT NULL,
    content            bytea         NOT NULL,
    created_at         timestamptz   NOT NULL,
    expires_at         timestamptz   NOT NULL,
    CONSTRAINT uk_import_preview_token UNIQUE (token),
    CONSTRAINT ck_import_preview_expiry CHECK (expires_at > created_at)
);

CREATE INDEX ix_import_preview_owner ON import_preview (owner_id, id);
CREATE INDEX ix_import_preview_expiry ON import_preview (expires_at);
