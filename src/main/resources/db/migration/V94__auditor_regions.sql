-- The regions an auditor covers: a submitted assessment is announced to the auditors who
-- cover its establishment's region (to all auditors when none does). Set on the admin's
-- user form; only auditors' rows are read.
CREATE TABLE auditor_region (
    user_id     bigint     NOT NULL REFERENCES app_user (id),
    region_code varchar(5) NOT NULL REFERENCES region (code),
    PRIMARY KEY (user_id, region_code)
);

-- "Who covers this region?"
CREATE INDEX ix_auditor_region_region ON auditor_region (region_code);

