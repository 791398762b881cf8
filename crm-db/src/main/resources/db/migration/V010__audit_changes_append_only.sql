-- The audit trail, structured (issue 8): one audit_change row per field for the before/after of
-- a change, the entity an event belongs under (a contact under its investor, an activity under
-- its project) so a page can show the whole history, and the trail made append-only in the
-- database itself, not only by the application having no method to change it.

ALTER TABLE audit_event ADD COLUMN parent_type VARCHAR(40) NULL COMMENT 'entity this one belongs to, e.g. investor for a contact';
ALTER TABLE audit_event ADD COLUMN parent_id BIGINT NULL;

CREATE INDEX ix_audit_event_parent ON audit_event (parent_type, parent_id, occurred_at);

-- Field-level before/after of one audit_event (append-only like its event). Values are text as the
-- application wrote them (decimals plain, dates ISO, enums by name); NULL means empty.
CREATE TABLE audit_change (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT      NOT NULL,
    field        VARCHAR(60) NOT NULL,
    before_value TEXT        NULL,
    after_value  TEXT        NULL,
    CONSTRAINT fk_audit_change_event FOREIGN KEY (event_id) REFERENCES audit_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE audit_change COMMENT = '审计字段变更 field-level before/after of an audit event (append-only)';

CREATE INDEX ix_audit_change_event ON audit_change (event_id);

-- Append-only in the database: any UPDATE or DELETE of an audit row fails, whoever sends it.
-- (Foreign-key actions do not fire triggers, so deleting a user still sets audit_event.user_id to
-- NULL.) Single-statement bodies: no DELIMITER needed by Flyway or the mariadb client.
-- On MySQL with binary logging, creating triggers needs SUPER or log_bin_trust_function_creators=1.
/* [jooq ignore start] */
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_change_no_update BEFORE UPDATE ON audit_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_change is append-only';
CREATE TRIGGER audit_change_no_delete BEFORE DELETE ON audit_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_change is append-only';
/* [jooq ignore stop] */
