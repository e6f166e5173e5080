-- Who changed a user's role, organisation or enabled flag, and when (Hibernate Envers).
-- Password hashes and login times are deliberately not kept in the history.
CREATE TABLE app_user_aud (
    id              bigint   NOT NULL,
    rev             bigint   NOT NULL REFERENCES revinfo (id),
    revtype         smallint NOT NULL,
    username        varchar(50),
    display_name    varchar(150),
    email           varchar(254),
    role            varchar(20),
    organisation_id bigint,
    enabled         boolean,
    PRIMARY KEY (id, rev)
);

CREATE INDEX ix_app_user_aud_rev ON app_user_aud (rev);
