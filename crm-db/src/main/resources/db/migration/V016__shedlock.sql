-- Scheduled jobs (reservation expiry, ...) take a named lock here before they run, so that with
-- several app nodes on one database each run happens on one node only (ShedLock; docs/operations.md).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE shedlock COMMENT = 'locks of scheduled jobs across app nodes (ShedLock)';
