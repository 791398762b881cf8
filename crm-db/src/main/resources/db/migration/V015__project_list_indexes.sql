-- Indexes the project list needs at province size (docs/performance.md). The list page a user asks for
-- most filters on stage and industry and sorts by expected signing date: one composite index serves
-- the filter and the order, so MariaDB reads only the matching rows in order instead of joining from
-- the users table and sorting (measured: 274 ms -> see docs/performance.md). code_name takes part
-- in the prefix search (code OR code name OR name), so it is indexed like the other two.
CREATE INDEX ix_project_stage_industry_signing ON project (stage, industry_id, expected_signing_date);
CREATE INDEX ix_project_code_name ON project (code_name);
