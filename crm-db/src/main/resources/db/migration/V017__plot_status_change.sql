-- 腾笼换鸟 (issue 6): a supplied plot that lies idle is marked IDLE, then taken into recovery by one
-- of the seed's routes (出、转、租: take back, transfer, lease) and finally offered again. Each step is
-- dated and noted here; the step back into supply records the land and the energy room it frees.
CREATE TABLE plot_status_change (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plot_id          BIGINT        NOT NULL,
    from_status      ENUM('AVAILABLE','RESERVED','ALLOCATED','IDLE','RECLAIMING') NOT NULL,
    to_status        ENUM('AVAILABLE','RESERVED','ALLOCATED','IDLE','RECLAIMING') NOT NULL,
    route            ENUM('TAKE_BACK','TRANSFER','LEASE') NULL COMMENT '盘活方式: 收回/转让/出租',
    note             VARCHAR(500)  NOT NULL,
    freed_mu         DECIMAL(12,2) NULL COMMENT '腾出土地 亩 (back to AVAILABLE)',
    freed_energy_tce DECIMAL(14,2) NULL COMMENT '腾出能耗 吨标煤/年 of the projects that left',
    changed_by       BIGINT        NOT NULL,
    changed_at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_plot_status_change_plot FOREIGN KEY (plot_id) REFERENCES plot (id) ON DELETE CASCADE,
    CONSTRAINT fk_plot_status_change_user FOREIGN KEY (changed_by) REFERENCES app_user (id),
    CONSTRAINT ck_plot_status_change_route CHECK (to_status <> 'RECLAIMING' OR route IS NOT NULL),
    CONSTRAINT ck_plot_status_change_freed CHECK (
        (freed_mu IS NULL OR freed_mu >= 0) AND (freed_energy_tce IS NULL OR freed_energy_tce >= 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE plot_status_change COMMENT = '地块状态变更 idle-land cycle of a plot (append-only)';

CREATE INDEX ix_plot_status_change_plot ON plot_status_change (plot_id, changed_at);
CREATE INDEX ix_plot_status_change_to ON plot_status_change (to_status, changed_at);
