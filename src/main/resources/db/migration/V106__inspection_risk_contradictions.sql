-- Risk-based inspection plan (docs/inspections.md): declarations contradicted by the records and
-- not corrected (assessment_contradiction, V100) raise the risk score.
INSERT INTO inspection_risk_weight (factor, weight, created_at, created_by, updated_at, updated_by)
VALUES ('OPEN_CONTRADICTIONS', 15, now(), 'V106', now(), 'V106');
