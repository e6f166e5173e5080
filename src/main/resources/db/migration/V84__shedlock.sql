-- ShedLock: a scheduled job runs on one node at a time (times in UTC, from the database's clock)
CREATE TABLE shedlock (
    name               varchar(64)   NOT NULL PRIMARY KEY,
    lock_until         timestamp     NOT NULL,
    locked_at          timestamp     NOT NULL,
    locked_by          varchar(255)  NOT NULL
);
