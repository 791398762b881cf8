-- The cockpit at province scale (issue 9), second part.

-- A move ends the project's stay in its previous stage: when that stay began is kept on
-- the move, so that "median days in stage over the stays that ended in the period" reads
-- the moves of the period only, not every project's whole history.
ALTER TABLE project_stage_change
    ADD COLUMN from_stage_since DATETIME(3) NULL COMMENT '上一阶段开始时间 when the stay in from_stage began (the previous move)';

/* [jooq ignore start] */
UPDATE project_stage_change c
JOIN (SELECT id, LAG(changed_at) OVER (PARTITION BY project_id ORDER BY changed_at, id) AS previous_at
      FROM project_stage_change) p ON p.id = c.id
SET c.from_stage_since = p.previous_at;

-- However a move is written (the CRM, an import, a fixture), the stay it ends began with
-- the project's latest move before it. A single statement: no DELIMITER needed.
CREATE TRIGGER project_stage_change_stay BEFORE INSERT ON project_stage_change FOR EACH ROW
    SET NEW.from_stage_since = COALESCE(NEW.from_stage_since,
        (SELECT MAX(c.changed_at) FROM project_stage_change c
         WHERE c.project_id = NEW.project_id AND c.changed_at <= NEW.changed_at));
/* [jooq ignore stop] */

-- The moves of a period (the funnel as of a past day, the stays that ended in it): an
-- index range, read without the rows
CREATE INDEX ix_project_stage_change_period ON project_stage_change (changed_at, from_stage, from_stage_since, project_id);

-- Staff performance: visits and site inspections per owner in a period
CREATE INDEX ix_activity_occurred_owner_type ON activity (occurred_at, owner_id, type);

-- Supervision: open follow-ups due before a day, per owner (replaces (done, due_date))
CREATE INDEX ix_activity_due_owner ON activity (done, due_date, owner_id);
DROP INDEX ix_activity_due ON activity;

-- Staff performance: leads created in a period per owner
CREATE INDEX ix_project_created_owner ON project (created_at, owner_id);

-- The funnel: projects and money per stage today, from the index alone
CREATE INDEX ix_project_stage_money ON project (stage, investment_total, investment_foreign_usd);
