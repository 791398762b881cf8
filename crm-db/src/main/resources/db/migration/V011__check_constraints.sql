-- The database backs up the rules the services check (issue 8): whatever a bug or a script sends,
-- no row gets past these. Limits are the zone's own: no area larger than the land inside the
-- planned construction area (9.957 km² = 14,935.5 亩), no investment above 10,000 亿元
-- (100,000,000 万元), required names not blank, dates in order.
-- Patterns compare case-sensitively (COLLATE utf8mb4_bin), the same on MariaDB and MySQL 8.
-- Checks that use REGEXP are hidden from jOOQ's DDL parser (they generate no code anyway).

ALTER TABLE project ADD CONSTRAINT ck_project_limits CHECK (
    (land_requested_mu IS NULL OR land_requested_mu <= 14935.5)
    AND (investment_total IS NULL OR investment_total <= 100000000)
    AND (fixed_asset_investment IS NULL OR fixed_asset_investment <= 100000000)
    AND (investment_foreign_usd IS NULL OR investment_foreign_usd <= 100000000));
ALTER TABLE project ADD CONSTRAINT ck_project_name CHECK (CHAR_LENGTH(TRIM(name)) > 0);
ALTER TABLE project ADD CONSTRAINT ck_project_signing_date CHECK (
    expected_signing_date IS NULL OR expected_signing_date BETWEEN '2000-01-01' AND '2099-12-31');

ALTER TABLE investor ADD CONSTRAINT ck_investor_name CHECK (CHAR_LENGTH(TRIM(name_zh)) > 0);
ALTER TABLE contact ADD CONSTRAINT ck_contact_name CHECK (CHAR_LENGTH(TRIM(name)) > 0);
ALTER TABLE activity ADD CONSTRAINT ck_activity_subject CHECK (CHAR_LENGTH(TRIM(subject)) > 0);
ALTER TABLE saved_filter ADD CONSTRAINT ck_saved_filter_name CHECK (CHAR_LENGTH(TRIM(name)) > 0);
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_names CHECK (
    CHAR_LENGTH(TRIM(username)) >= 3 AND CHAR_LENGTH(TRIM(display_name)) > 0);

ALTER TABLE park ADD CONSTRAINT ck_park_area_max CHECK (planned_area_mu <= 14935.5);
ALTER TABLE park_zone ADD CONSTRAINT ck_park_zone_area_max CHECK (planned_area_mu <= 14935.5);
ALTER TABLE plot ADD CONSTRAINT ck_plot_area_max CHECK (area_mu <= 14935.5);
ALTER TABLE land_request ADD CONSTRAINT ck_land_request_area_max CHECK (area_mu <= 14935.5);
ALTER TABLE land_allocation ADD CONSTRAINT ck_land_allocation_area_max CHECK (area_mu <= 14935.5);
ALTER TABLE land_allocation ADD CONSTRAINT ck_land_allocation_dates CHECK (
    (expires_at IS NULL OR reserved_at IS NULL OR expires_at >= reserved_at)
    AND (confirmed_at IS NULL OR reserved_at IS NULL OR confirmed_at >= reserved_at)
    AND (released_at IS NULL OR reserved_at IS NULL OR released_at >= reserved_at));
ALTER TABLE tenant_performance ADD CONSTRAINT ck_tenant_performance_land_max CHECK (land_mu IS NULL OR land_mu <= 14935.5);

/* [jooq ignore start] */
-- No control characters in one-line names (line breaks belong in notes only).
ALTER TABLE project ADD CONSTRAINT ck_project_name_text CHECK (name NOT REGEXP '[[:cntrl:]]');
ALTER TABLE investor ADD CONSTRAINT ck_investor_name_text CHECK (name_zh NOT REGEXP '[[:cntrl:]]');
-- GB 32100: 18 characters from the code's alphabet (digits and capitals without I, O, S, V, Z);
-- the check character itself is verified by the service.
ALTER TABLE investor ADD CONSTRAINT ck_investor_uscc_alphabet CHECK (
    uscc IS NULL OR uscc COLLATE utf8mb4_bin REGEXP '^[0-9A-HJ-NPQRTUWXY]{18}$');
ALTER TABLE investor ADD CONSTRAINT ck_investor_country CHECK (country_code COLLATE utf8mb4_bin REGEXP '^[A-Z]{2}$');
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_username CHECK (username COLLATE utf8mb4_bin REGEXP '^[a-z0-9._-]{3,60}$');
/* [jooq ignore stop] */
