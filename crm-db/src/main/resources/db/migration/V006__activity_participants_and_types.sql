-- Activities as the staff log them (issue 4): who took part and the agreed next step, and two more
-- kinds that zones run all the time: exhibitions (展会) and delegations (招商团组).
ALTER TABLE activity ADD COLUMN participants VARCHAR(500) NULL COMMENT '参与人';
ALTER TABLE activity ADD COLUMN next_step VARCHAR(500) NULL COMMENT '下一步';
ALTER TABLE activity MODIFY COLUMN type
    ENUM('VISIT','CALL','SITE_INSPECTION','MEETING','EMAIL','EXHIBITION','DELEGATION','TASK','OTHER') NOT NULL
    COMMENT '拜访/电话/实地考察/会谈/邮件/展会/招商团组/待办/其他';
