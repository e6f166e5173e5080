-- The version of the data the national dashboard reads (docs/performance.md, "The national dashboard at L"):
-- each node caches the dashboard's panels under this number and reads it once per request, so a change written
-- by any node shows on every node's next request.
--
-- Bumped once per writing transaction, at its commit: a deferred constraint trigger (constraint triggers are
-- row-level) queues an event for each changed row, and the first event fired at commit bumps the counter and
-- marks the transaction, the others return at once. The counter row is therefore locked only from the commit's
-- start to its end, after every statement of the writer: a writer holding it never waits for another lock
-- (except the standard tables' deferred unique checks), so two writers cannot deadlock on it, and writers
-- queue on it only for the time of a commit. An immediate bump would hold it from the first write to the commit
-- and could deadlock two transactions that each write two of these tables in a different order.
-- The data and the new number become visible together, at the commit: a reader that sees the number sees the
-- data. Updates bump only when a column the dashboard reads changes (the WHEN clauses), so an autosave of an
-- assessment or a beneficiary's new address does not queue.
CREATE TABLE dashboard_data_version (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint  NOT NULL
);
INSERT INTO dashboard_data_version (version) VALUES (1);

CREATE FUNCTION bump_dashboard_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('socle.dashboard_data_bumped', true) IS DISTINCT FROM 'yes' THEN
        UPDATE dashboard_data_version SET version = version + 1;
        PERFORM set_config('socle.dashboard_data_bumped', 'yes', true);
    END IF;
    RETURN NULL;
END
$$;

-- TRUNCATE has no constraint trigger: it bumps at once (it locks the whole table anyway).
CREATE FUNCTION bump_dashboard_data_version_now() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE dashboard_data_version SET version = version + 1;
    RETURN NULL;
END
$$;

-- Tables read whole: any change counts.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisation', 'province', 'assessment_score', 'assessment_domain_score',
                             'standard_domain'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER dashboard_data_changed AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_dashboard_data_version()', t);
    END LOOP;
END
$$;

-- Tables updated for other reasons: rows added or removed, or the columns the dashboard reads changed.
DO $$
DECLARE
    watched CONSTANT text[][] := ARRAY[
        ['establishment', 'name_fr, name_ar, status, opening_date, region_code, province_id, category, '
                          'organisation_id, authorised_capacity, authorisation_status, authorisation_expiry, '
                          'latitude, longitude'],
        ['beneficiary_stay', 'establishment_id, beneficiary_id, admission_date, discharge_date'],
        ['beneficiary', 'sex, birth_date, birth_year, has_disability'],
        ['assessment', 'establishment_id, standard_id, status, reference_date, validated_at'],
        ['action_item', 'establishment_id, status, due_date, completed_on'],
        ['inspection_visit', 'establishment_id, status, planned_on, auditor_name']];
    i int;
BEGIN
    FOR i IN 1 .. array_length(watched, 1) LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER dashboard_data_changed AFTER INSERT OR DELETE ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_dashboard_data_version()',
                       watched[i][1]);
        EXECUTE format('CREATE CONSTRAINT TRIGGER dashboard_data_updated AFTER UPDATE ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ((%s) IS DISTINCT FROM (%s)) '
                       'EXECUTE FUNCTION bump_dashboard_data_version()',
                       watched[i][1], regexp_replace(watched[i][2], '(\w+)', 'OLD.\1', 'g'),
                       regexp_replace(watched[i][2], '(\w+)', 'NEW.\1', 'g'));
    END LOOP;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisation', 'province', 'assessment_score', 'assessment_domain_score',
                             'standard_domain', 'establishment', 'beneficiary_stay', 'beneficiary', 'assessment',
                             'action_item', 'inspection_visit'] LOOP
        EXECUTE format('CREATE TRIGGER dashboard_data_truncated AFTER TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_dashboard_data_version_now()', t);
    END LOOP;
END
$$;
