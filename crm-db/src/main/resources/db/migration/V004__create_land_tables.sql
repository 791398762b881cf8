-- Land: plots (地块) of the parks, projects' land requirements, plot reservations and
-- allocations, and the yearly per-亩 performance of tenants (亩均效益).

-- 地块. Idle-land cycle (腾笼换鸟): ALLOCATED -> IDLE -> RECLAIMING -> AVAILABLE.
CREATE TABLE plot (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT           NOT NULL DEFAULT 0,
    park_id         BIGINT        NOT NULL,
    zone_id         BIGINT        NULL,
    code            VARCHAR(30)   NOT NULL COMMENT '地块编号, e.g. AP-P-01',
    area_mu         DECIMAL(12,2) NOT NULL COMMENT '面积 亩',
    land_use        ENUM('INDUSTRIAL','COMMERCIAL','RD') NOT NULL COMMENT '用地性质: 工业/商业/科研',
    status          ENUM('AVAILABLE','RESERVED','ALLOCATED','IDLE','RECLAIMING') NOT NULL DEFAULT 'AVAILABLE'
                    COMMENT '可供/预留/已供/闲置/收回中',
    power_kva       DECIMAL(12,2) NULL COMMENT '可供电力 kVA',
    water_t_per_day DECIMAL(12,2) NULL COMMENT '可供水 吨/日',
    gas_m3_per_day  DECIMAL(12,2) NULL COMMENT '可供气 立方米/日',
    plan_x          INT           NULL COMMENT 'rectangle on the park plan, 0..1000 grid',
    plan_y          INT           NULL,
    plan_w          INT           NULL,
    plan_h          INT           NULL,
    land_price      DECIMAL(14,2) NULL COMMENT '土地价款 万元 (闲置费基数)',
    notes           VARCHAR(500)  NULL,
    created_at      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_plot_code UNIQUE (code),
    CONSTRAINT fk_plot_park FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT fk_plot_zone FOREIGN KEY (park_id, zone_id) REFERENCES park_zone (park_id, id),
    CONSTRAINT ck_plot_area CHECK (area_mu > 0),
    CONSTRAINT ck_plot_price CHECK (land_price IS NULL OR land_price >= 0),
    CONSTRAINT ck_plot_utilities CHECK (
        (power_kva IS NULL OR power_kva >= 0)
        AND (water_t_per_day IS NULL OR water_t_per_day >= 0)
        AND (gas_m3_per_day IS NULL OR gas_m3_per_day >= 0)),
    CONSTRAINT ck_plot_rectangle CHECK (
        (plan_x IS NULL AND plan_y IS NULL AND plan_w IS NULL AND plan_h IS NULL)
        OR (plan_x >= 0 AND plan_y >= 0 AND plan_w > 0 AND plan_h > 0
            AND plan_x + plan_w <= 1000 AND plan_y + plan_h <= 1000))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE plot COMMENT = '地块 plots of land in the parks';

CREATE INDEX ix_plot_park_status ON plot (park_id, status);
CREATE INDEX ix_plot_park_zone ON plot (park_id, zone_id, status);

-- 用地需求 of a project
CREATE TABLE land_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           INT           NOT NULL DEFAULT 0,
    project_id        BIGINT        NOT NULL,
    area_mu           DECIMAL(12,2) NOT NULL COMMENT '需求面积 亩',
    preferred_park_id BIGINT        NULL,
    preferred_zone_id BIGINT        NULL,
    land_use          ENUM('INDUSTRIAL','COMMERCIAL','RD') NULL,
    power_kva         DECIMAL(12,2) NULL,
    water_t_per_day   DECIMAL(12,2) NULL,
    gas_m3_per_day    DECIMAL(12,2) NULL,
    notes             VARCHAR(500)  NULL,
    created_at        DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_land_request_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_land_request_park FOREIGN KEY (preferred_park_id) REFERENCES park (id),
    CONSTRAINT fk_land_request_zone FOREIGN KEY (preferred_park_id, preferred_zone_id)
        REFERENCES park_zone (park_id, id),
    CONSTRAINT ck_land_request_area CHECK (area_mu > 0),
    CONSTRAINT ck_land_request_zone_park CHECK (preferred_zone_id IS NULL OR preferred_park_id IS NOT NULL),
    CONSTRAINT ck_land_request_utilities CHECK (
        (power_kva IS NULL OR power_kva >= 0)
        AND (water_t_per_day IS NULL OR water_t_per_day >= 0)
        AND (gas_m3_per_day IS NULL OR gas_m3_per_day >= 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE land_request COMMENT = '用地需求 land requirements of projects';

CREATE INDEX ix_land_request_project ON land_request (project_id);
CREATE INDEX ix_land_request_park ON land_request (preferred_park_id, preferred_zone_id);

-- 地块预留/供地. At most one RESERVED or CONFIRMED allocation per plot is a service rule
-- (MySQL/MariaDB have no partial unique index).
CREATE TABLE land_allocation (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT           NOT NULL DEFAULT 0,
    plot_id         BIGINT        NOT NULL,
    project_id      BIGINT        NOT NULL,
    land_request_id BIGINT        NULL,
    area_mu         DECIMAL(12,2) NOT NULL COMMENT '面积 亩',
    status          ENUM('RESERVED','CONFIRMED','RELEASED') NOT NULL COMMENT '预留/确认供地/释放',
    reserved_by     BIGINT        NULL,
    reserved_at     DATETIME(3)   NULL,
    expires_at      DATETIME(3)   NULL COMMENT '预留到期',
    confirmed_by    BIGINT        NULL,
    confirmed_at    DATETIME(3)   NULL,
    released_by     BIGINT        NULL,
    released_at     DATETIME(3)   NULL,
    release_reason  VARCHAR(500)  NULL,
    created_at      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_land_allocation_plot FOREIGN KEY (plot_id) REFERENCES plot (id),
    CONSTRAINT fk_land_allocation_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_land_allocation_request FOREIGN KEY (land_request_id) REFERENCES land_request (id) ON DELETE SET NULL,
    CONSTRAINT fk_land_allocation_reserved_by FOREIGN KEY (reserved_by) REFERENCES app_user (id),
    CONSTRAINT fk_land_allocation_confirmed_by FOREIGN KEY (confirmed_by) REFERENCES app_user (id),
    CONSTRAINT fk_land_allocation_released_by FOREIGN KEY (released_by) REFERENCES app_user (id),
    CONSTRAINT ck_land_allocation_area CHECK (area_mu > 0),
    CONSTRAINT ck_land_allocation_confirmed CHECK (status <> 'CONFIRMED' OR confirmed_at IS NOT NULL),
    CONSTRAINT ck_land_allocation_released CHECK (status <> 'RELEASED' OR released_at IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE land_allocation COMMENT = '地块预留与供地 plot reservations and allocations';

CREATE INDEX ix_land_allocation_plot_status ON land_allocation (plot_id, status);
CREATE INDEX ix_land_allocation_project ON land_allocation (project_id, status);
CREATE INDEX ix_land_allocation_status_expires ON land_allocation (status, expires_at);
CREATE INDEX ix_land_allocation_request ON land_allocation (land_request_id);
CREATE INDEX ix_land_allocation_reserved_by ON land_allocation (reserved_by);
CREATE INDEX ix_land_allocation_confirmed_by ON land_allocation (confirmed_by);
CREATE INDEX ix_land_allocation_released_by ON land_allocation (released_by);

-- 亩均效益: one row per tenant, park and year; graded A/B/C/D.
CREATE TABLE tenant_performance (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT           NOT NULL DEFAULT 0,
    investor_id BIGINT        NOT NULL,
    park_id     BIGINT        NOT NULL,
    project_id  BIGINT        NULL,
    year        SMALLINT      NOT NULL,
    land_mu     DECIMAL(12,2) NULL COMMENT '用地 亩',
    output      DECIMAL(14,2) NULL COMMENT '产值/营业收入 万元',
    tax         DECIMAL(14,2) NULL COMMENT '税收 万元',
    energy_tce  DECIMAL(12,2) NULL COMMENT '综合能耗 吨标煤',
    employees   INT           NULL,
    grade       CHAR(1)       NULL COMMENT '亩均效益评价 A/B/C/D',
    created_at  DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_tenant_performance_year UNIQUE (investor_id, park_id, year),
    CONSTRAINT fk_tenant_performance_investor FOREIGN KEY (investor_id) REFERENCES investor (id),
    CONSTRAINT fk_tenant_performance_park FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT fk_tenant_performance_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE SET NULL,
    CONSTRAINT ck_tenant_performance_grade CHECK (grade IS NULL OR grade IN ('A','B','C','D')),
    CONSTRAINT ck_tenant_performance_year CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_tenant_performance_figures CHECK (
        (land_mu IS NULL OR land_mu > 0)
        AND (output IS NULL OR output >= 0)
        AND (tax IS NULL OR tax >= 0)
        AND (energy_tce IS NULL OR energy_tce >= 0)
        AND (employees IS NULL OR employees >= 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE tenant_performance COMMENT = '亩均效益 yearly per-mu performance of tenants';

CREATE INDEX ix_tenant_performance_park_year ON tenant_performance (park_id, year, grade);
CREATE INDEX ix_tenant_performance_project ON tenant_performance (project_id);
