-- Four eyes: everyone who created, answered, attached evidence to, refreshed or submitted an
-- assessment is one of its authors, and no author may take it for review, return or validate it.
-- A set of (assessment, user) pairs, written once per pair (the assessment's audit columns and
-- its events say when and how).
CREATE TABLE assessment_author (
    assessment_id bigint      NOT NULL REFERENCES assessment (id),
    user_id       bigint      NOT NULL REFERENCES app_user (id),
    first_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (assessment_id, user_id)
);

-- Authors of the assessments that exist already: creators and submitters (events), and the
-- users who last saved an answer or added a file (answers and evidence keep only the last).
INSERT INTO assessment_author (assessment_id, user_id)
SELECT id, creator_id FROM assessment
UNION
SELECT assessment_id, actor_id FROM assessment_event WHERE to_status IN ('DRAFT', 'SUBMITTED')
UNION
SELECT a.assessment_id, u.id FROM assessment_answer a JOIN app_user u ON u.username = a.updated_by
WHERE a.updated_at > a.created_at
UNION
SELECT e.assessment_id, u.id FROM assessment_evidence e JOIN app_user u ON u.username = e.created_by
ON CONFLICT DO NOTHING;
