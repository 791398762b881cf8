-- Commitments vs. actuals (履约监管) and the grading of tenants (亩均效益评价), issue 6.
-- A signed project's contract commitments and its progress against them; the funds that arrived
-- (到位资金); per-park grading cut-offs in versions; tenant_performance remembers which cut-offs
-- graded a row. Yearly output/tax/jobs of a landed project are its tenant_performance rows.

-- 合同承诺与实际进度: one row per signed project.
CREATE TABLE project_commitment (
    project_id             BIGINT        NOT NULL PRIMARY KEY,
    version                INT           NOT NULL DEFAULT 0,
    contract_date          DATE          NULL COMMENT '合同签订日期',
    investment             DECIMAL(14,2) NULL COMMENT '承诺总投资 万元',
    fixed_asset_investment DECIMAL(14,2) NULL COMMENT '承诺固定资产投资 万元',
    building_area_m2       DECIMAL(14,2) NULL COMMENT '约定建筑面积 平方米',
    construction_start     DATE          NULL COMMENT '约定开工日期',
    production_date        DATE          NULL COMMENT '约定投产日期',
    annual_output          DECIMAL(14,2) NULL COMMENT '承诺年产值 万元',
    annual_tax             DECIMAL(14,2) NULL COMMENT '承诺年税收 万元',
    jobs                   INT           NULL COMMENT '承诺就业人数',
    actual_start           DATE          NULL COMMENT '实际开工日期',
    actual_production      DATE          NULL COMMENT '实际投产日期',
    actual_capacity        DATE          NULL COMMENT '实际达产日期',
    built_area_m2          DECIMAL(14,2) NULL COMMENT '已建面积 平方米',
    work_stopped_since     DATE          NULL COMMENT '停工日期 (闲置认定: 中止开发建设满一年)',
    created_at             DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at             DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_project_commitment_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_project_commitment_figures CHECK (
        (investment IS NULL OR investment >= 0)
        AND (fixed_asset_investment IS NULL OR fixed_asset_investment >= 0)
        AND (building_area_m2 IS NULL OR building_area_m2 >= 0)
        AND (annual_output IS NULL OR annual_output >= 0)
        AND (annual_tax IS NULL OR annual_tax >= 0)
        AND (jobs IS NULL OR jobs >= 0)
        AND (built_area_m2 IS NULL OR built_area_m2 >= 0)),
    CONSTRAINT ck_project_commitment_dates CHECK (
        (construction_start IS NULL OR production_date IS NULL OR production_date >= construction_start)
        AND (actual_start IS NULL OR actual_production IS NULL OR actual_production >= actual_start)
        AND (actual_production IS NULL OR actual_capacity IS NULL OR actual_capacity >= actual_production)
        AND (actual_start IS NOT NULL OR work_stopped_since IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE project_commitment COMMENT = '履约监管 contract commitments of a signed project and its progress';

CREATE INDEX ix_project_commitment_start ON project_commitment (construction_start, actual_start);
CREATE INDEX ix_project_commitment_production ON project_commitment (production_date, actual_production);

-- 到位资金: money that arrived for a project, by kind and by where it came from.
CREATE TABLE project_funds (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT           NOT NULL DEFAULT 0,
    project_id  BIGINT        NOT NULL,
    received_on DATE          NOT NULL,
    amount      DECIMAL(14,2) NOT NULL COMMENT '万元',
    kind        ENUM('FIXED_ASSET','WORKING_CAPITAL') NOT NULL COMMENT '固定资产投资/流动资金',
    origin      ENUM('OUTSIDE_PROVINCE','PROVINCE_OUTSIDE_CITY','IN_CITY') NOT NULL COMMENT '省外/市外省内/市内',
    note        VARCHAR(500)  NULL,
    created_by  BIGINT        NOT NULL,
    created_at  DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_project_funds_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_funds_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT ck_project_funds_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE project_funds COMMENT = '到位资金 funds in place for a project';

CREATE INDEX ix_project_funds_project ON project_funds (project_id, received_on);
CREATE INDEX ix_project_funds_created_by ON project_funds (created_by);

-- 亩均效益评价标准: per park and version (append-only), grade cut-offs on tax and output per 亩.
-- A tenant's grade is the lower of its grade on 亩均税收 and its grade on 亩均产值.
CREATE TABLE performance_grading (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    park_id         BIGINT        NOT NULL,
    grading_version INT           NOT NULL COMMENT '1, 2, ... per park',
    a_tax_per_mu    DECIMAL(12,2) NOT NULL COMMENT 'A: 亩均税收不低于 万元/亩',
    b_tax_per_mu    DECIMAL(12,2) NOT NULL,
    c_tax_per_mu    DECIMAL(12,2) NOT NULL COMMENT 'below C: D',
    a_output_per_mu DECIMAL(12,2) NOT NULL COMMENT 'A: 亩均产值不低于 万元/亩',
    b_output_per_mu DECIMAL(12,2) NOT NULL,
    c_output_per_mu DECIMAL(12,2) NOT NULL,
    note            VARCHAR(500)  NULL,
    created_by      BIGINT        NULL COMMENT 'NULL: seeded by a migration',
    created_at      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_performance_grading_version UNIQUE (park_id, grading_version),
    CONSTRAINT fk_performance_grading_park FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT fk_performance_grading_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT ck_performance_grading_order CHECK (
        a_tax_per_mu >= b_tax_per_mu AND b_tax_per_mu >= c_tax_per_mu AND c_tax_per_mu >= 0
        AND a_output_per_mu >= b_output_per_mu AND b_output_per_mu >= c_output_per_mu AND c_output_per_mu >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE performance_grading COMMENT = '亩均效益评价标准 grade cut-offs per park, one row per version';

CREATE INDEX ix_performance_grading_created_by ON performance_grading (created_by);

ALTER TABLE tenant_performance ADD COLUMN grading_id BIGINT NULL COMMENT 'the cut-offs that graded the row; NULL: graded by hand';
ALTER TABLE tenant_performance ADD CONSTRAINT fk_tenant_performance_grading FOREIGN KEY (grading_id)
    REFERENCES performance_grading (id);
CREATE INDEX ix_tenant_performance_grading ON tenant_performance (grading_id);
CREATE INDEX ix_tenant_performance_investor_year ON tenant_performance (investor_id, year);

-- Seed cut-offs. EDITABLE POLICY DEFAULTS, NOT LAW: in the spirit of the A/B/C/D 亩均效益 schemes of
-- Chinese zones, scaled to each park; directors and administrators change them in the CRM.
INSERT INTO performance_grading (park_id, grading_version, a_tax_per_mu, b_tax_per_mu, c_tax_per_mu, a_output_per_mu,
                                 b_output_per_mu, c_output_per_mu, note)
SELECT id, 1, 100.00, 50.00, 20.00, 2000.00, 1200.00, 500.00, '默认值（可编辑的政策参数，非法定标准）'
FROM park WHERE code = 'AUTO_PARTS';
INSERT INTO performance_grading (park_id, grading_version, a_tax_per_mu, b_tax_per_mu, c_tax_per_mu, a_output_per_mu,
                                 b_output_per_mu, c_output_per_mu, note)
SELECT id, 1, 80.00, 40.00, 15.00, 1500.00, 800.00, 300.00, '默认值（可编辑的政策参数，非法定标准）'
FROM park WHERE code = 'TSINGHUA';
INSERT INTO performance_grading (park_id, grading_version, a_tax_per_mu, b_tax_per_mu, c_tax_per_mu, a_output_per_mu,
                                 b_output_per_mu, c_output_per_mu, note)
SELECT id, 1, 60.00, 30.00, 10.00, 1200.00, 600.00, 200.00, '默认值（可编辑的政策参数，非法定标准）'
FROM park WHERE code = 'SME';
INSERT INTO performance_grading (park_id, grading_version, a_tax_per_mu, b_tax_per_mu, c_tax_per_mu, a_output_per_mu,
                                 b_output_per_mu, c_output_per_mu, note)
SELECT id, 1, 50.00, 25.00, 10.00, 1200.00, 600.00, 250.00, '默认值（可编辑的政策参数，非法定标准）'
FROM park WHERE code = 'PIPELINE';
