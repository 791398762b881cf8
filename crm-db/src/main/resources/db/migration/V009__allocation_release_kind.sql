-- Why an allocation was released: by hand (with the user's reason), because the reservation
-- expired unconfirmed, or because its project was lost (终止) or exited (退出). The kind lets the
-- UI say it in the user's language; release_reason keeps the user's own words.
ALTER TABLE land_allocation
    ADD COLUMN release_kind ENUM('MANUAL','EXPIRED','PROJECT_LOST','PROJECT_EXITED') NULL
    COMMENT '释放方式: 手工/预留到期/项目终止/项目退出' AFTER release_reason;

UPDATE land_allocation SET release_kind = 'MANUAL' WHERE status = 'RELEASED' AND release_kind IS NULL;

ALTER TABLE land_allocation
    ADD CONSTRAINT ck_land_allocation_release_kind CHECK (status <> 'RELEASED' OR release_kind IS NOT NULL);
