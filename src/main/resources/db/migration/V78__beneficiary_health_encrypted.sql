-- A beneficiary's disability (type, card, support) and health cover are stored encrypted
-- (AES-256-GCM, "v1:<keyId>:<base64>", see docs/security.md, "Encryption at rest"). SQL
-- cannot read them any more, so the few facts the database's aggregates need are kept in
-- clear flags, set by the application whenever the encrypted values change, and filled
-- here from the clear values: whether a disability is recorded (dashboard, disability
-- support rate), whether a card or support is recorded for it (that rate), whether the
-- person has a health cover (health cover rate) and whether the cover is known (register
-- completeness). The type, the card, the support and the kind of cover stay secret.
ALTER TABLE beneficiary
    ADD COLUMN has_disability       boolean NOT NULL DEFAULT false,
    ADD COLUMN disability_supported boolean NOT NULL DEFAULT false,
    ADD COLUMN has_health_cover     boolean NOT NULL DEFAULT false,
    ADD COLUMN health_cover_known   boolean NOT NULL DEFAULT false;

UPDATE beneficiary
SET has_disability       = disability_type IS NOT NULL,
    disability_supported = disability_type IS NOT NULL AND (disability_card OR disability_support),
    has_health_cover     = health_insurance IN ('AMO', 'OTHER'),
    health_cover_known   = health_insurance <> 'UNKNOWN';

-- The checks on the values cannot read ciphertext: the same rules hold on the flags. The
-- default 'UNKNOWN' of health_insurance stays for bulk inserts (it says no more than
-- health_cover_known) and is encrypted at the next start like any clear value.
DROP INDEX ix_beneficiary_breakdown;
ALTER TABLE beneficiary
    DROP CONSTRAINT ck_beneficiary_disability_type,
    DROP CONSTRAINT ck_beneficiary_disability_details,
    DROP CONSTRAINT ck_beneficiary_health_insurance,
    ALTER COLUMN disability_type TYPE text,
    ALTER COLUMN disability_card DROP DEFAULT,
    ALTER COLUMN disability_card DROP NOT NULL,
    ALTER COLUMN disability_card TYPE text USING disability_card::text,
    ALTER COLUMN disability_support DROP DEFAULT,
    ALTER COLUMN disability_support DROP NOT NULL,
    ALTER COLUMN disability_support TYPE text USING disability_support::text,
    ALTER COLUMN health_insurance TYPE text,
    ADD CONSTRAINT ck_beneficiary_has_disability CHECK (has_disability = (disability_type IS NOT NULL)),
    ADD CONSTRAINT ck_beneficiary_disability_supported CHECK (has_disability OR NOT disability_supported),
    ADD CONSTRAINT ck_beneficiary_health_cover CHECK (health_cover_known OR NOT has_health_cover);

-- Sex, age and disability of the people present, without reading the beneficiaries' rows
-- (the dashboard's breakdown, V50): on the flag now.
CREATE INDEX ix_beneficiary_breakdown
    ON beneficiary (id) INCLUDE (sex, birth_date, birth_year, has_disability);
