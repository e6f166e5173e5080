-- The beneficiary list is kept per node under the data version of V107 (docs/performance.md, "Lists kept under
-- the data version"): an update of beneficiaries and stays now also bumps it when a column the list shows or
-- searches changes (names, category, current establishment, anonymisation, identity documents; discharge reason,
-- over-capacity flag, legal basis reference). Rows added or removed already bump it.
DROP TRIGGER dashboard_data_updated ON beneficiary;
CREATE CONSTRAINT TRIGGER dashboard_data_updated AFTER UPDATE ON beneficiary
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.sex, OLD.birth_date, OLD.birth_year, OLD.has_disability, OLD.last_name, OLD.first_name,
           OLD.last_name_ar, OLD.first_name_ar, OLD.category, OLD.establishment_id, OLD.anonymised_at, OLD.cin,
           OLD.birth_certificate_ref)
          IS DISTINCT FROM
          (NEW.sex, NEW.birth_date, NEW.birth_year, NEW.has_disability, NEW.last_name, NEW.first_name,
           NEW.last_name_ar, NEW.first_name_ar, NEW.category, NEW.establishment_id, NEW.anonymised_at, NEW.cin,
           NEW.birth_certificate_ref))
    EXECUTE FUNCTION bump_dashboard_data_version();

DROP TRIGGER dashboard_data_updated ON beneficiary_stay;
CREATE CONSTRAINT TRIGGER dashboard_data_updated AFTER UPDATE ON beneficiary_stay
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.establishment_id, OLD.beneficiary_id, OLD.admission_date, OLD.discharge_date, OLD.discharge_reason,
           OLD.over_capacity, OLD.legal_basis_reference)
          IS DISTINCT FROM
          (NEW.establishment_id, NEW.beneficiary_id, NEW.admission_date, NEW.discharge_date, NEW.discharge_reason,
           NEW.over_capacity, NEW.legal_basis_reference))
    EXECUTE FUNCTION bump_dashboard_data_version();
