-- The cockpit at province scale (issue 9): "when did each project first reach each
-- main-line stage" was computed by grouping the whole stage history on every call
-- (1.4 M rows: seconds per section). It is now kept as one row per project and step,
-- by a trigger on the history, so that milestones, signings and the funnel's
-- "reached" column read an index range instead.

-- The main line and each stage's step on it (LEAD = 0 ... AT_CAPACITY = 9), as
-- cn.zhaoshang.crm.project.Stage.step(); ON_HOLD, LOST and EXITED are off it.
CREATE TABLE project_stage_step (
    stage ENUM('LEAD','CONTACTED','SITE_VISIT','NEGOTIATION','AGREEMENT','SIGNED','LAND_SUPPLIED',
               'CONSTRUCTION','PRODUCTION','AT_CAPACITY') NOT NULL PRIMARY KEY,
    step  TINYINT NOT NULL,
    CONSTRAINT uk_project_stage_step_step UNIQUE (step)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE project_stage_step COMMENT = '主线阶段序号 main-line stages in order';

INSERT INTO project_stage_step (stage, step) VALUES
    ('LEAD', 0), ('CONTACTED', 1), ('SITE_VISIT', 2), ('NEGOTIATION', 3), ('AGREEMENT', 4),
    ('SIGNED', 5), ('LAND_SUPPLIED', 6), ('CONSTRUCTION', 7), ('PRODUCTION', 8), ('AT_CAPACITY', 9);

-- A project reaches step s the first time it moves to a main-line stage at or after s
-- (going back and forward again does not count twice).
CREATE TABLE project_milestone (
    project_id BIGINT      NOT NULL,
    step       TINYINT     NOT NULL,
    reached_at DATETIME(3) NOT NULL,
    PRIMARY KEY (project_id, step),
    CONSTRAINT fk_project_milestone_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE project_milestone
    COMMENT = '项目里程碑 first time each project reached each main-line step (kept by trigger from project_stage_change)';

-- "reached step s in the period" and "had reached s by the end" are ranges of this index
CREATE INDEX ix_project_milestone_step_reached ON project_milestone (step, reached_at);

/* [jooq ignore start] */
INSERT INTO project_milestone (project_id, step, reached_at)
SELECT c.project_id, s.step, MIN(c.changed_at)
FROM project_stage_change c
JOIN project_stage_step t ON t.stage = c.to_stage
JOIN project_stage_step s ON s.step <= t.step
GROUP BY c.project_id, s.step;

-- Every move, however it is written (the CRM, an import, a backdated fixture), keeps the
-- earliest time per step. A single statement: no DELIMITER needed.
CREATE TRIGGER project_milestone_reached AFTER INSERT ON project_stage_change FOR EACH ROW
    INSERT INTO project_milestone (project_id, step, reached_at)
    SELECT NEW.project_id, s.step, NEW.changed_at
    FROM project_stage_step s
    WHERE s.step <= (SELECT t.step FROM project_stage_step t WHERE t.stage = NEW.to_stage)
    ON DUPLICATE KEY UPDATE reached_at = LEAST(project_milestone.reached_at, VALUES(reached_at));
/* [jooq ignore stop] */

-- Supervision: projects in their stage since before a day
CREATE INDEX ix_project_stage_changed_at ON project (stage_changed_at, stage);
