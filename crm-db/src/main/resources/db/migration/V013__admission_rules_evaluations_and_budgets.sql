-- Admission evaluation (准入评价, issue 6): per-park rules kept in versions, evaluations of a project
-- against a park with every criterion, a director's override of a failed evaluation, and the zone's
-- energy and emission budgets from the plan, which signed projects draw down.

-- 准入规则, one row per park and version. Append-only: changing a park's rules writes the next
-- version, so an old evaluation still points at the rules it used. A NULL threshold is not checked.
CREATE TABLE admission_rule_set (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    park_id                  BIGINT        NOT NULL,
    rule_version             INT           NOT NULL COMMENT '1, 2, ... per park',
    min_investment_intensity DECIMAL(12,2) NULL COMMENT '投资强度下限 万元/亩 (总投资/用地)',
    min_output_per_mu        DECIMAL(12,2) NULL COMMENT '亩均产值下限 万元/亩',
    min_tax_per_mu           DECIMAL(12,2) NULL COMMENT '亩均税收下限 万元/亩',
    max_energy_per_output    DECIMAL(10,4) NULL COMMENT '单位产值能耗上限 吨标煤/万元',
    max_cod_t                DECIMAL(12,3) NULL COMMENT '化学需氧量上限 吨/年',
    max_nh3n_t               DECIMAL(12,3) NULL COMMENT '氨氮上限 吨/年',
    max_so2_t                DECIMAL(12,3) NULL COMMENT '二氧化硫上限 吨/年',
    max_nox_t                DECIMAL(12,3) NULL COMMENT '氮氧化物上限 吨/年',
    veto_high_pollution      BOOLEAN       NOT NULL DEFAULT TRUE COMMENT '高污染/高耗能行业一票否决 (industry.high_pollution)',
    conditional_band_pct     DECIMAL(5,2)  NOT NULL DEFAULT 10.00
                             COMMENT '差距不超过门槛的此百分比: 有条件通过',
    note                     VARCHAR(500)  NULL,
    created_by               BIGINT        NULL COMMENT 'NULL: seeded by a migration',
    created_at               DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_admission_rule_set_version UNIQUE (park_id, rule_version),
    CONSTRAINT fk_admission_rule_set_park FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT fk_admission_rule_set_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT ck_admission_rule_set_version CHECK (rule_version >= 1),
    CONSTRAINT ck_admission_rule_set_band CHECK (conditional_band_pct >= 0 AND conditional_band_pct < 100),
    CONSTRAINT ck_admission_rule_set_values CHECK (
        (min_investment_intensity IS NULL OR min_investment_intensity >= 0)
        AND (min_output_per_mu IS NULL OR min_output_per_mu >= 0)
        AND (min_tax_per_mu IS NULL OR min_tax_per_mu >= 0)
        AND (max_energy_per_output IS NULL OR max_energy_per_output >= 0)
        AND (max_cod_t IS NULL OR max_cod_t >= 0)
        AND (max_nh3n_t IS NULL OR max_nh3n_t >= 0)
        AND (max_so2_t IS NULL OR max_so2_t >= 0)
        AND (max_nox_t IS NULL OR max_nox_t >= 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE admission_rule_set COMMENT = '准入规则 admission rules per park, one row per version (append-only)';

CREATE INDEX ix_admission_rule_set_created_by ON admission_rule_set (created_by);

-- Industries a version of the rules refuses outright (a listed sector refuses its sub-sectors).
CREATE TABLE admission_rule_excluded_industry (
    rule_set_id BIGINT NOT NULL,
    industry_id BIGINT NOT NULL,
    PRIMARY KEY (rule_set_id, industry_id),
    CONSTRAINT fk_admission_rule_excluded_rule_set FOREIGN KEY (rule_set_id) REFERENCES admission_rule_set (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_admission_rule_excluded_industry FOREIGN KEY (industry_id) REFERENCES industry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE admission_rule_excluded_industry COMMENT = '准入负面清单 industries refused by a version of the rules';

CREATE INDEX ix_admission_rule_excluded_industry ON admission_rule_excluded_industry (industry_id);

-- 准入评价: a project evaluated against one park's rules (append-only).
CREATE TABLE admission_evaluation (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id   BIGINT      NOT NULL,
    park_id      BIGINT      NOT NULL,
    rule_set_id  BIGINT      NOT NULL COMMENT 'the version of the rules used',
    result       ENUM('PASS','CONDITIONAL','FAIL') NOT NULL COMMENT '通过/有条件通过/不通过',
    evaluated_by BIGINT      NOT NULL,
    evaluated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_admission_evaluation_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_admission_evaluation_park FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT fk_admission_evaluation_rule_set FOREIGN KEY (rule_set_id) REFERENCES admission_rule_set (id),
    CONSTRAINT fk_admission_evaluation_user FOREIGN KEY (evaluated_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE admission_evaluation COMMENT = '准入评价 evaluations of projects against the rules of a park';

CREATE INDEX ix_admission_evaluation_project ON admission_evaluation (project_id, park_id, evaluated_at);
CREATE INDEX ix_admission_evaluation_park ON admission_evaluation (park_id, evaluated_at);
CREATE INDEX ix_admission_evaluation_rule_set ON admission_evaluation (rule_set_id);
CREATE INDEX ix_admission_evaluation_user ON admission_evaluation (evaluated_by);

-- One row per criterion of an evaluation: the value, the threshold and the margin as they were.
CREATE TABLE admission_criterion (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    evaluation_id BIGINT        NOT NULL,
    criterion     ENUM('INDUSTRY_EXCLUDED','INDUSTRY_FIT','INVESTMENT_INTENSITY','OUTPUT_PER_MU','TAX_PER_MU',
                       'ENERGY_PER_OUTPUT','COD','NH3N','SO2','NOX') NOT NULL,
    outcome       ENUM('MET','NEAR','NOT_MET','MISSING','EXCLUDED') NOT NULL
                  COMMENT '达标/接近门槛/未达标/缺少数据/负面清单',
    value         DECIMAL(18,4) NULL,
    threshold     DECIMAL(18,4) NULL,
    margin        DECIMAL(18,4) NULL COMMENT 'value beyond the threshold, positive = on the right side',
    missing       VARCHAR(200)  NULL COMMENT 'the project figures that were missing, comma-separated',
    sort_order    INT           NOT NULL,
    CONSTRAINT uk_admission_criterion UNIQUE (evaluation_id, criterion),
    CONSTRAINT fk_admission_criterion_evaluation FOREIGN KEY (evaluation_id) REFERENCES admission_evaluation (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE admission_criterion COMMENT = '准入评价明细 criteria of an evaluation';

-- 局长特批: a director admits a project despite a failed evaluation, with a written reason.
-- At most one per evaluation (the primary key); append-only.
CREATE TABLE admission_override (
    evaluation_id BIGINT        NOT NULL PRIMARY KEY,
    overridden_by BIGINT        NOT NULL,
    overridden_at DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    reason        VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_admission_override_evaluation FOREIGN KEY (evaluation_id) REFERENCES admission_evaluation (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_admission_override_user FOREIGN KEY (overridden_by) REFERENCES app_user (id),
    CONSTRAINT ck_admission_override_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE admission_override COMMENT = '准入特批 override of a failed evaluation by a director';

CREATE INDEX ix_admission_override_user ON admission_override (overridden_by);

-- 环境容量: the zone's energy room and emission totals that signed projects draw down.
CREATE TABLE zone_budget (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              ENUM('ENERGY','COD','NH3N','SO2','NOX') NOT NULL COMMENT 'ENERGY in tce/yr, the others in t/yr',
    total             DECIMAL(14,3) NOT NULL,
    plan_indicator_id BIGINT        NULL COMMENT 'the plan row the total comes from, if any',
    source_ref        VARCHAR(200)  NOT NULL COMMENT '出处',
    sort_order        INT           NOT NULL DEFAULT 0,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_zone_budget_code UNIQUE (code),
    CONSTRAINT fk_zone_budget_indicator FOREIGN KEY (plan_indicator_id) REFERENCES plan_indicator (id),
    CONSTRAINT ck_zone_budget_total CHECK (total >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE zone_budget COMMENT = '环境容量 energy and emission budgets of the zone';

CREATE INDEX ix_zone_budget_indicator ON zone_budget (plan_indicator_id);

-- ---------------------------------------------------------------------------------------------
-- Seed rules. THESE ARE EDITABLE POLICY DEFAULTS, NOT LAW: reasonable figures for a national-level
-- zone in Hebei (investment intensity 180-300 万元/亩 as in comparable zones, tax 20-40 万元/亩),
-- stricter in the R&D parks. Directors and administrators change them in the CRM, which writes
-- version 2, 3, ...; evaluations keep the version they used.
-- ---------------------------------------------------------------------------------------------
INSERT INTO admission_rule_set (park_id, rule_version, min_investment_intensity, min_output_per_mu, min_tax_per_mu,
                                max_energy_per_output, max_cod_t, max_nh3n_t, max_so2_t, max_nox_t,
                                veto_high_pollution, conditional_band_pct, note)
SELECT id, 1, 220.00, 600.00, 30.00, 0.1000, 20.000, 2.000, 10.000, 20.000, TRUE, 10.00,
       '默认值（可编辑的政策参数，非法定标准）'
FROM park WHERE code = 'AUTO_PARTS';
INSERT INTO admission_rule_set (park_id, rule_version, min_investment_intensity, min_output_per_mu, min_tax_per_mu,
                                max_energy_per_output, max_cod_t, max_nh3n_t, max_so2_t, max_nox_t,
                                veto_high_pollution, conditional_band_pct, note)
SELECT id, 1, 300.00, 500.00, 40.00, 0.0500, 5.000, 0.500, 2.000, 5.000, TRUE, 10.00,
       '默认值（可编辑的政策参数，非法定标准）'
FROM park WHERE code = 'TSINGHUA';
INSERT INTO admission_rule_set (park_id, rule_version, min_investment_intensity, min_output_per_mu, min_tax_per_mu,
                                max_energy_per_output, max_cod_t, max_nh3n_t, max_so2_t, max_nox_t,
                                veto_high_pollution, conditional_band_pct, note)
SELECT id, 1, 250.00, 400.00, 25.00, 0.0800, 5.000, 0.500, 3.000, 6.000, TRUE, 10.00,
       '默认值（可编辑的政策参数，非法定标准）'
FROM park WHERE code = 'SME';
INSERT INTO admission_rule_set (park_id, rule_version, min_investment_intensity, min_output_per_mu, min_tax_per_mu,
                                max_energy_per_output, max_cod_t, max_nh3n_t, max_so2_t, max_nox_t,
                                veto_high_pollution, conditional_band_pct, note)
SELECT id, 1, 180.00, 400.00, 20.00, 0.1500, 15.000, 1.500, 10.000, 20.000, TRUE, 10.00,
       '默认值（可编辑的政策参数，非法定标准）'
FROM park WHERE code = 'PIPELINE';

-- Every park refuses the processes zones usually refuse (电镀, 印染, 制革 are flagged high_pollution in
-- V005 and vetoed anyway); the R&D parks also refuse heavy logistics.
INSERT INTO admission_rule_excluded_industry (rule_set_id, industry_id)
SELECT r.id, i.id FROM admission_rule_set r JOIN park p ON p.id = r.park_id CROSS JOIN industry i
WHERE r.rule_version = 1 AND i.code IN ('ELECTROPLATING', 'PRINTING_DYEING', 'LEATHER_TANNING');
INSERT INTO admission_rule_excluded_industry (rule_set_id, industry_id)
SELECT r.id, i.id FROM admission_rule_set r JOIN park p ON p.id = r.park_id CROSS JOIN industry i
WHERE r.rule_version = 1 AND p.code IN ('TSINGHUA', 'SME') AND i.code = 'LOGISTICS';

-- ---------------------------------------------------------------------------------------------
-- Zone budgets from the plan: 第十章 "到2020年……累计腾出用能空间3.5万吨标煤", and the four
-- pollutant totals of 表2 (stored there in 万吨; here in tonnes).
-- ---------------------------------------------------------------------------------------------
INSERT INTO zone_budget (code, total, plan_indicator_id, source_ref, sort_order)
VALUES ('ENERGY', 35000.000, NULL, '第十章 腾笼换鸟：累计腾出用能空间3.5万吨标煤', 10);
INSERT INTO zone_budget (code, total, plan_indicator_id, source_ref, sort_order)
SELECT 'COD', target_value * 10000, id, '表2 主要污染物排放总量：化学需氧量', 20 FROM plan_indicator WHERE code = 'COD_EMISSIONS';
INSERT INTO zone_budget (code, total, plan_indicator_id, source_ref, sort_order)
SELECT 'NH3N', target_value * 10000, id, '表2 主要污染物排放总量：氨氮', 30 FROM plan_indicator WHERE code = 'NH3N_EMISSIONS';
INSERT INTO zone_budget (code, total, plan_indicator_id, source_ref, sort_order)
SELECT 'SO2', target_value * 10000, id, '表2 主要污染物排放总量：二氧化硫', 40 FROM plan_indicator WHERE code = 'SO2_EMISSIONS';
INSERT INTO zone_budget (code, total, plan_indicator_id, source_ref, sort_order)
SELECT 'NOX', target_value * 10000, id, '表2 主要污染物排放总量：氮氧化物', 50 FROM plan_indicator WHERE code = 'NOX_EMISSIONS';
