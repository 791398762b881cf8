-- Investors (客商) and their contacts, projects (招商项目) with their stage history,
-- collaborators (need-to-know on code-named projects) and activities.

-- 客商/企业: a group and its subsidiaries through parent_id (集团 -> 子公司).
CREATE TABLE investor (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          INT          NOT NULL DEFAULT 0,
    name_zh          VARCHAR(200) NOT NULL COMMENT '中文名称',
    name_en          VARCHAR(200) NULL,
    name_local       VARCHAR(200) NULL COMMENT '原文名称 (韩文/日文 ...)',
    name_normalized  VARCHAR(200) NOT NULL COMMENT '查重用: 去掉有限公司/股份/集团等后缀',
    uscc             CHAR(18)     NULL COMMENT '统一社会信用代码 (GB 32100-2015); 境外企业为空',
    parent_id        BIGINT       NULL COMMENT '上级集团',
    industry_id      BIGINT       NULL,
    country_code     CHAR(2)      NOT NULL DEFAULT 'CN' COMMENT 'ISO 3166-1 alpha-2',
    ownership        ENUM('CENTRAL_SOE','LOCAL_SOE','PRIVATE','FOREIGN','JV') NULL COMMENT '企业性质: 央企/地方国企/民企/外资/合资',
    fortune500_rank  SMALLINT     NULL COMMENT '世界500强排名',
    china500         BOOLEAN      NOT NULL DEFAULT FALSE COMMENT '中国500强',
    listed_exchange  VARCHAR(20)  NULL COMMENT '上市交易所, e.g. SSE, SZSE, HKEX, KRX',
    listed_ticker    VARCHAR(20)  NULL,
    existing_tenant  BOOLEAN      NOT NULL DEFAULT FALSE COMMENT '区内已落地企业',
    jingjin_transfer BOOLEAN      NOT NULL DEFAULT FALSE COMMENT '京津产业转移',
    source           ENUM('ALL_STAFF','TENANT_REFERRAL','EXHIBITION','AGENCY','OTHER') NULL
                     COMMENT '来源: 全员招商/以商招商/展会/中介/其他',
    owner_id         BIGINT       NULL COMMENT '负责招商专员',
    website          VARCHAR(200) NULL,
    address          VARCHAR(300) NULL,
    notes            TEXT         NULL,
    created_at       DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at       DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_investor_uscc UNIQUE (uscc),
    CONSTRAINT fk_investor_parent FOREIGN KEY (parent_id) REFERENCES investor (id) ON DELETE SET NULL,
    CONSTRAINT fk_investor_industry FOREIGN KEY (industry_id) REFERENCES industry (id),
    CONSTRAINT fk_investor_owner FOREIGN KEY (owner_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_investor_uscc CHECK (uscc IS NULL OR CHAR_LENGTH(uscc) = 18),
    CONSTRAINT ck_investor_fortune500 CHECK (fortune500_rank IS NULL OR fortune500_rank BETWEEN 1 AND 500)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE investor COMMENT = '客商 investors (firms and groups)';

CREATE INDEX ix_investor_name_zh ON investor (name_zh);
CREATE INDEX ix_investor_name_en ON investor (name_en);
CREATE INDEX ix_investor_name_normalized ON investor (name_normalized);
CREATE INDEX ix_investor_parent ON investor (parent_id);
CREATE INDEX ix_investor_industry ON investor (industry_id);
CREATE INDEX ix_investor_country ON investor (country_code);
CREATE INDEX ix_investor_ownership ON investor (ownership);
CREATE INDEX ix_investor_owner ON investor (owner_id);
CREATE INDEX ix_investor_source ON investor (source);
CREATE INDEX ix_investor_updated_at ON investor (updated_at);

-- 联系人
CREATE TABLE contact (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT          NOT NULL DEFAULT 0,
    investor_id BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    title       VARCHAR(100) NULL COMMENT '职务',
    phone       VARCHAR(40)  NULL,
    email       VARCHAR(200) NULL,
    wechat      VARCHAR(60)  NULL,
    is_primary  BOOLEAN      NOT NULL DEFAULT FALSE,
    notes       VARCHAR(500) NULL,
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_contact_investor FOREIGN KEY (investor_id) REFERENCES investor (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE contact COMMENT = '联系人 contacts at an investor';

CREATE INDEX ix_contact_investor ON contact (investor_id, is_primary);
CREATE INDEX ix_contact_name ON contact (name);

-- 招商项目. Main line LEAD .. AT_CAPACITY; off it ON_HOLD (resumes at stage_before_hold),
-- LOST (reason required) and EXITED (a landed project that failed its commitments).
CREATE TABLE project (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                INT           NOT NULL DEFAULT 0,
    code                   VARCHAR(20)   NOT NULL COMMENT '项目编号, e.g. ZS-2016-001',
    name                   VARCHAR(200)  NOT NULL,
    code_name              VARCHAR(100)  NULL COMMENT '项目代号, shown to users without need-to-know',
    confidential           BOOLEAN       NOT NULL DEFAULT FALSE,
    investor_id            BIGINT        NOT NULL,
    industry_id            BIGINT        NULL,
    stage                  ENUM('LEAD','CONTACTED','SITE_VISIT','NEGOTIATION','AGREEMENT','SIGNED','LAND_SUPPLIED',
                                'CONSTRUCTION','PRODUCTION','AT_CAPACITY','ON_HOLD','LOST','EXITED')
                           NOT NULL DEFAULT 'LEAD'
                           COMMENT '线索/接洽/考察/在谈/框架协议/合同签约/供地/开工/投产/达产/暂缓/终止/退出',
    stage_before_hold      ENUM('LEAD','CONTACTED','SITE_VISIT','NEGOTIATION','AGREEMENT','SIGNED','LAND_SUPPLIED',
                                'CONSTRUCTION','PRODUCTION','AT_CAPACITY','ON_HOLD','LOST','EXITED')
                           NULL COMMENT '暂缓前的阶段 (ON_HOLD resumes here)',
    stage_changed_at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    lost_reason            VARCHAR(500)  NULL COMMENT '终止原因',
    investment_total       DECIMAL(14,2) NULL COMMENT '总投资 万元',
    investment_foreign_usd DECIMAL(14,2) NULL COMMENT '利用外资 万美元',
    fixed_asset_investment DECIMAL(14,2) NULL COMMENT '固定资产投资 万元',
    land_requested_mu      DECIMAL(12,2) NULL COMMENT '用地需求 亩',
    building_area_m2       DECIMAL(14,2) NULL COMMENT '建筑面积 平方米',
    preferred_park_id      BIGINT        NULL,
    preferred_zone_id      BIGINT        NULL,
    annual_output          DECIMAL(14,2) NULL COMMENT '年产值 万元',
    annual_tax             DECIMAL(14,2) NULL COMMENT '年税收 万元',
    jobs                   INT           NULL COMMENT '就业人数',
    energy_tce             DECIMAL(12,2) NULL COMMENT '年综合能耗 吨标煤',
    cod_t                  DECIMAL(12,3) NULL COMMENT '化学需氧量 吨/年',
    nh3n_t                 DECIMAL(12,3) NULL COMMENT '氨氮 吨/年',
    so2_t                  DECIMAL(12,3) NULL COMMENT '二氧化硫 吨/年',
    nox_t                  DECIMAL(12,3) NULL COMMENT '氮氧化物 吨/年',
    power_kva              DECIMAL(12,2) NULL COMMENT '用电负荷 kVA',
    water_t_per_day        DECIMAL(12,2) NULL COMMENT '用水 吨/日',
    gas_m3_per_day         DECIMAL(12,2) NULL COMMENT '用气 立方米/日',
    capacity_text          VARCHAR(200)  NULL COMMENT '产能, e.g. 30万辆/年',
    expected_signing_date  DATE          NULL,
    owner_id               BIGINT        NOT NULL COMMENT '负责招商专员',
    source                 ENUM('ALL_STAFF','TENANT_REFERRAL','EXHIBITION','AGENCY','OTHER') NULL,
    description            TEXT          NULL,
    created_at             DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at             DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_project_code UNIQUE (code),
    CONSTRAINT fk_project_investor FOREIGN KEY (investor_id) REFERENCES investor (id),
    CONSTRAINT fk_project_industry FOREIGN KEY (industry_id) REFERENCES industry (id),
    CONSTRAINT fk_project_preferred_park FOREIGN KEY (preferred_park_id) REFERENCES park (id),
    CONSTRAINT fk_project_preferred_zone FOREIGN KEY (preferred_park_id, preferred_zone_id)
        REFERENCES park_zone (park_id, id),
    CONSTRAINT fk_project_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
    CONSTRAINT ck_project_lost_reason CHECK (stage <> 'LOST' OR lost_reason IS NOT NULL),
    CONSTRAINT ck_project_hold CHECK (stage <> 'ON_HOLD' OR stage_before_hold IS NOT NULL),
    CONSTRAINT ck_project_before_hold CHECK (stage_before_hold IS NULL OR stage_before_hold NOT IN ('ON_HOLD','LOST','EXITED')),
    CONSTRAINT ck_project_code_name CHECK (confidential = FALSE OR code_name IS NOT NULL),
    CONSTRAINT ck_project_zone_park CHECK (preferred_zone_id IS NULL OR preferred_park_id IS NOT NULL),
    CONSTRAINT ck_project_money CHECK (
        (investment_total IS NULL OR investment_total >= 0)
        AND (investment_foreign_usd IS NULL OR investment_foreign_usd >= 0)
        AND (fixed_asset_investment IS NULL OR fixed_asset_investment >= 0)
        AND (annual_output IS NULL OR annual_output >= 0)
        AND (annual_tax IS NULL OR annual_tax >= 0)),
    CONSTRAINT ck_project_land CHECK (
        (land_requested_mu IS NULL OR land_requested_mu >= 0)
        AND (building_area_m2 IS NULL OR building_area_m2 >= 0)),
    CONSTRAINT ck_project_jobs CHECK (jobs IS NULL OR jobs >= 0),
    CONSTRAINT ck_project_emissions CHECK (
        (energy_tce IS NULL OR energy_tce >= 0)
        AND (cod_t IS NULL OR cod_t >= 0)
        AND (nh3n_t IS NULL OR nh3n_t >= 0)
        AND (so2_t IS NULL OR so2_t >= 0)
        AND (nox_t IS NULL OR nox_t >= 0)),
    CONSTRAINT ck_project_utilities CHECK (
        (power_kva IS NULL OR power_kva >= 0)
        AND (water_t_per_day IS NULL OR water_t_per_day >= 0)
        AND (gas_m3_per_day IS NULL OR gas_m3_per_day >= 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE project COMMENT = '招商项目 investment projects';

CREATE INDEX ix_project_stage ON project (stage, stage_changed_at);
CREATE INDEX ix_project_investor ON project (investor_id);
CREATE INDEX ix_project_owner ON project (owner_id, stage);
CREATE INDEX ix_project_industry ON project (industry_id);
CREATE INDEX ix_project_preferred_park ON project (preferred_park_id, preferred_zone_id);
CREATE INDEX ix_project_expected_signing ON project (expected_signing_date);
CREATE INDEX ix_project_updated_at ON project (updated_at);
CREATE INDEX ix_project_name ON project (name);

-- Who besides the owner may see a confidential (code-named) project.
CREATE TABLE project_collaborator (
    project_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (project_id, user_id),
    CONSTRAINT fk_project_collaborator_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_collaborator_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE project_collaborator COMMENT = '项目协作人 users with need-to-know on a project';

CREATE INDEX ix_project_collaborator_user ON project_collaborator (user_id);

-- Every stage move (append-only: no version). from_stage is NULL for the creation.
CREATE TABLE project_stage_change (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id BIGINT        NOT NULL,
    from_stage ENUM('LEAD','CONTACTED','SITE_VISIT','NEGOTIATION','AGREEMENT','SIGNED','LAND_SUPPLIED',
                    'CONSTRUCTION','PRODUCTION','AT_CAPACITY','ON_HOLD','LOST','EXITED') NULL,
    to_stage   ENUM('LEAD','CONTACTED','SITE_VISIT','NEGOTIATION','AGREEMENT','SIGNED','LAND_SUPPLIED',
                    'CONSTRUCTION','PRODUCTION','AT_CAPACITY','ON_HOLD','LOST','EXITED') NOT NULL,
    changed_by BIGINT        NOT NULL,
    changed_at DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    note       VARCHAR(1000) NULL,
    CONSTRAINT fk_project_stage_change_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_stage_change_user FOREIGN KEY (changed_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE project_stage_change COMMENT = '项目阶段变更 stage history (append-only)';

CREATE INDEX ix_project_stage_change_project ON project_stage_change (project_id, changed_at);
CREATE INDEX ix_project_stage_change_to_stage ON project_stage_change (to_stage, changed_at);
CREATE INDEX ix_project_stage_change_changed_by ON project_stage_change (changed_by);

-- 走访/电话/考察/会谈 ..., and tasks (type TASK or any activity with a due_date).
CREATE TABLE activity (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT          NOT NULL DEFAULT 0,
    investor_id BIGINT       NOT NULL,
    project_id  BIGINT       NULL,
    type        ENUM('VISIT','CALL','SITE_INSPECTION','MEETING','EMAIL','TASK','OTHER') NOT NULL
                COMMENT '拜访/电话/实地考察/会谈/邮件/待办/其他',
    subject     VARCHAR(200) NOT NULL,
    notes       TEXT         NULL,
    occurred_at DATETIME(3)  NULL,
    due_date    DATE         NULL,
    done        BOOLEAN      NOT NULL DEFAULT FALSE,
    owner_id    BIGINT       NOT NULL,
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_activity_investor FOREIGN KEY (investor_id) REFERENCES investor (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE SET NULL,
    CONSTRAINT fk_activity_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE activity COMMENT = '招商活动与待办 activities and tasks';

CREATE INDEX ix_activity_project ON activity (project_id, occurred_at);
CREATE INDEX ix_activity_investor ON activity (investor_id, occurred_at);
CREATE INDEX ix_activity_owner_due ON activity (owner_id, done, due_date);
CREATE INDEX ix_activity_due ON activity (done, due_date);
