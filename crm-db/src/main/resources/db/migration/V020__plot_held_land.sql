-- Matching at province scale (issue 9): the free land of a plot was summed from its
-- allocations for every plot of every admitting park on every matching (about 4,200
-- plots, 20 ms). Each plot now keeps the land its reservations and confirmed
-- allocations hold, by triggers on land_allocation, so that every writer (the CRM, the
-- expiry sweep, imports, fixtures) keeps it.
--
-- A reservation stops holding land the moment it expires, before the sweep releases it
-- (cn.zhaoshang.crm.park.PlotLand). held_mu counts every RESERVED row, so the plot also
-- keeps when its first reservation expires: until then held_mu is exact, after it a
-- reader sums the allocations as before (a plot with an expired, unswept reservation).
ALTER TABLE plot
    ADD COLUMN held_mu DECIMAL(12,2) NOT NULL DEFAULT 0
        COMMENT '占用面积 亩: reserved or confirmed (kept by triggers on land_allocation)',
    ADD COLUMN hold_expires_at DATETIME(3) NULL
        COMMENT '最早到期的预留 when the first of its reservations expires (kept by triggers)';

/* [jooq ignore start] */
UPDATE plot p
SET p.held_mu = (SELECT COALESCE(SUM(a.area_mu), 0) FROM land_allocation a
                 WHERE a.plot_id = p.id AND a.status IN ('RESERVED', 'CONFIRMED')),
    p.hold_expires_at = (SELECT MIN(a.expires_at) FROM land_allocation a
                         WHERE a.plot_id = p.id AND a.status = 'RESERVED');

-- One statement each (no DELIMITER needed); an update may move an allocation between
-- plots, so both are refreshed.
CREATE TRIGGER land_allocation_held_insert AFTER INSERT ON land_allocation FOR EACH ROW
    UPDATE plot p
    SET p.held_mu = (SELECT COALESCE(SUM(a.area_mu), 0) FROM land_allocation a
                     WHERE a.plot_id = p.id AND a.status IN ('RESERVED', 'CONFIRMED')),
        p.hold_expires_at = (SELECT MIN(a.expires_at) FROM land_allocation a
                             WHERE a.plot_id = p.id AND a.status = 'RESERVED')
    WHERE p.id = NEW.plot_id;

CREATE TRIGGER land_allocation_held_update AFTER UPDATE ON land_allocation FOR EACH ROW
    UPDATE plot p
    SET p.held_mu = (SELECT COALESCE(SUM(a.area_mu), 0) FROM land_allocation a
                     WHERE a.plot_id = p.id AND a.status IN ('RESERVED', 'CONFIRMED')),
        p.hold_expires_at = (SELECT MIN(a.expires_at) FROM land_allocation a
                             WHERE a.plot_id = p.id AND a.status = 'RESERVED')
    WHERE p.id IN (OLD.plot_id, NEW.plot_id);

CREATE TRIGGER land_allocation_held_delete AFTER DELETE ON land_allocation FOR EACH ROW
    UPDATE plot p
    SET p.held_mu = (SELECT COALESCE(SUM(a.area_mu), 0) FROM land_allocation a
                     WHERE a.plot_id = p.id AND a.status IN ('RESERVED', 'CONFIRMED')),
        p.hold_expires_at = (SELECT MIN(a.expires_at) FROM land_allocation a
                             WHERE a.plot_id = p.id AND a.status = 'RESERVED')
    WHERE p.id = OLD.plot_id;

-- Matching keeps what it needs of a plot besides its free land (land use, zone, utilities,
-- place on the plan) in memory, checked against the plot's version on every use. The CRM
-- raises the version on each edit (optimistic locking); an edit in SQL that leaves it as it
-- was raises it here, so that no copy outlives a change. The held land is not an edit.
CREATE TRIGGER plot_edit_version BEFORE UPDATE ON plot FOR EACH ROW
    SET NEW.version = IF(NEW.version = OLD.version
        AND NOT (NEW.park_id <=> OLD.park_id AND NEW.zone_id <=> OLD.zone_id AND NEW.code <=> OLD.code
                 AND NEW.area_mu <=> OLD.area_mu AND NEW.land_use <=> OLD.land_use
                 AND NEW.power_kva <=> OLD.power_kva AND NEW.water_t_per_day <=> OLD.water_t_per_day
                 AND NEW.gas_m3_per_day <=> OLD.gas_m3_per_day AND NEW.plan_x <=> OLD.plan_x
                 AND NEW.plan_y <=> OLD.plan_y AND NEW.plan_w <=> OLD.plan_w AND NEW.plan_h <=> OLD.plan_h),
        OLD.version + 1, NEW.version);
/* [jooq ignore stop] */


-- Matching reads, for the plots of the admitting parks, the version and the free land from
-- this index alone (park, status, then what the free land is computed from); it replaces
-- (park_id, status), its prefix.
CREATE INDEX ix_plot_park_free ON plot (park_id, status, held_mu, area_mu, hold_expires_at, version);
DROP INDEX ix_plot_park_status ON plot;
