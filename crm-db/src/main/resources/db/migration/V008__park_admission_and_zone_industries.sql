-- Parks, land and matching (issue 5): each park's admission thresholds (准入标准) and the
-- industries each zone of a park is planned for, so that matching can rank parks and zones.
--
-- Partial plots: V004 said "at most one RESERVED or CONFIRMED allocation per plot". That no
-- longer holds: a plot may carry several active allocations as long as their areas add up to
-- no more than the plot's area. AllocationService enforces it under a row lock on the plot.

-- 园区准入标准. A NULL threshold is not checked (shown as "not set").
CREATE TABLE park_admission (
    park_id                  BIGINT        NOT NULL PRIMARY KEY,
    version                  INT           NOT NULL DEFAULT 0,
    min_investment_intensity DECIMAL(12,2) NULL COMMENT '投资强度下限 万元/亩',
    min_output_per_mu        DECIMAL(12,2) NULL COMMENT '亩均产值下限 万元/亩',
    min_tax_per_mu           DECIMAL(12,2) NULL COMMENT '亩均税收下限 万元/亩',
    max_energy_per_output    DECIMAL(10,4) NULL COMMENT '万元产值能耗上限 吨标煤/万元',
    updated_at               DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_park_admission_park FOREIGN KEY (park_id) REFERENCES park (id) ON DELETE CASCADE,
    CONSTRAINT ck_park_admission_values CHECK (
        (min_investment_intensity IS NULL OR min_investment_intensity >= 0)
        AND (min_output_per_mu IS NULL OR min_output_per_mu >= 0)
        AND (min_tax_per_mu IS NULL OR min_tax_per_mu >= 0)
        AND (max_energy_per_output IS NULL OR max_energy_per_output >= 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE park_admission COMMENT = '园区准入标准 admission thresholds of a park';

-- 功能区产业定位: a zone with rows here admits only these industries (a listed sector admits
-- its sub-sectors) among those its park admits; a zone without rows admits what its park does.
CREATE TABLE park_zone_industry (
    zone_id     BIGINT NOT NULL,
    industry_id BIGINT NOT NULL,
    PRIMARY KEY (zone_id, industry_id),
    CONSTRAINT fk_park_zone_industry_zone FOREIGN KEY (zone_id) REFERENCES park_zone (id) ON DELETE CASCADE,
    CONSTRAINT fk_park_zone_industry_industry FOREIGN KEY (industry_id) REFERENCES industry (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE park_zone_industry COMMENT = '功能区产业定位 industries a zone is planned for';

CREATE INDEX ix_park_zone_industry_industry ON park_zone_industry (industry_id);

-- The auto parts park's zones (ch. 4 §13): 工业生产区 auto parts and auto-related new-energy and
-- new-material makers; 汽车后市场区 the aftermarket; 综合配套区 the parts logistics centre.
INSERT INTO park_zone_industry (zone_id, industry_id)
SELECT z.id, i.id FROM park_zone z JOIN park p ON p.id = z.park_id, industry i
WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'
  AND i.code IN ('AUTO_PARTS', 'NEV', 'LITHIUM_BATTERY', 'NEW_MATERIALS');

INSERT INTO park_zone_industry (zone_id, industry_id)
SELECT z.id, i.id FROM park_zone z JOIN park p ON p.id = z.park_id, industry i
WHERE p.code = 'AUTO_PARTS' AND z.code = 'AFTERMARKET'
  AND i.code IN ('AUTO_AFTERMARKET');

INSERT INTO park_zone_industry (zone_id, industry_id)
SELECT z.id, i.id FROM park_zone z JOIN park p ON p.id = z.park_id, industry i
WHERE p.code = 'AUTO_PARTS' AND z.code = 'SUPPORT'
  AND i.code IN ('LOGISTICS');
