-- Associations managing establishments: legal identity, address and contacts
ALTER TABLE organisation
    ADD COLUMN legal_form          varchar(20),
    ADD COLUMN registration_number varchar(50),
    ADD COLUMN address             varchar(300),
    ADD COLUMN phone               varchar(30),
    ADD COLUMN email               varchar(254),
    ADD COLUMN contact_person      varchar(150),
    ADD CONSTRAINT ck_organisation_legal_form
        CHECK (legal_form IN ('ASSOCIATION', 'FOUNDATION', 'COOPERATIVE', 'PUBLIC_INSTITUTION', 'OTHER')),
    ADD CONSTRAINT ck_organisation_email CHECK (email IS NULL OR position('@' IN email) > 1),
    ADD CONSTRAINT fk_organisation_region FOREIGN KEY (region_code) REFERENCES region (code);

CREATE UNIQUE INDEX uk_organisation_registration_number ON organisation (registration_number)
    WHERE registration_number IS NOT NULL;
CREATE INDEX ix_organisation_region ON organisation (region_code);
