-- The version of the establishment records the assessment form's live contradiction check reads (committee
-- meetings, staff, resources, care plans and their reviews) and of the contradiction rules' switches
-- (docs/performance.md, "The assessment form kept under its versions"). Each node keeps a form's data under this
-- number, the data version of V107 and the assessment's own rows; a change written by any node gives a new number
-- on every node's next read. A counter of its own, so that a care-plan review does not make every node compute
-- the national dashboard again. Bumped at commit, once per writing transaction, as V107's.
CREATE TABLE records_data_version (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint  NOT NULL
);
INSERT INTO records_data_version (version) VALUES (1);

CREATE FUNCTION bump_records_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('socle.records_data_bumped', true) IS DISTINCT FROM 'yes' THEN
        UPDATE records_data_version SET version = version + 1;
        PERFORM set_config('socle.records_data_bumped', 'yes', true);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION bump_records_data_version_now() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE records_data_version SET version = version + 1;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['committee_meeting', 'establishment_staff', 'establishment_resource', 'care_plan',
                             'care_plan_review', 'contradiction_rule'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER records_data_changed AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_records_data_version()', t);
        EXECUTE format('CREATE TRIGGER records_data_truncated AFTER TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_records_data_version_now()', t);
    END LOOP;
END
$$;

-- The establishment's own columns the facts read and V107 does not watch.
CREATE CONSTRAINT TRIGGER records_data_updated AFTER UPDATE ON establishment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.authorisation_status, OLD.authorisation_date, OLD.authorisation_expiry, OLD.authorised_capacity,
           OLD.director_name)
          IS DISTINCT FROM
          (NEW.authorisation_status, NEW.authorisation_date, NEW.authorisation_expiry, NEW.authorised_capacity,
           NEW.director_name))
    EXECUTE FUNCTION bump_records_data_version();
