-- Evidence files in PostgreSQL (one backup holds everything, every node serves them). Files
-- stored under the data directory by earlier versions are moved here at start-up
-- (LegacyEvidenceFiles). A file row goes with its evidence row: created in the same
-- transaction (checked at commit), removed with it.
CREATE TABLE assessment_evidence_file (
    storage_key        varchar(120)  PRIMARY KEY
        REFERENCES assessment_evidence (storage_key) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    assessment_id      bigint        NOT NULL REFERENCES assessment (id),
    content            bytea         NOT NULL,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT ck_assessment_evidence_file_size CHECK (octet_length(content) > 0)
);

-- PDF, JPEG and PNG are compressed already: kept out of line without another compression pass
ALTER TABLE assessment_evidence_file ALTER COLUMN content SET STORAGE EXTERNAL;

-- The files of a validated assessment never change nor go (inserts stay possible, for the move
-- of files from disk)
CREATE TRIGGER tg_assessment_evidence_file_guard BEFORE UPDATE OR DELETE ON assessment_evidence_file
    FOR EACH ROW EXECUTE FUNCTION assessment_part_guard();
