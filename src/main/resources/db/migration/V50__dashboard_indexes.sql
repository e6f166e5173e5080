-- Indexes for the national dashboard's read model (reporting.dashboard.DashboardQueries,
-- see docs/reports.md): its panels are computed live, over every establishment.

-- The latest validated assessment of each establishment (DISTINCT ON, by reference date
-- then validation), read in index order instead of sorting every validated assessment
CREATE INDEX ix_assessment_validated_latest
    ON assessment (establishment_id, reference_date DESC, validated_at DESC, id DESC)
    WHERE status = 'VALIDATED';

-- Who is present in an establishment at a date, without reading the stays' rows
CREATE INDEX ix_stay_presence
    ON beneficiary_stay (establishment_id) INCLUDE (beneficiary_id, admission_date, discharge_date);

-- Sex, age and disability of the people present, without reading the beneficiaries' rows
CREATE INDEX ix_beneficiary_breakdown
    ON beneficiary (id) INCLUDE (sex, birth_date, birth_year, disability_type);
