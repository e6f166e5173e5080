-- An e-mail of the outbox its recipient no longer wants (account disabled or deleted since it was queued, e-mail
-- turned off, no address any more): the sender cancels it instead of sending it (docs/notifications.md, "The outbox").
ALTER TABLE email_outbox DROP CONSTRAINT ck_email_outbox_status;
ALTER TABLE email_outbox ADD CONSTRAINT ck_email_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));
