-- An inspection visit is closed by recording it done, with the day it took place
-- (docs/inspections.md, "Assigning visits"); the trail says who recorded it.
ALTER TABLE inspection_visit ADD COLUMN done_on date;
ALTER TABLE inspection_visit DROP CONSTRAINT ck_inspection_visit_status;
ALTER TABLE inspection_visit ADD CONSTRAINT ck_inspection_visit_status
    CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED'));
ALTER TABLE inspection_visit ADD CONSTRAINT ck_inspection_visit_done CHECK ((status = 'DONE') = (done_on IS NOT NULL));

-- the plan shows each establishment's latest visit done when none is planned
CREATE INDEX ix_inspection_visit_done ON inspection_visit (establishment_id, done_on) WHERE status = 'DONE';

ALTER TABLE inspection_visit_event ADD COLUMN done_on date;
ALTER TABLE inspection_visit_event DROP CONSTRAINT ck_inspection_visit_event_action;
ALTER TABLE inspection_visit_event ADD CONSTRAINT ck_inspection_visit_event_action
    CHECK (action IN ('ASSIGNED', 'CHANGED', 'CANCELLED', 'DONE'));
ALTER TABLE inspection_visit_event ADD CONSTRAINT ck_inspection_visit_event_done
    CHECK ((action = 'DONE') = (done_on IS NOT NULL));
