-- Reference tables: industries, parks and their zones, which industries a park admits,
-- and the plan's indicators (Table 2 of the 13th Five-Year Plan) with their yearly values.
--
-- Rules for every migration (jOOQ DDLDatabase reads these files to generate code, and they
-- must run on MariaDB 10.11/11.4 and MySQL 8.0):
--   * no table COMMENT inside CREATE TABLE (use ALTER TABLE ... COMMENT = ...),
--   * no inline KEY/INDEX (use CREATE INDEX), no UNSIGNED, BOOLEAN not TINYINT(1),
--   * money DECIMAL(14,2) in 万元 (万美元 for USD), land DECIMAL(12,2) in 亩,
--   * editable tables carry version INT for optimistic locking.

-- 产业: a two-level taxonomy (sector -> sub-sector). Every row carries its cluster.
CREATE TABLE industry (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    parent_id      BIGINT       NULL,
    cluster        ENUM('AUTO','EMERGING','TRADITIONAL') NOT NULL COMMENT '产业板块: 汽车/新兴/传统',
    name_zh        VARCHAR(100) NOT NULL,
    name_en        VARCHAR(150) NOT NULL,
    sort_order     INT          NOT NULL DEFAULT 0,
    high_pollution BOOLEAN      NOT NULL DEFAULT FALSE COMMENT '高污染/高耗能: 准入一票否决',
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_industry_code UNIQUE (code),
    CONSTRAINT fk_industry_parent FOREIGN KEY (parent_id) REFERENCES industry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE industry COMMENT = '产业分类 industry taxonomy (sector, sub-sector)';

CREATE INDEX ix_industry_parent ON industry (parent_id, sort_order);
CREATE INDEX ix_industry_cluster ON industry (cluster, sort_order);

-- 园区
CREATE TABLE park (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(20)   NOT NULL,
    name_zh            VARCHAR(100)  NOT NULL,
    name_en            VARCHAR(150)  NOT NULL,
    planned_area_mu    DECIMAL(12,2) NOT NULL COMMENT '计划占地 亩',
    planned_investment DECIMAL(14,2) NULL COMMENT '计划总投资 万元',
    focus_zh           VARCHAR(500)  NULL COMMENT '产业定位',
    focus_en           VARCHAR(500)  NULL,
    sort_order         INT           NOT NULL DEFAULT 0,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_park_code UNIQUE (code),
    CONSTRAINT ck_park_area CHECK (planned_area_mu > 0),
    CONSTRAINT ck_park_investment CHECK (planned_investment IS NULL OR planned_investment >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE park COMMENT = '园区 industrial parks of the zone';

-- 园区功能区
CREATE TABLE park_zone (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    park_id         BIGINT        NOT NULL,
    code            VARCHAR(20)   NOT NULL,
    name_zh         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(150)  NOT NULL,
    planned_area_mu DECIMAL(12,2) NOT NULL COMMENT '计划占地 亩',
    focus_zh        VARCHAR(500)  NULL,
    focus_en        VARCHAR(500)  NULL,
    sort_order      INT           NOT NULL DEFAULT 0,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_park_zone_code UNIQUE (park_id, code),
    -- lets plot/project/land_request reference (park_id, zone_id) so a zone always lies in the row's park
    CONSTRAINT uk_park_zone_park_id UNIQUE (park_id, id),
    CONSTRAINT fk_park_zone_park FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT ck_park_zone_area CHECK (planned_area_mu > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE park_zone COMMENT = '园区功能区 zones inside a park';

-- 园区准入产业: a park admits the listed industries (a listed sector admits its sub-sectors).
CREATE TABLE park_industry (
    park_id     BIGINT NOT NULL,
    industry_id BIGINT NOT NULL,
    PRIMARY KEY (park_id, industry_id),
    CONSTRAINT fk_park_industry_park FOREIGN KEY (park_id) REFERENCES park (id) ON DELETE CASCADE,
    CONSTRAINT fk_park_industry_industry FOREIGN KEY (industry_id) REFERENCES industry (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE park_industry COMMENT = '园区准入产业 industries a park admits';

CREATE INDEX ix_park_industry_industry ON park_industry (industry_id);

-- 规划指标 (表2 and the plan's other quantified targets)
CREATE TABLE plan_indicator (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(40)   NOT NULL,
    category           ENUM('ECONOMY','INNOVATION','ENVIRONMENT','WELFARE','OPENING','STRUCTURE') NOT NULL
                       COMMENT '经济发展/创新驱动/资源环境/民生福祉/对外开放/产业结构',
    name_zh            VARCHAR(100)  NOT NULL,
    name_en            VARCHAR(150)  NOT NULL,
    unit_zh            VARCHAR(30)   NOT NULL,
    unit_en            VARCHAR(60)   NOT NULL,
    base_year          SMALLINT      NULL,
    base_value         DECIMAL(16,4) NULL,
    target_year        SMALLINT      NOT NULL,
    target_value       DECIMAL(16,4) NOT NULL COMMENT '目标值; 区间目标的下限',
    target_value_max   DECIMAL(16,4) NULL COMMENT '区间目标的上限 (如 32-45), 否则为空',
    target_kind        ENUM('AT_LEAST','AT_MOST','EXACT') NOT NULL,
    annual_growth_zh   VARCHAR(60)   NULL COMMENT '年均增长（%）, as printed in 表2',
    annual_growth_en   VARCHAR(60)   NULL,
    source_ref         VARCHAR(40)   NULL COMMENT '出处, e.g. 表2',
    sort_order         INT           NOT NULL DEFAULT 0,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_plan_indicator_code UNIQUE (code),
    CONSTRAINT ck_plan_indicator_range CHECK (target_value_max IS NULL OR target_value_max >= target_value),
    CONSTRAINT ck_plan_indicator_years CHECK (base_year IS NULL OR base_year <= target_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE plan_indicator COMMENT = '规划指标 plan indicators (十三五 表2)';

-- 指标实际值 per year
CREATE TABLE indicator_value (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id BIGINT        NOT NULL,
    year         SMALLINT      NOT NULL,
    value        DECIMAL(16,4) NOT NULL,
    note         VARCHAR(500)  NULL,
    version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_indicator_value_year UNIQUE (indicator_id, year),
    CONSTRAINT fk_indicator_value_indicator FOREIGN KEY (indicator_id) REFERENCES plan_indicator (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE indicator_value COMMENT = '指标实际值 actual value of an indicator in a year';
