-- Demo data for the embedded demo profile only (classpath:db/demo, see DatabaseConfiguration).
-- Figures of the named projects come from the Cangzhou ED Zone 13th Five-Year Plan; everything
-- else (contacts, dates, performance figures, credit codes) is invented for demonstration.
--
-- Idempotent and insert-only: every statement is INSERT ... SELECT ... WHERE NOT EXISTS on a
-- natural key (username, investor name_zh, project code, plot code, ...), so Flyway can re-run this
-- repeatable migration whenever its checksum changes without duplicating rows and without
-- overwriting what users changed in the demo. Rows refer to each other through sub-selects on
-- natural keys, never through hard-coded ids.
--
-- All demo users sign in with the password  Cangzhou@2026
-- USCCs below are synthetic: their check characters are valid (GB 32100-2015 and GB 11714),
-- but they are not the firms' real codes.

-- ===========================================================================================
-- Users and roles
-- ===========================================================================================
INSERT INTO app_user (username, password_hash, display_name, email, park_id, preferred_locale)
SELECT 'staff', '{bcrypt}$2y$10$oPeoN3kzWDzQbs1wuOXaS.94Ehdi69Hd2DgKbmwClNDCIEGyrz7Qm', '张伟', 'zhang.wei@example.com',
       NULL, 'zh-CN'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'staff');
INSERT INTO app_user (username, password_hash, display_name, email, park_id, preferred_locale)
SELECT 'staff2', '{bcrypt}$2y$10$oPeoN3kzWDzQbs1wuOXaS.94Ehdi69Hd2DgKbmwClNDCIEGyrz7Qm', '李娜', 'li.na@example.com',
       NULL, 'zh-CN'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'staff2');
INSERT INTO app_user (username, password_hash, display_name, email, park_id, preferred_locale)
SELECT 'director', '{bcrypt}$2y$10$oPeoN3kzWDzQbs1wuOXaS.94Ehdi69Hd2DgKbmwClNDCIEGyrz7Qm', '王建国',
       'wang.jianguo@example.com', NULL, 'zh-CN'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'director');
INSERT INTO app_user (username, password_hash, display_name, email, park_id, preferred_locale)
SELECT 'op_auto', '{bcrypt}$2y$10$oPeoN3kzWDzQbs1wuOXaS.94Ehdi69Hd2DgKbmwClNDCIEGyrz7Qm', '赵敏', 'zhao.min@example.com',
       (SELECT id FROM park WHERE code = 'AUTO_PARTS'), 'zh-CN'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'op_auto');
INSERT INTO app_user (username, password_hash, display_name, email, park_id, preferred_locale)
SELECT 'op_tsinghua', '{bcrypt}$2y$10$oPeoN3kzWDzQbs1wuOXaS.94Ehdi69Hd2DgKbmwClNDCIEGyrz7Qm', '孙磊',
       'sun.lei@example.com', (SELECT id FROM park WHERE code = 'TSINGHUA'), 'zh-CN'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'op_tsinghua');
INSERT INTO app_user (username, password_hash, display_name, email, park_id, preferred_locale)
SELECT 'op_sme', '{bcrypt}$2y$10$oPeoN3kzWDzQbs1wuOXaS.94Ehdi69Hd2DgKbmwClNDCIEGyrz7Qm', '周婷', 'zhou.ting@example.com',
       (SELECT id FROM park WHERE code = 'SME'), 'zh-CN'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'op_sme');
INSERT INTO app_user (username, password_hash, display_name, email, park_id, preferred_locale)
SELECT 'op_pipeline', '{bcrypt}$2y$10$oPeoN3kzWDzQbs1wuOXaS.94Ehdi69Hd2DgKbmwClNDCIEGyrz7Qm', '吴刚',
       'wu.gang@example.com', (SELECT id FROM park WHERE code = 'PIPELINE'), 'zh-CN'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'op_pipeline');
INSERT INTO app_user (username, password_hash, display_name, email, park_id, preferred_locale)
SELECT 'admin', '{bcrypt}$2y$10$oPeoN3kzWDzQbs1wuOXaS.94Ehdi69Hd2DgKbmwClNDCIEGyrz7Qm', '系统管理员', 'admin@example.com',
       NULL, 'zh-CN'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'admin');

INSERT INTO app_user_role (user_id, role)
SELECT id, 'STAFF' FROM app_user u WHERE u.username = 'staff'
  AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'STAFF');
INSERT INTO app_user_role (user_id, role)
SELECT id, 'STAFF' FROM app_user u WHERE u.username = 'staff2'
  AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'STAFF');
INSERT INTO app_user_role (user_id, role)
SELECT id, 'DIRECTOR' FROM app_user u WHERE u.username = 'director'
  AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'DIRECTOR');
INSERT INTO app_user_role (user_id, role)
SELECT id, 'PARK_OPERATOR' FROM app_user u WHERE u.username = 'op_auto'
  AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'PARK_OPERATOR');
INSERT INTO app_user_role (user_id, role)
SELECT id, 'PARK_OPERATOR' FROM app_user u WHERE u.username = 'op_tsinghua'
  AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'PARK_OPERATOR');
INSERT INTO app_user_role (user_id, role)
SELECT id, 'PARK_OPERATOR' FROM app_user u WHERE u.username = 'op_sme'
  AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'PARK_OPERATOR');
INSERT INTO app_user_role (user_id, role)
SELECT id, 'PARK_OPERATOR' FROM app_user u WHERE u.username = 'op_pipeline'
  AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'PARK_OPERATOR');
INSERT INTO app_user_role (user_id, role)
SELECT id, 'ADMIN' FROM app_user u WHERE u.username = 'admin'
  AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'ADMIN');

-- ===========================================================================================
-- Investors (parents before subsidiaries)
-- ===========================================================================================
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '北京汽车集团有限公司', 'Beijing Automotive Group Co., Ltd. (BAIC Group)', NULL, '北京汽车', '911100003940505012', NULL,
       (SELECT id FROM industry WHERE code = 'VEHICLE_OEM'), 'CN', 'LOCAL_SOE', 160, TRUE, NULL, NULL, FALSE, TRUE,
       'ALL_STAFF', (SELECT id FROM app_user WHERE username = 'staff'), 'https://www.baicgroup.com.cn',
       '北京市顺义区双河大街99号', '北京市属国有汽车集团；北汽新能源、北汽岱摩斯、北汽韩一、海纳川的上级集团。世界500强排名为示例值。', '2016-03-10 09:00:00',
       '2016-03-10 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '北京汽车集团有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '北京新能源汽车股份有限公司', 'BAIC BJEV (Beijing Electric Vehicle Co., Ltd.)', NULL, '北京新能源汽车', '911101150724865483',
       (SELECT MIN(id) FROM investor WHERE name_zh = '北京汽车集团有限公司'), (SELECT id FROM industry WHERE code = 'NEV'), 'CN',
       'LOCAL_SOE', NULL, FALSE, 'SSE', '600733', FALSE, TRUE, 'ALL_STAFF',
       (SELECT id FROM app_user WHERE username = 'staff'), 'https://www.bjev.com.cn', '北京市大兴区采育镇',
       '简称北汽新能源；上市主体为北汽蓝谷。', '2016-04-08 09:00:00', '2016-04-08 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '北京新能源汽车股份有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '北汽岱摩斯（沧州）汽车系统有限公司', 'BAIC Dymos (Cangzhou) Automotive Systems Co., Ltd.', NULL, '北汽岱摩斯（沧州）汽车系统',
       '911309004967661136', (SELECT MIN(id) FROM investor WHERE name_zh = '北京汽车集团有限公司'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'CN', 'JV', NULL, FALSE, NULL, NULL, TRUE, TRUE,
       'TENANT_REFERRAL', (SELECT id FROM app_user WHERE username = 'staff'), NULL, '沧州经济开发区汽车零部件产业园',
       '北京现代配套：座椅、变速器。', '2016-07-01 09:00:00', '2016-07-01 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '北汽岱摩斯（沧州）汽车系统有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '北汽韩一（沧州）汽车饰件有限公司', 'BAIC Hanil (Cangzhou) Automotive Interior Co., Ltd.', NULL, '北汽韩一（沧州）汽车饰件',
       '91130900466538259E', (SELECT MIN(id) FROM investor WHERE name_zh = '北京汽车集团有限公司'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'CN', 'JV', NULL, FALSE, NULL, NULL, TRUE, TRUE,
       'TENANT_REFERRAL', (SELECT id FROM app_user WHERE username = 'staff'), NULL, '沧州经济开发区汽车零部件产业园', '北京现代配套：内饰件。',
       '2016-07-15 09:00:00', '2016-07-15 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '北汽韩一（沧州）汽车饰件有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '北京海纳川汽车部件股份有限公司', 'BAIC Hainachuan Automotive Parts Co., Ltd.', NULL, '北京海纳川汽车部件', '911100009489659664',
       (SELECT MIN(id) FROM investor WHERE name_zh = '北京汽车集团有限公司'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'CN', 'LOCAL_SOE', NULL, FALSE, NULL, NULL, FALSE, TRUE,
       'ALL_STAFF', (SELECT id FROM app_user WHERE username = 'staff'), 'https://www.hainachuan.com', '北京市',
       '北汽集团零部件板块。', '2016-03-10 09:00:00', '2016-03-10 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '北京海纳川汽车部件股份有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '海纳川（沧州）汽车部件有限公司', 'Hainachuan (Cangzhou) Automotive Parts Co., Ltd.', NULL, '海纳川（沧州）汽车部件',
       '91130900371407563L', (SELECT MIN(id) FROM investor WHERE name_zh = '北京海纳川汽车部件股份有限公司'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'CN', 'LOCAL_SOE', NULL, FALSE, NULL, NULL, TRUE, TRUE,
       'TENANT_REFERRAL', (SELECT id FROM app_user WHERE username = 'staff'), NULL, '沧州经济开发区',
       '规划所称"海纳川沧州汽车部件"；全称为示例。', '2016-03-10 09:00:00', '2016-03-10 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '海纳川（沧州）汽车部件有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '延锋海纳川汽车饰件系统有限公司', 'Yanfeng Hainachuan Automotive Trim Systems Co., Ltd.', NULL, '延锋海纳川汽车饰件系统',
       '91110000193384724P', (SELECT MIN(id) FROM investor WHERE name_zh = '北京海纳川汽车部件股份有限公司'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'CN', 'JV', NULL, FALSE, NULL, NULL, TRUE, TRUE,
       'TENANT_REFERRAL', (SELECT id FROM app_user WHERE username = 'staff'), NULL, '北京市',
       '延锋（上汽集团体系）与海纳川的合资企业；2019年沧州工厂投产。', '2016-03-20 09:00:00', '2016-03-20 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '延锋海纳川汽车饰件系统有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '北京现代汽车有限公司', 'Beijing Hyundai Motor Company', NULL, '北京现代汽车', '91110113423498226C', NULL,
       (SELECT id FROM industry WHERE code = 'VEHICLE_OEM'), 'CN', 'JV', NULL, TRUE, NULL, NULL, FALSE, TRUE,
       'TENANT_REFERRAL', (SELECT id FROM app_user WHERE username = 'staff'), 'https://www.beijing-hyundai.com.cn',
       '北京市顺义区', '北汽集团与现代汽车合资；第一工厂产能转移为开发区招商首要工作。', '2016-03-15 09:00:00', '2016-03-15 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '北京现代汽车有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '北京现代汽车有限公司沧州分公司', 'Beijing Hyundai Motor Company, Cangzhou Branch (Plant 4)', NULL, '北京现代汽车沧州分',
       '91130900858632922C', (SELECT MIN(id) FROM investor WHERE name_zh = '北京现代汽车有限公司'),
       (SELECT id FROM industry WHERE code = 'VEHICLE_OEM'), 'CN', 'JV', NULL, FALSE, NULL, NULL, TRUE, TRUE, 'OTHER',
       (SELECT id FROM app_user WHERE username = 'staff'), NULL, '沧州经济开发区', '北京现代沧州工厂（第四工厂），设计产能30万辆/年，预留15万辆。',
       '2016-03-15 09:00:00', '2016-03-15 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '北京现代汽车有限公司沧州分公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '现代摩比斯', 'Hyundai Mobis Co., Ltd.', '현대모비스', '现代摩比斯', NULL, NULL,
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'KR', 'FOREIGN', 300, FALSE, 'KRX', '012330', FALSE, FALSE,
       'TENANT_REFERRAL', (SELECT id FROM app_user WHERE username = 'staff'), 'https://www.mobis.co.kr',
       '서울특별시 강남구 테헤란로 203', '韩国现代汽车集团零部件企业。世界500强排名为示例值。', '2016-06-01 09:00:00', '2016-06-01 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '现代摩比斯');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '沧州现代摩比斯汽车零部件有限公司', 'Cangzhou Hyundai Mobis Automotive Parts Co., Ltd.', NULL, '沧州现代摩比斯汽车零部件',
       '91130900384284320K', (SELECT MIN(id) FROM investor WHERE name_zh = '现代摩比斯'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'CN', 'FOREIGN', NULL, FALSE, NULL, NULL, TRUE, FALSE,
       'TENANT_REFERRAL', (SELECT id FROM app_user WHERE username = 'staff'), NULL, '沧州经济开发区汽车零部件产业园',
       '外商独资；底盘、驾驶舱、前端模块。', '2016-06-01 09:00:00', '2016-06-01 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '沧州现代摩比斯汽车零部件有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '重庆长安汽车股份有限公司', 'Chongqing Changan Automobile Co., Ltd.', NULL, '重庆长安汽车', '915000005299019097', NULL,
       (SELECT id FROM industry WHERE code = 'NEV'), 'CN', 'CENTRAL_SOE', NULL, TRUE, 'SZSE', '000625', FALSE, FALSE,
       'ALL_STAFF', (SELECT id FROM app_user WHERE username = 'staff2'), 'https://www.changan.com.cn', '重庆市江北区',
       '中国兵器装备集团所属央企上市公司。', '2016-04-20 09:00:00', '2016-04-20 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '重庆长安汽车股份有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '双良节能系统股份有限公司', 'Shuangliang Eco-Energy Systems Co., Ltd.', NULL, '双良节能系统', '91320281908011172E', NULL,
       (SELECT id FROM industry WHERE code = 'WASTE_HEAT'), 'CN', 'PRIVATE', NULL, FALSE, 'SSE', '600481', FALSE,
       FALSE, 'EXHIBITION', (SELECT id FROM app_user WHERE username = 'staff2'), 'https://www.shuangliang.com',
       '江苏省江阴市', '溴化锂制冷、余热回收、空冷系统。', '2017-02-14 09:00:00', '2017-02-14 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '双良节能系统股份有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '天壕环境股份有限公司', 'Tianhao Environment Co., Ltd.', NULL, '天壕环境', '91110108000990999C', NULL,
       (SELECT id FROM industry WHERE code = 'WASTE_HEAT'), 'CN', 'PRIVATE', NULL, FALSE, 'SZSE', '300332', FALSE,
       TRUE, 'AGENCY', (SELECT id FROM app_user WHERE username = 'staff2'), NULL, '北京市海淀区', '余热发电合同能源管理。',
       '2017-03-01 09:00:00', '2017-03-01 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '天壕环境股份有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '中国石油天然气集团有限公司', 'China National Petroleum Corporation (CNPC)', NULL, '中国石油天然气', '91110000915423757P', NULL,
       (SELECT id FROM industry WHERE code = 'PIPELINE_EQUIPMENT'), 'CN', 'CENTRAL_SOE', 3, TRUE, NULL, NULL, FALSE,
       TRUE, 'ALL_STAFF', (SELECT id FROM app_user WHERE username = 'staff2'), 'https://www.cnpc.com.cn',
       '北京市东城区东直门北大街9号', '央企；规划提出引进中石油高端管道项目。世界500强排名为示例值。', '2017-04-06 09:00:00', '2017-04-06 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '中国石油天然气集团有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '中国石油化工集团有限公司', 'China Petrochemical Corporation (Sinopec Group)', NULL, '中国石油化工', '911100006833666095', NULL,
       (SELECT id FROM industry WHERE code = 'PIPELINE_EQUIPMENT'), 'CN', 'CENTRAL_SOE', 4, TRUE, NULL, NULL, FALSE,
       TRUE, 'ALL_STAFF', (SELECT id FROM app_user WHERE username = 'staff2'), 'http://www.sinopecgroup.com',
       '北京市朝阳区朝阳门北大街22号', '央企；规划提出引进中石化高端管道项目。世界500强排名为示例值。', '2017-04-06 09:00:00', '2017-04-06 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '中国石油化工集团有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '隆泰迪管道科技有限公司', 'Longtaidi Pipeline Technology Co., Ltd.', NULL, '隆泰迪管道科技', '911309009268595565', NULL,
       (SELECT id FROM industry WHERE code = 'PIPES_FITTINGS'), 'CN', 'PRIVATE', NULL, FALSE, NULL, NULL, TRUE, FALSE,
       'OTHER', (SELECT id FROM app_user WHERE username = 'staff2'), NULL, '沧州经济开发区', '高端管道装备产业园依托企业。',
       '2016-05-05 09:00:00', '2016-05-05 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '隆泰迪管道科技有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '沧州庆南贸易有限公司', 'Gyeongnam Trading (Cangzhou) Co., Ltd.', '경남무역', '沧州庆南贸易', NULL, NULL,
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'CN', 'FOREIGN', NULL, FALSE, NULL, NULL, TRUE, FALSE,
       'TENANT_REFERRAL', (SELECT id FROM app_user WHERE username = 'staff'), NULL, '沧州经济开发区',
       '规划所称"庆南贸易"，韩资配套企业；全称、英文名和行业为示例。', '2016-06-15 09:00:00', '2016-06-15 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '沧州庆南贸易有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '中都格罗唯视（沧州）物流有限公司', 'Zhongdu-Glovis (Cangzhou) Logistics Co., Ltd.', NULL, '中都格罗唯视（沧州）物流', '91130900856019542Y',
       NULL, (SELECT id FROM industry WHERE code = 'LOGISTICS'), 'CN', 'JV', NULL, FALSE, NULL, NULL, TRUE, TRUE,
       'TENANT_REFERRAL', (SELECT id FROM app_user WHERE username = 'staff'), NULL, '沧州经济开发区',
       '规划所称"中都格罗唯视"，整车及零部件物流；全称为示例。', '2016-06-15 09:00:00', '2016-06-15 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '中都格罗唯视（沧州）物流有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '北京瑞荣汽车零部件有限公司', 'Beijing Ruirong Auto Parts Co., Ltd.', NULL, '北京瑞荣汽车零部件', NULL, NULL,
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'CN', 'PRIVATE', NULL, FALSE, NULL, NULL, TRUE, TRUE,
       'TENANT_REFERRAL', (SELECT id FROM app_user WHERE username = 'staff'), NULL, '沧州经济开发区',
       '规划所称"北京瑞荣"；全称、英文名和行业为示例。', '2016-06-15 09:00:00', '2016-06-15 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '北京瑞荣汽车零部件有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '沧州汇泉环保科技有限公司', 'Cangzhou Huiquan Environmental Technology Co., Ltd.', NULL, '沧州汇泉环保科技', '91130900487926648F',
       NULL, (SELECT id FROM industry WHERE code = 'WATER_TREATMENT'), 'CN', 'PRIVATE', NULL, FALSE, NULL, NULL, TRUE,
       FALSE, 'ALL_STAFF', (SELECT id FROM app_user WHERE username = 'staff2'), NULL, '沧州经济开发区',
       '规划所列区内环保节能企业（汇泉环保）；全称为示例。', '2016-05-10 09:00:00', '2016-05-10 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '沧州汇泉环保科技有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '沧州云天环保科技有限公司', 'Cangzhou Yuntian Environmental Technology Co., Ltd.', NULL, '沧州云天环保科技', '91130900761942721Q',
       NULL, (SELECT id FROM industry WHERE code = 'DESULF_DENITRATION'), 'CN', 'PRIVATE', NULL, FALSE, NULL, NULL,
       TRUE, FALSE, 'ALL_STAFF', (SELECT id FROM app_user WHERE username = 'staff2'), NULL, '沧州经济开发区',
       '规划所列区内环保节能企业（云天环保）；全称为示例。', '2016-05-10 09:00:00', '2016-05-10 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '沧州云天环保科技有限公司');
INSERT INTO investor (name_zh, name_en, name_local, name_normalized, uscc, parent_id, industry_id, country_code,
                      ownership, fortune500_rank, china500, listed_exchange, listed_ticker, existing_tenant,
                      jingjin_transfer, source, owner_id, website, address, notes, created_at, updated_at)
SELECT '沧州万圣环保设备有限公司', 'Cangzhou Wansheng Environmental Equipment Co., Ltd.', NULL, '沧州万圣环保设备', '911309006414817994',
       NULL, (SELECT id FROM industry WHERE code = 'AIR_POLLUTION_CONTROL'), 'CN', 'PRIVATE', NULL, FALSE, NULL, NULL,
       TRUE, FALSE, 'ALL_STAFF', (SELECT id FROM app_user WHERE username = 'staff2'), NULL, '沧州经济开发区',
       '规划所列区内环保节能企业（万圣环保）；全称为示例。', '2016-05-10 09:00:00', '2016-05-10 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM investor WHERE name_zh = '沧州万圣环保设备有限公司');

-- ===========================================================================================
-- Contacts
-- ===========================================================================================
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北京汽车集团有限公司'), '刘洋', '战略规划部 副部长', '010-0000-0101',
       'liu.yang@example.com', 'liuyang_baic', TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '北京汽车集团有限公司' AND c.name = '刘洋');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北京新能源汽车股份有限公司'), '陈晓峰', '投资发展部 部长', '010-0000-0201',
       'chen.xiaofeng@example.com', NULL, TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '北京新能源汽车股份有限公司' AND c.name = '陈晓峰');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北京新能源汽车股份有限公司'), '黄丽', '投资发展部 项目经理', '010-0000-0202',
       'huang.li@example.com', 'huangli_ev', FALSE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '北京新能源汽车股份有限公司' AND c.name = '黄丽');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北京现代汽车有限公司'), '马俊', '生产规划室 室长', '010-0000-0301',
       'ma.jun@example.com', NULL, TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '北京现代汽车有限公司' AND c.name = '马俊');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北京现代汽车有限公司'), '김민수 (Kim Min-su)', '生产本部 常务', '010-0000-0302',
       'minsu.kim@example.com', NULL, FALSE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '北京现代汽车有限公司' AND c.name = '김민수 (Kim Min-su)');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '现代摩比斯'), '박지훈 (Park Ji-hoon)', '中国事业部 部长', '+82-2-0000-0401',
       'jihoon.park@example.com', NULL, TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '现代摩比斯' AND c.name = '박지훈 (Park Ji-hoon)');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '沧州现代摩比斯汽车零部件有限公司'), '杨帆', '总经理助理', '0317-000-0501',
       'yang.fan@example.com', 'yangfan_mobis', TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '沧州现代摩比斯汽车零部件有限公司' AND c.name = '杨帆');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '重庆长安汽车股份有限公司'), '徐强', '规划部 副总经理', '023-0000-0601',
       'xu.qiang@example.com', NULL, TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '重庆长安汽车股份有限公司' AND c.name = '徐强');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '重庆长安汽车股份有限公司'), '何静', '规划部 主管', '023-0000-0602',
       'he.jing@example.com', 'hejing_ca', FALSE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '重庆长安汽车股份有限公司' AND c.name = '何静');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '延锋海纳川汽车饰件系统有限公司'), '郑浩', '沧州工厂 厂长', '0317-000-0701',
       'zheng.hao@example.com', NULL, TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '延锋海纳川汽车饰件系统有限公司' AND c.name = '郑浩');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '双良节能系统股份有限公司'), '钱伟', '投资管理部 经理', '0510-0000-0801',
       'qian.wei@example.com', 'qianwei_sl', TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '双良节能系统股份有限公司' AND c.name = '钱伟');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '天壕环境股份有限公司'), '孙悦', '战略投资部 总监', '010-0000-0901',
       'sun.yue@example.com', NULL, TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '天壕环境股份有限公司' AND c.name = '孙悦');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '中国石油天然气集团有限公司'), '高志远', '装备制造事业部 处长', '010-0000-1001',
       'gao.zhiyuan@example.com', NULL, TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '中国石油天然气集团有限公司' AND c.name = '高志远');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '中国石油化工集团有限公司'), '林涛', '物资装备部 副处长', '010-0000-1101',
       'lin.tao@example.com', NULL, TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '中国石油化工集团有限公司' AND c.name = '林涛');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '隆泰迪管道科技有限公司'), '罗建', '董事长', '0317-000-1201',
       'luo.jian@example.com', 'luojian_ltd', TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '隆泰迪管道科技有限公司' AND c.name = '罗建');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '中都格罗唯视（沧州）物流有限公司'), '韩冰', '运营总监', '0317-000-1301',
       'han.bing@example.com', NULL, TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '中都格罗唯视（沧州）物流有限公司' AND c.name = '韩冰');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '沧州汇泉环保科技有限公司'), '曹敏', '总经理', '0317-000-1401',
       'cao.min@example.com', 'caomin_hq', TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '沧州汇泉环保科技有限公司' AND c.name = '曹敏');
INSERT INTO contact (investor_id, name, title, phone, email, wechat, is_primary)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '沧州云天环保科技有限公司'), '邓刚', '总经理', '0317-000-1501',
       'deng.gang@example.com', NULL, TRUE
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM contact c JOIN investor i ON i.id = c.investor_id WHERE i.name_zh = '沧州云天环保科技有限公司' AND c.name = '邓刚');

-- ===========================================================================================
-- Projects, collaborators and the stage history of each project
-- ===========================================================================================
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2016-001', '北京现代第一工厂产能转移项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '北京现代汽车有限公司'),
       (SELECT id FROM industry WHERE code = 'VEHICLE_OEM'), 'NEGOTIATION', NULL, '2017-04-18 10:00:00', NULL,
       670000.00, 48000.00, 560000.00, 3000.00, 900000.00, NULL, NULL, 3000000.00, 150000.00, 5000, 60000.00, 120.000,
       12.000, 30.000, 90.000, 80000.00, 6000.00, 40000.00, '30万辆/年', '2027-06-30',
       (SELECT id FROM app_user WHERE username = 'staff'), 'TENANT_REFERRAL',
       '北京现代第一工厂产能整体转移至沧州。预计总投资约67亿元，占地3000亩，年产整车30万辆；独立选址，不在四个园区内。', '2016-03-15 10:00:00', '2017-04-18 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2016-001');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2016-002', '北汽新能源汽车生产项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '北京新能源汽车股份有限公司'),
       (SELECT id FROM industry WHERE code = 'NEV'), 'NEGOTIATION', NULL, '2017-08-22 10:00:00', NULL, 500000.00, NULL,
       420000.00, 2000.00, 650000.00, NULL, NULL, 2400000.00, 100000.00, 4000, 35000.00, NULL, NULL, NULL, NULL,
       60000.00, 4000.00, 25000.00, '30万辆/年', '2027-03-31', (SELECT id FROM app_user WHERE username = 'staff'),
       'ALL_STAFF', '北汽新能源新能源汽车生产项目，预计总投资50亿元，占地2000亩，年产整车30万辆。', '2016-04-08 10:00:00', '2018-01-26 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2016-002');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2016-003', '长安汽车新能源汽车生产基地', 'Project 北辰', TRUE,
       (SELECT MIN(id) FROM investor WHERE name_zh = '重庆长安汽车股份有限公司'), (SELECT id FROM industry WHERE code = 'NEV'),
       'SITE_VISIT', NULL, '2025-09-18 10:00:00', NULL, 600000.00, NULL, 500000.00, 2500.00, NULL, NULL, NULL,
       2700000.00, NULL, 4500, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '30万辆/年', '2027-12-31',
       (SELECT id FROM app_user WHERE username = 'staff2'), 'ALL_STAFF',
       '长安汽车新能源汽车生产基地，预计总投资60亿元，占地2500亩，年产整车30万辆。商业敏感，使用项目代号。', '2016-04-20 10:00:00', '2025-09-18 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2016-003');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2016-004', '延锋海纳川汽车饰件项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '延锋海纳川汽车饰件系统有限公司'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'PRODUCTION', NULL, '2019-09-26 10:00:00', NULL, 75000.00,
       NULL, 60000.00, 160.00, 96000.00, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       250000.00, 12000.00, 800, 6000.00, 3.200, 0.300, 0.800, 2.500, 8000.00, 300.00, 2000.00, '年配套整车30万辆（内饰件）',
       '2017-06-30', (SELECT id FROM app_user WHERE username = 'staff'), 'TENANT_REFERRAL',
       '隶属上汽集团体系的延锋海纳川项目，预计总投资7.5亿元，占地160亩，达产后年产值25亿元。', '2016-03-20 10:00:00', '2019-09-26 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2016-004');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2017-001', '双良节能余热利用装备制造项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '双良节能系统股份有限公司'),
       (SELECT id FROM industry WHERE code = 'WASTE_HEAT'), 'SIGNED', NULL, '2026-06-26 10:00:00', NULL, 30000.00,
       NULL, 24000.00, 80.00, 42000.00, (SELECT id FROM park WHERE code = 'SME'), NULL, 60000.00, 3000.00, 300,
       1800.00, 0.800, 0.080, 0.200, 0.600, 4000.00, 150.00, 800.00, '余热回收及溴化锂机组2000台套/年', '2026-06-30',
       (SELECT id FROM app_user WHERE username = 'staff2'), 'EXHIBITION', '双良节能落户开发区的余热利用与节能装备制造项目（规划第12节）。',
       '2017-02-14 10:00:00', '2026-06-26 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2017-001');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2017-002', '天壕环境余热发电节能服务项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '天壕环境股份有限公司'),
       (SELECT id FROM industry WHERE code = 'WASTE_HEAT'), 'ON_HOLD', 'NEGOTIATION', '2020-02-20 10:00:00', NULL,
       20000.00, NULL, NULL, 40.00, NULL, (SELECT id FROM park WHERE code = 'SME'), NULL, 18000.00, 900.00, 80, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, '余热电站总装机30MW', '2027-06-30',
       (SELECT id FROM app_user WHERE username = 'staff2'), 'AGENCY', '天壕环境余热发电及合同能源管理项目（规划第12节）。',
       '2017-03-01 10:00:00', '2020-02-20 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2017-002');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2017-003', '中石油高端油气管道制造项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '中国石油天然气集团有限公司'),
       (SELECT id FROM industry WHERE code = 'PIPES_FITTINGS'), 'CONTACTED', NULL, '2025-06-18 10:00:00', NULL,
       80000.00, NULL, 65000.00, 120.00, NULL, (SELECT id FROM park WHERE code = 'PIPELINE'), NULL, 150000.00, 6000.00,
       500, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '高钢级油气输送管20万吨/年', '2027-09-30',
       (SELECT id FROM app_user WHERE username = 'staff2'), 'ALL_STAFF', '中石油油气输送用高端管道及管件制造项目（规划第13节）。',
       '2017-04-06 10:00:00', '2025-06-18 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2017-003');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2017-004', '中石化石化管道及压力容器项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '中国石油化工集团有限公司'),
       (SELECT id FROM industry WHERE code = 'PRESSURE_VESSELS'), 'LOST', NULL, '2019-12-10 10:00:00',
       '集团调整装备制造布局，项目落户其他省份', 60000.00, NULL, NULL, 100.00, NULL, (SELECT id FROM park WHERE code = 'PIPELINE'), NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       (SELECT id FROM app_user WHERE username = 'staff2'), 'ALL_STAFF', '中石化石化管道、压力容器制造项目（规划第13节）。',
       '2017-04-06 10:00:00', '2019-12-10 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2017-004');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2016-005', '沧州现代摩比斯汽车零部件扩产项目', NULL, FALSE,
       (SELECT MIN(id) FROM investor WHERE name_zh = '沧州现代摩比斯汽车零部件有限公司'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'AT_CAPACITY', NULL, '2020-06-30 10:00:00', NULL, 60000.00,
       8700.00, 48000.00, 120.00, 72000.00, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       300000.00, 15000.00, 900, 5000.00, NULL, NULL, NULL, NULL, 10000.00, 250.00, 1500.00, '配套整车30万辆/年（底盘、驾驶舱、前端模块）',
       '2016-11-30', (SELECT id FROM app_user WHERE username = 'staff'), 'TENANT_REFERRAL',
       '现代摩比斯为北京现代沧州工厂配套的模块化零部件项目。', '2016-06-01 10:00:00', '2020-06-30 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2016-005');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2016-006', '北汽岱摩斯座椅及变速器项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '北汽岱摩斯（沧州）汽车系统有限公司'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'AT_CAPACITY', NULL, '2020-12-15 10:00:00', NULL, 50000.00,
       NULL, 40000.00, 100.00, NULL, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       200000.00, 8000.00, 700, 3500.00, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '座椅30万套/年、变速器20万台/年', NULL,
       (SELECT id FROM app_user WHERE username = 'staff'), 'TENANT_REFERRAL', '北京现代配套的座椅与变速器项目。',
       '2016-07-01 10:00:00', '2020-12-15 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2016-006');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2016-007', '北汽韩一汽车内饰件项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '北汽韩一（沧州）汽车饰件有限公司'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'AT_CAPACITY', NULL, '2020-10-20 10:00:00', NULL, 30000.00,
       NULL, 24000.00, 80.00, NULL, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       120000.00, 4500.00, 450, 2200.00, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '门板、仪表板等内饰件配套整车30万辆/年', NULL,
       (SELECT id FROM app_user WHERE username = 'staff'), 'TENANT_REFERRAL', '北京现代配套的内饰件项目。', '2016-07-15 10:00:00',
       '2020-10-20 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2016-007');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2018-001', '隆泰迪管道科技研发及成果转化基地', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '隆泰迪管道科技有限公司'),
       (SELECT id FROM industry WHERE code = 'PIPES_FITTINGS'), 'CONSTRUCTION', NULL, '2025-09-01 10:00:00', NULL,
       45000.00, NULL, 38000.00, 150.00, 85000.00, (SELECT id FROM park WHERE code = 'PIPELINE'), NULL, 80000.00,
       4000.00, 400, 2600.00, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '管道科技研发基地、创客工厂、研发试验中心', NULL,
       (SELECT id FROM app_user WHERE username = 'staff2'), 'ALL_STAFF', '高端管道装备产业园一期：研发基地、成果转化基地（创客工厂）和研发试验中心。',
       '2018-03-05 10:00:00', '2025-09-01 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2018-001');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2026-001', '中都格罗唯视零部件集中仓储物流中心', NULL, FALSE,
       (SELECT MIN(id) FROM investor WHERE name_zh = '中都格罗唯视（沧州）物流有限公司'),
       (SELECT id FROM industry WHERE code = 'LOGISTICS'), 'LEAD', NULL, '2026-09-15 10:00:00', NULL, 15000.00, NULL,
       NULL, 80.00, NULL, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'SUPPORT'),
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-06-30',
       (SELECT id FROM app_user WHERE username = 'staff'), 'TENANT_REFERRAL', '为汽车零部件产业园企业提供集中仓储和发运服务的物流中心。',
       '2026-09-15 10:00:00', '2026-09-15 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2026-001');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2026-002', '汇泉环保水处理装备研发中心', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '沧州汇泉环保科技有限公司'),
       (SELECT id FROM industry WHERE code = 'WATER_TREATMENT'), 'LEAD', NULL, '2026-10-28 10:00:00', NULL, 8000.00,
       NULL, NULL, 30.00, NULL, (SELECT id FROM park WHERE code = 'SME'), NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, (SELECT id FROM app_user WHERE username = 'staff2'), 'ALL_STAFF',
       '高浓度有机废水处理装备研发中心。', '2026-10-28 10:00:00', '2026-10-28 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2026-002');
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2021-001', '云天环保脱硫脱硝设备扩产项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '沧州云天环保科技有限公司'),
       (SELECT id FROM industry WHERE code = 'DESULF_DENITRATION'), 'LAND_SUPPLIED', NULL, '2023-03-15 10:00:00', NULL,
       12000.00, NULL, 9500.00, 40.00, NULL, (SELECT id FROM park WHERE code = 'SME'), NULL, 20000.00, 800.00, 120,
       900.00, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '脱硫脱硝成套设备300台套/年', NULL,
       (SELECT id FROM app_user WHERE username = 'staff2'), 'ALL_STAFF', '已供地但逾期未开工，地块已认定闲置（见 SME-05）。',
       '2021-03-02 10:00:00', '2023-03-15 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2021-001');

INSERT INTO project_collaborator (project_id, user_id)
SELECT p.id, u.id FROM project p, app_user u
WHERE p.code = 'ZS-2016-001' AND u.username = 'staff2'
  AND NOT EXISTS (SELECT 1 FROM project_collaborator c WHERE c.project_id = p.id AND c.user_id = u.id);
INSERT INTO project_collaborator (project_id, user_id)
SELECT p.id, u.id FROM project p, app_user u
WHERE p.code = 'ZS-2016-003' AND u.username = 'director'
  AND NOT EXISTS (SELECT 1 FROM project_collaborator c WHERE c.project_id = p.id AND c.user_id = u.id);
INSERT INTO project_collaborator (project_id, user_id)
SELECT p.id, u.id FROM project p, app_user u
WHERE p.code = 'ZS-2016-003' AND u.username = 'staff'
  AND NOT EXISTS (SELECT 1 FROM project_collaborator c WHERE c.project_id = p.id AND c.user_id = u.id);

-- ZS-2016-001 北京现代第一工厂产能转移项目: LEAD -> CONTACTED -> SITE_VISIT -> NEGOTIATION
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff'), '2016-03-15 10:00:00', '"十三五"规划列为招商引资首要工作' FROM project p
WHERE p.code = 'ZS-2016-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2016-03-15 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff'), '2016-05-20 10:00:00', '与北京现代生产规划室首次对接' FROM project p
WHERE p.code = 'ZS-2016-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2016-05-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff'), '2016-09-12 10:00:00', '北京现代考察团考察第四工厂周边用地' FROM project p
WHERE p.code = 'ZS-2016-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2016-09-12 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff'), '2017-04-18 10:00:00', '进入产能转移方案商谈' FROM project p
WHERE p.code = 'ZS-2016-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2017-04-18 10:00:00');
-- ZS-2016-002 北汽新能源汽车生产项目: LEAD -> CONTACTED -> SITE_VISIT -> NEGOTIATION (在谈: the user guide walks it on to 框架协议 and 合同签约)
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff'), '2016-04-08 10:00:00', '规划列为新能源汽车重要目标' FROM project p
WHERE p.code = 'ZS-2016-002' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2016-04-08 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff'), '2016-06-16 10:00:00', '拜访北汽新能源投资发展部' FROM project p
WHERE p.code = 'ZS-2016-002' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2016-06-16 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff'), '2016-11-03 10:00:00', '企业考察开发区' FROM project p
WHERE p.code = 'ZS-2016-002' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2016-11-03 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff'), '2017-08-22 10:00:00', '商谈产能与用地方案' FROM project p
WHERE p.code = 'ZS-2016-002' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2017-08-22 10:00:00');
-- ZS-2016-003 长安汽车新能源汽车生产基地: LEAD -> CONTACTED -> SITE_VISIT
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2016-04-20 10:00:00', '规划列为新能源汽车重要目标' FROM project p
WHERE p.code = 'ZS-2016-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2016-04-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff2'), '2023-11-07 10:00:00', '重新建立联系，企业有华北布局意向' FROM project p
WHERE p.code = 'ZS-2016-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2023-11-07 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff2'), '2025-09-18 10:00:00', '长安汽车规划部一行实地考察' FROM project p
WHERE p.code = 'ZS-2016-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2025-09-18 10:00:00');
-- ZS-2016-004 延锋海纳川汽车饰件项目: LEAD -> CONTACTED -> SITE_VISIT -> NEGOTIATION -> AGREEMENT -> SIGNED -> LAND_SUPPLIED -> CONSTRUCTION -> PRODUCTION
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff'), '2016-03-20 10:00:00', '规划重点突破引进项目' FROM project p
WHERE p.code = 'ZS-2016-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2016-03-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff'), '2016-05-10 10:00:00', '经海纳川引荐对接' FROM project p
WHERE p.code = 'ZS-2016-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2016-05-10 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff'), '2016-07-14 10:00:00', '企业考察产业园' FROM project p
WHERE p.code = 'ZS-2016-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2016-07-14 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff'), '2016-10-25 10:00:00', '商谈用地与配套条件' FROM project p
WHERE p.code = 'ZS-2016-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2016-10-25 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'NEGOTIATION', 'AGREEMENT', (SELECT id FROM app_user WHERE username = 'staff'), '2017-03-08 10:00:00', '签署框架协议' FROM project p
WHERE p.code = 'ZS-2016-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AGREEMENT' AND s.changed_at = '2017-03-08 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'AGREEMENT', 'SIGNED', (SELECT id FROM app_user WHERE username = 'director'), '2017-06-28 10:00:00', '签订投资合同' FROM project p
WHERE p.code = 'ZS-2016-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SIGNED' AND s.changed_at = '2017-06-28 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SIGNED', 'LAND_SUPPLIED', (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-11-15 10:00:00', '供地：AP-P-04' FROM project p
WHERE p.code = 'ZS-2016-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LAND_SUPPLIED' AND s.changed_at = '2017-11-15 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LAND_SUPPLIED', 'CONSTRUCTION', (SELECT id FROM app_user WHERE username = 'op_auto'), '2018-04-02 10:00:00', '开工建设' FROM project p
WHERE p.code = 'ZS-2016-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONSTRUCTION' AND s.changed_at = '2018-04-02 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONSTRUCTION', 'PRODUCTION', (SELECT id FROM app_user WHERE username = 'op_auto'), '2019-09-26 10:00:00', '一期投产' FROM project p
WHERE p.code = 'ZS-2016-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'PRODUCTION' AND s.changed_at = '2019-09-26 10:00:00');
-- ZS-2017-001 双良节能余热利用装备制造项目: LEAD -> CONTACTED -> SITE_VISIT -> NEGOTIATION -> AGREEMENT -> SIGNED
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2017-02-14 10:00:00', '节能环保展会上结识' FROM project p
WHERE p.code = 'ZS-2017-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2017-02-14 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff2'), '2017-05-09 10:00:00', '拜访企业投资管理部' FROM project p
WHERE p.code = 'ZS-2017-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2017-05-09 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff2'), '2023-04-12 10:00:00', '企业考察中小科技企业创业园' FROM project p
WHERE p.code = 'ZS-2017-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2023-04-12 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff2'), '2024-08-20 10:00:00', '商谈投资规模与用地' FROM project p
WHERE p.code = 'ZS-2017-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2024-08-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'NEGOTIATION', 'AGREEMENT', (SELECT id FROM app_user WHERE username = 'staff2'), '2025-11-18 10:00:00', '签署框架协议' FROM project p
WHERE p.code = 'ZS-2017-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AGREEMENT' AND s.changed_at = '2025-11-18 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'AGREEMENT', 'SIGNED', (SELECT id FROM app_user WHERE username = 'director'), '2026-06-26 10:00:00', '签订投资合同' FROM project p
WHERE p.code = 'ZS-2017-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SIGNED' AND s.changed_at = '2026-06-26 10:00:00');
-- ZS-2017-002 天壕环境余热发电节能服务项目: LEAD -> CONTACTED -> SITE_VISIT -> NEGOTIATION -> ON_HOLD
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2017-03-01 10:00:00', '经中介机构推荐' FROM project p
WHERE p.code = 'ZS-2017-002' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2017-03-01 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff2'), '2017-06-12 10:00:00', '首次会谈' FROM project p
WHERE p.code = 'ZS-2017-002' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2017-06-12 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff2'), '2018-05-22 10:00:00', '企业考察' FROM project p
WHERE p.code = 'ZS-2017-002' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2018-05-22 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff2'), '2019-03-15 10:00:00', '商谈合同能源管理模式' FROM project p
WHERE p.code = 'ZS-2017-002' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2019-03-15 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'NEGOTIATION', 'ON_HOLD', (SELECT id FROM app_user WHERE username = 'staff2'), '2020-02-20 10:00:00', '企业调整投资计划，项目暂缓' FROM project p
WHERE p.code = 'ZS-2017-002' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'ON_HOLD' AND s.changed_at = '2020-02-20 10:00:00');
-- ZS-2017-003 中石油高端油气管道制造项目: LEAD -> CONTACTED
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2017-04-06 10:00:00', '依托管道产业园引进中石油高端管道项目' FROM project p
WHERE p.code = 'ZS-2017-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2017-04-06 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff2'), '2025-06-18 10:00:00', '拜访装备制造事业部' FROM project p
WHERE p.code = 'ZS-2017-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2025-06-18 10:00:00');
-- ZS-2017-004 中石化石化管道及压力容器项目: LEAD -> CONTACTED -> SITE_VISIT -> LOST
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2017-04-06 10:00:00', '依托管道产业园引进中石化高端管道项目' FROM project p
WHERE p.code = 'ZS-2017-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2017-04-06 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff2'), '2017-09-12 10:00:00', '首次会谈' FROM project p
WHERE p.code = 'ZS-2017-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2017-09-12 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff2'), '2018-06-05 10:00:00', '企业考察' FROM project p
WHERE p.code = 'ZS-2017-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2018-06-05 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'LOST', (SELECT id FROM app_user WHERE username = 'staff2'), '2019-12-10 10:00:00', '集团调整装备制造布局，项目落户其他省份' FROM project p
WHERE p.code = 'ZS-2017-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LOST' AND s.changed_at = '2019-12-10 10:00:00');
-- ZS-2016-005 沧州现代摩比斯汽车零部件扩产项目: LEAD -> CONTACTED -> SITE_VISIT -> NEGOTIATION -> AGREEMENT -> SIGNED -> LAND_SUPPLIED -> CONSTRUCTION -> PRODUCTION -> AT_CAPACITY
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff'), '2016-06-01 10:00:00', '围绕第四工厂引进配套' FROM project p
WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2016-06-01 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff'), '2016-06-20 10:00:00', '对接现代摩比斯中国事业部' FROM project p
WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2016-06-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff'), '2016-07-05 10:00:00', '考察产业园' FROM project p
WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2016-07-05 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff'), '2016-08-10 10:00:00', '商谈' FROM project p
WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2016-08-10 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'NEGOTIATION', 'AGREEMENT', (SELECT id FROM app_user WHERE username = 'staff'), '2016-09-20 10:00:00', '签署框架协议' FROM project p
WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AGREEMENT' AND s.changed_at = '2016-09-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'AGREEMENT', 'SIGNED', (SELECT id FROM app_user WHERE username = 'director'), '2016-11-08 10:00:00', '签订投资合同' FROM project p
WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SIGNED' AND s.changed_at = '2016-11-08 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SIGNED', 'LAND_SUPPLIED', (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-01-16 10:00:00', '供地：AP-P-01' FROM project p
WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LAND_SUPPLIED' AND s.changed_at = '2017-01-16 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LAND_SUPPLIED', 'CONSTRUCTION', (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-03-20 10:00:00', '开工' FROM project p
WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONSTRUCTION' AND s.changed_at = '2017-03-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONSTRUCTION', 'PRODUCTION', (SELECT id FROM app_user WHERE username = 'op_auto'), '2018-06-28 10:00:00', '投产' FROM project p
WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'PRODUCTION' AND s.changed_at = '2018-06-28 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'PRODUCTION', 'AT_CAPACITY', (SELECT id FROM app_user WHERE username = 'op_auto'), '2020-06-30 10:00:00', '达产' FROM project p
WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AT_CAPACITY' AND s.changed_at = '2020-06-30 10:00:00');
-- ZS-2016-006 北汽岱摩斯座椅及变速器项目: LEAD -> CONTACTED -> SITE_VISIT -> NEGOTIATION -> AGREEMENT -> SIGNED -> LAND_SUPPLIED -> CONSTRUCTION -> PRODUCTION -> AT_CAPACITY
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff'), '2016-07-01 10:00:00', '围绕第四工厂引进配套' FROM project p
WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2016-07-01 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff'), '2016-07-12 10:00:00', '对接' FROM project p
WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2016-07-12 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff'), '2016-07-28 10:00:00', '考察' FROM project p
WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2016-07-28 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff'), '2016-09-05 10:00:00', '商谈' FROM project p
WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2016-09-05 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'NEGOTIATION', 'AGREEMENT', (SELECT id FROM app_user WHERE username = 'staff'), '2016-10-18 10:00:00', '签署框架协议' FROM project p
WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AGREEMENT' AND s.changed_at = '2016-10-18 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'AGREEMENT', 'SIGNED', (SELECT id FROM app_user WHERE username = 'director'), '2016-12-20 10:00:00', '签订投资合同' FROM project p
WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SIGNED' AND s.changed_at = '2016-12-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SIGNED', 'LAND_SUPPLIED', (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-03-01 10:00:00', '供地：AP-P-02' FROM project p
WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LAND_SUPPLIED' AND s.changed_at = '2017-03-01 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LAND_SUPPLIED', 'CONSTRUCTION', (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-05-08 10:00:00', '开工' FROM project p
WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONSTRUCTION' AND s.changed_at = '2017-05-08 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONSTRUCTION', 'PRODUCTION', (SELECT id FROM app_user WHERE username = 'op_auto'), '2018-08-16 10:00:00', '投产' FROM project p
WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'PRODUCTION' AND s.changed_at = '2018-08-16 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'PRODUCTION', 'AT_CAPACITY', (SELECT id FROM app_user WHERE username = 'op_auto'), '2020-12-15 10:00:00', '达产' FROM project p
WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AT_CAPACITY' AND s.changed_at = '2020-12-15 10:00:00');
-- ZS-2016-007 北汽韩一汽车内饰件项目: LEAD -> CONTACTED -> SITE_VISIT -> NEGOTIATION -> AGREEMENT -> SIGNED -> LAND_SUPPLIED -> CONSTRUCTION -> PRODUCTION -> AT_CAPACITY
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff'), '2016-07-15 10:00:00', '围绕第四工厂引进配套' FROM project p
WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2016-07-15 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff'), '2016-07-25 10:00:00', '对接' FROM project p
WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2016-07-25 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff'), '2016-08-09 10:00:00', '考察' FROM project p
WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2016-08-09 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff'), '2016-09-14 10:00:00', '商谈' FROM project p
WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2016-09-14 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'NEGOTIATION', 'AGREEMENT', (SELECT id FROM app_user WHERE username = 'staff'), '2016-10-26 10:00:00', '签署框架协议' FROM project p
WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AGREEMENT' AND s.changed_at = '2016-10-26 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'AGREEMENT', 'SIGNED', (SELECT id FROM app_user WHERE username = 'director'), '2016-12-28 10:00:00', '签订投资合同' FROM project p
WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SIGNED' AND s.changed_at = '2016-12-28 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SIGNED', 'LAND_SUPPLIED', (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-03-10 10:00:00', '供地：AP-P-03' FROM project p
WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LAND_SUPPLIED' AND s.changed_at = '2017-03-10 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LAND_SUPPLIED', 'CONSTRUCTION', (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-05-15 10:00:00', '开工' FROM project p
WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONSTRUCTION' AND s.changed_at = '2017-05-15 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONSTRUCTION', 'PRODUCTION', (SELECT id FROM app_user WHERE username = 'op_auto'), '2018-07-20 10:00:00', '投产' FROM project p
WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'PRODUCTION' AND s.changed_at = '2018-07-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'PRODUCTION', 'AT_CAPACITY', (SELECT id FROM app_user WHERE username = 'op_auto'), '2020-10-20 10:00:00', '达产' FROM project p
WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AT_CAPACITY' AND s.changed_at = '2020-10-20 10:00:00');
-- ZS-2018-001 隆泰迪管道科技研发及成果转化基地: LEAD -> CONTACTED -> SITE_VISIT -> NEGOTIATION -> AGREEMENT -> SIGNED -> LAND_SUPPLIED -> CONSTRUCTION
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2018-03-05 10:00:00', '高端管道装备产业园依托项目' FROM project p
WHERE p.code = 'ZS-2018-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2018-03-05 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff2'), '2018-04-16 10:00:00', '对接' FROM project p
WHERE p.code = 'ZS-2018-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2018-04-16 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff2'), '2018-06-20 10:00:00', '考察' FROM project p
WHERE p.code = 'ZS-2018-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2018-06-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff2'), '2022-05-10 10:00:00', '商谈建设方案' FROM project p
WHERE p.code = 'ZS-2018-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2022-05-10 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'NEGOTIATION', 'AGREEMENT', (SELECT id FROM app_user WHERE username = 'staff2'), '2024-03-28 10:00:00', '签署框架协议' FROM project p
WHERE p.code = 'ZS-2018-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AGREEMENT' AND s.changed_at = '2024-03-28 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'AGREEMENT', 'SIGNED', (SELECT id FROM app_user WHERE username = 'director'), '2024-12-18 10:00:00', '签订投资合同' FROM project p
WHERE p.code = 'ZS-2018-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SIGNED' AND s.changed_at = '2024-12-18 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SIGNED', 'LAND_SUPPLIED', (SELECT id FROM app_user WHERE username = 'op_pipeline'), '2025-04-10 10:00:00', '供地：PL-01' FROM project p
WHERE p.code = 'ZS-2018-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LAND_SUPPLIED' AND s.changed_at = '2025-04-10 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LAND_SUPPLIED', 'CONSTRUCTION', (SELECT id FROM app_user WHERE username = 'op_pipeline'), '2025-09-01 10:00:00', '开工建设' FROM project p
WHERE p.code = 'ZS-2018-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONSTRUCTION' AND s.changed_at = '2025-09-01 10:00:00');
-- ZS-2026-001 中都格罗唯视零部件集中仓储物流中心: LEAD
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff'), '2026-09-15 10:00:00', '以商招商：企业提出在综合配套区建设物流中心' FROM project p
WHERE p.code = 'ZS-2026-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2026-09-15 10:00:00');
-- ZS-2026-002 汇泉环保水处理装备研发中心: LEAD
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-10-28 10:00:00', '企业有意建设研发中心' FROM project p
WHERE p.code = 'ZS-2026-002' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2026-10-28 10:00:00');
-- ZS-2021-001 云天环保脱硫脱硝设备扩产项目: LEAD -> CONTACTED -> SITE_VISIT -> NEGOTIATION -> AGREEMENT -> SIGNED -> LAND_SUPPLIED
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2021-03-02 10:00:00', '区内企业扩产意向' FROM project p
WHERE p.code = 'ZS-2021-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2021-03-02 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff2'), '2021-03-20 10:00:00', '对接' FROM project p
WHERE p.code = 'ZS-2021-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2021-03-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff2'), '2021-05-11 10:00:00', '考察地块' FROM project p
WHERE p.code = 'ZS-2021-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2021-05-11 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff2'), '2021-08-16 10:00:00', '商谈' FROM project p
WHERE p.code = 'ZS-2021-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2021-08-16 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'NEGOTIATION', 'AGREEMENT', (SELECT id FROM app_user WHERE username = 'staff2'), '2022-01-12 10:00:00', '签署框架协议' FROM project p
WHERE p.code = 'ZS-2021-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AGREEMENT' AND s.changed_at = '2022-01-12 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'AGREEMENT', 'SIGNED', (SELECT id FROM app_user WHERE username = 'director'), '2022-06-30 10:00:00', '签订投资合同，约定2023年9月30日前开工' FROM project p
WHERE p.code = 'ZS-2021-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SIGNED' AND s.changed_at = '2022-06-30 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SIGNED', 'LAND_SUPPLIED', (SELECT id FROM app_user WHERE username = 'op_sme'), '2023-03-15 10:00:00', '供地：SME-05' FROM project p
WHERE p.code = 'ZS-2021-001' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LAND_SUPPLIED' AND s.changed_at = '2023-03-15 10:00:00');

-- ===========================================================================================
-- Land requests (one per project that needs land)
-- ===========================================================================================
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2016-001'), 3000.00, NULL, NULL, 'INDUSTRIAL', 80000.00, 6000.00,
       40000.00, '独立选址（超出园区规模）', '2016-03-15 11:00:00', '2016-03-15 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-001');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2016-002'), 2000.00, NULL, NULL, 'INDUSTRIAL', 60000.00, 4000.00,
       25000.00, '独立选址（超出园区规模）', '2016-04-08 11:00:00', '2016-04-08 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-002');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2016-003'), 2500.00, NULL, NULL, 'INDUSTRIAL', NULL, NULL, NULL,
       '独立选址（超出园区规模）', '2016-04-20 11:00:00', '2016-04-20 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-003');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2016-004'), 160.00, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'INDUSTRIAL', 8000.00, 300.00, 2000.00, NULL, '2016-03-20 11:00:00', '2016-03-20 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-004');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2017-001'), 80.00, (SELECT id FROM park WHERE code = 'SME'), NULL,
       'INDUSTRIAL', 4000.00, 150.00, 800.00, NULL, '2017-02-14 11:00:00', '2017-02-14 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2017-001');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2017-002'), 40.00, (SELECT id FROM park WHERE code = 'SME'), NULL,
       'INDUSTRIAL', NULL, NULL, NULL, NULL, '2017-03-01 11:00:00', '2017-03-01 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2017-002');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2017-003'), 120.00, (SELECT id FROM park WHERE code = 'PIPELINE'),
       NULL, 'INDUSTRIAL', NULL, NULL, NULL, NULL, '2017-04-06 11:00:00', '2017-04-06 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2017-003');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2016-005'), 120.00, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'INDUSTRIAL', 10000.00, 250.00, 1500.00, NULL, '2016-06-01 11:00:00', '2016-06-01 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-005');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2016-006'), 100.00, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'INDUSTRIAL', NULL, NULL, NULL, NULL, '2016-07-01 11:00:00', '2016-07-01 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-006');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2016-007'), 80.00, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'INDUSTRIAL', NULL, NULL, NULL, NULL, '2016-07-15 11:00:00', '2016-07-15 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-007');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2018-001'), 150.00, (SELECT id FROM park WHERE code = 'PIPELINE'),
       NULL, 'INDUSTRIAL', NULL, NULL, NULL, NULL, '2018-03-05 11:00:00', '2018-03-05 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2018-001');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2026-001'), 80.00, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'SUPPORT'),
       'INDUSTRIAL', NULL, NULL, NULL, NULL, '2026-09-15 11:00:00', '2026-09-15 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2026-001');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2026-002'), 30.00, (SELECT id FROM park WHERE code = 'SME'), NULL,
       'INDUSTRIAL', NULL, NULL, NULL, NULL, '2026-10-28 11:00:00', '2026-10-28 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2026-002');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2021-001'), 40.00, (SELECT id FROM park WHERE code = 'SME'), NULL,
       'INDUSTRIAL', NULL, NULL, NULL, NULL, '2021-03-02 11:00:00', '2021-03-02 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2021-001');

-- ===========================================================================================
-- Plots (地块). Per park the areas sum to the planned area (AUTO_PARTS per zone: 1500/300/220 亩),
-- and plan_x/y/w/h tile the park's 1000 x 1000 plan grid without overlap.
-- ===========================================================================================
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-01', 120.00, 'INDUSTRIAL', 'ALLOCATED', 7200.00, 360.00, 1800.00, 0, 0, 338, 176, 2880.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-01');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-02', 100.00, 'INDUSTRIAL', 'ALLOCATED', 6000.00, 300.00, 1500.00, 0, 176, 188, 264, 2400.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-02');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-03', 80.00, 'INDUSTRIAL', 'ALLOCATED', 4800.00, 240.00, 1200.00, 188, 176, 150, 264, 1920.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-03');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-04', 160.00, 'INDUSTRIAL', 'ALLOCATED', 9600.00, 480.00, 2400.00, 338, 0, 405, 196, 3840.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-04');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-05', 200.00, 'INDUSTRIAL', 'AVAILABLE', 12000.00, 600.00, 3000.00, 338, 196, 405, 244, 4800.00,
       '可整体出让或分割'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-05');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-06', 180.00, 'INDUSTRIAL', 'AVAILABLE', 10800.00, 540.00, 2700.00, 0, 440, 425, 210, 4320.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-06');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-07', 150.00, 'INDUSTRIAL', 'AVAILABLE', 9000.00, 450.00, 2250.00, 0, 650, 212, 350, 3600.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-07');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-08', 150.00, 'INDUSTRIAL', 'AVAILABLE', 9000.00, 450.00, 2250.00, 212, 650, 213, 350, 3600.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-08');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-09', 120.00, 'INDUSTRIAL', 'AVAILABLE', 7200.00, 360.00, 1800.00, 425, 440, 318, 187, 2880.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-09');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-10', 100.00, 'INDUSTRIAL', 'AVAILABLE', 6000.00, 300.00, 1500.00, 425, 627, 318, 155, 2400.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-10');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-11', 80.00, 'INDUSTRIAL', 'AVAILABLE', 4800.00, 240.00, 1200.00, 425, 782, 182, 218, 1920.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-11');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'AP-P-12', 60.00, 'INDUSTRIAL', 'AVAILABLE', 3600.00, 180.00, 900.00, 607, 782, 136, 218, 1440.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-P-12');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'AFTERMARKET'),
       'AP-A-01', 60.00, 'COMMERCIAL', 'AVAILABLE', 1800.00, 90.00, 300.00, 743, 0, 257, 116, 3600.00, '智能出行中心'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-A-01');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'AFTERMARKET'),
       'AP-A-02', 50.00, 'COMMERCIAL', 'AVAILABLE', 1500.00, 75.00, 250.00, 743, 116, 128, 192, 3000.00, '4S店集群'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-A-02');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'AFTERMARKET'),
       'AP-A-03', 50.00, 'COMMERCIAL', 'AVAILABLE', 1500.00, 75.00, 250.00, 871, 116, 129, 192, 3000.00, '二手车交易'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-A-03');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'AFTERMARKET'),
       'AP-A-04', 40.00, 'COMMERCIAL', 'AVAILABLE', 1200.00, 60.00, 200.00, 743, 308, 128, 154, 2400.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-A-04');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'AFTERMARKET'),
       'AP-A-05', 40.00, 'COMMERCIAL', 'AVAILABLE', 1200.00, 60.00, 200.00, 871, 308, 129, 154, 2400.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-A-05');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'AFTERMARKET'),
       'AP-A-06', 30.00, 'COMMERCIAL', 'AVAILABLE', 900.00, 45.00, 150.00, 743, 462, 128, 115, 1800.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-A-06');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'AFTERMARKET'),
       'AP-A-07', 30.00, 'COMMERCIAL', 'AVAILABLE', 900.00, 45.00, 150.00, 871, 462, 129, 115, 1800.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-A-07');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'SUPPORT'),
       'AP-S-01', 80.00, 'INDUSTRIAL', 'AVAILABLE', 4800.00, 240.00, 1200.00, 743, 577, 158, 250, 1920.00, '物流中心用地'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-S-01');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'SUPPORT'),
       'AP-S-02', 50.00, 'COMMERCIAL', 'AVAILABLE', 1500.00, 75.00, 250.00, 901, 577, 99, 250, 3000.00, '汽车大厦'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-S-02');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'SUPPORT'),
       'AP-S-03', 50.00, 'COMMERCIAL', 'AVAILABLE', 1500.00, 75.00, 250.00, 743, 827, 143, 173, 3000.00, '生活配套'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-S-03');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'SUPPORT'),
       'AP-S-04', 40.00, 'COMMERCIAL', 'AVAILABLE', 1200.00, 60.00, 200.00, 886, 827, 114, 173, 2400.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'AP-S-04');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'TSINGHUA'), NULL, 'TH-01', 80.00, 'RD', 'AVAILABLE', 3200.00, 120.00, 400.00,
       0, 0, 522, 381, 2400.00, '研发中心'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'TH-01');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'TSINGHUA'), NULL, 'TH-02', 70.00, 'RD', 'AVAILABLE', 2800.00, 105.00, 350.00,
       0, 381, 522, 333, 2100.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'TH-02');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'TSINGHUA'), NULL, 'TH-03', 60.00, 'RD', 'AVAILABLE', 2400.00, 90.00, 300.00,
       0, 714, 522, 286, 1800.00, '孵化加速器'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'TH-03');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'TSINGHUA'), NULL, 'TH-04', 60.00, 'RD', 'AVAILABLE', 2400.00, 90.00, 300.00,
       522, 0, 478, 311, 1800.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'TH-04');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'TSINGHUA'), NULL, 'TH-05', 50.00, 'RD', 'AVAILABLE', 2000.00, 75.00, 250.00,
       522, 311, 478, 260, 1500.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'TH-05');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'TSINGHUA'), NULL, 'TH-06', 42.60, 'COMMERCIAL', 'AVAILABLE', 1278.00, 63.90,
       213.00, 522, 571, 247, 429, 2556.00, '会展中心'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'TH-06');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'TSINGHUA'), NULL, 'TH-07', 40.00, 'RD', 'AVAILABLE', 1600.00, 60.00, 200.00,
       769, 571, 231, 429, 1200.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'TH-07');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'SME'), NULL, 'SME-01', 50.00, 'RD', 'AVAILABLE', 2000.00, 75.00, 250.00, 0,
       0, 382, 524, 1500.00, '科技创新大厦'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'SME-01');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'SME'), NULL, 'SME-02', 45.38, 'RD', 'AVAILABLE', 1815.00, 68.07, 226.90, 0,
       524, 382, 476, 1361.40, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'SME-02');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'SME'), NULL, 'SME-03', 80.00, 'INDUSTRIAL', 'RESERVED', 4800.00, 240.00,
       1200.00, 382, 0, 618, 519, 1920.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'SME-03');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'SME'), NULL, 'SME-04', 34.00, 'INDUSTRIAL', 'AVAILABLE', 2040.00, 102.00,
       510.00, 382, 519, 284, 481, 816.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'SME-04');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'SME'), NULL, 'SME-05', 40.00, 'INDUSTRIAL', 'IDLE', 2400.00, 120.00, 600.00,
       666, 519, 334, 481, 960.00, '2023-03供地，约定2023-09-30前开工，逾期一年未开工，2024-10认定闲置'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'SME-05');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'PIPELINE'), NULL, 'PL-01', 150.00, 'INDUSTRIAL', 'ALLOCATED', 9000.00,
       450.00, 2250.00, 0, 0, 541, 625, 3600.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'PL-01');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'PIPELINE'), NULL, 'PL-02', 90.00, 'INDUSTRIAL', 'AVAILABLE', 5400.00, 270.00,
       1350.00, 0, 625, 541, 375, 2160.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'PL-02');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'PIPELINE'), NULL, 'PL-03', 80.00, 'INDUSTRIAL', 'AVAILABLE', 4800.00, 240.00,
       1200.00, 541, 0, 459, 392, 1920.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'PL-03');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'PIPELINE'), NULL, 'PL-04', 64.00, 'INDUSTRIAL', 'AVAILABLE', 3840.00, 192.00,
       960.00, 541, 392, 459, 314, 1536.00, NULL
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'PL-04');
INSERT INTO plot (park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, gas_m3_per_day,
                  plan_x, plan_y, plan_w, plan_h, land_price, notes)
SELECT (SELECT id FROM park WHERE code = 'PIPELINE'), NULL, 'PL-05', 60.00, 'COMMERCIAL', 'AVAILABLE', 1800.00, 90.00,
       300.00, 541, 706, 459, 294, 3600.00, '专家公寓及商务配套'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM plot WHERE code = 'PL-05');

-- ===========================================================================================
-- Land allocations matching the plots' status (CONFIRMED = 已供地, RESERVED = 预留, RELEASED = history)
-- ===========================================================================================
-- The plot is looked up first (@plot): a statement that reads plot may not fire the triggers
-- that keep plot.held_mu (V020).
SET @plot = (SELECT id FROM plot WHERE code = 'AP-P-04');
INSERT INTO land_allocation (plot_id, project_id, land_request_id, area_mu, status, reserved_by, reserved_at,
                             expires_at, confirmed_by, confirmed_at, created_at, updated_at)
SELECT @plot, (SELECT id FROM project WHERE code = 'ZS-2016-004'),
       (SELECT MIN(r.id) FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-004'),
       160.00, 'CONFIRMED', (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-06-28 15:00:00', NULL,
       (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-11-15 15:00:00', '2017-06-28 15:00:00',
       '2017-11-15 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_allocation a JOIN project p ON p.id = a.project_id WHERE a.plot_id = @plot AND p.code = 'ZS-2016-004');
SET @plot = (SELECT id FROM plot WHERE code = 'SME-03');
INSERT INTO land_allocation (plot_id, project_id, land_request_id, area_mu, status, reserved_by, reserved_at,
                             expires_at, created_at, updated_at)
SELECT @plot, (SELECT id FROM project WHERE code = 'ZS-2017-001'),
       (SELECT MIN(r.id) FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2017-001'),
       80.00, 'RESERVED', (SELECT id FROM app_user WHERE username = 'op_sme'), '2026-10-20 15:00:00',
       DATE_ADD(CURRENT_TIMESTAMP(3), INTERVAL 60 DAY), '2026-10-20 15:00:00', '2026-10-20 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_allocation a JOIN project p ON p.id = a.project_id WHERE a.plot_id = @plot AND p.code = 'ZS-2017-001');
SET @plot = (SELECT id FROM plot WHERE code = 'SME-03');
INSERT INTO land_allocation (plot_id, project_id, land_request_id, area_mu, status, reserved_by, reserved_at,
                             expires_at, released_by, released_at, release_reason, release_kind, created_at,
                             updated_at)
SELECT @plot, (SELECT id FROM project WHERE code = 'ZS-2017-002'),
       (SELECT MIN(r.id) FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2017-002'),
       80.00, 'RELEASED', (SELECT id FROM app_user WHERE username = 'op_sme'), '2019-04-10 15:00:00',
       '2020-01-31 23:59:59', (SELECT id FROM app_user WHERE username = 'op_sme'), '2020-02-20 15:00:00',
       '项目暂缓，预留到期释放', 'MANUAL', '2019-04-10 15:00:00', '2020-02-20 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_allocation a JOIN project p ON p.id = a.project_id WHERE a.plot_id = @plot AND p.code = 'ZS-2017-002');
SET @plot = (SELECT id FROM plot WHERE code = 'AP-P-01');
INSERT INTO land_allocation (plot_id, project_id, land_request_id, area_mu, status, reserved_by, reserved_at,
                             expires_at, confirmed_by, confirmed_at, created_at, updated_at)
SELECT @plot, (SELECT id FROM project WHERE code = 'ZS-2016-005'),
       (SELECT MIN(r.id) FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-005'),
       120.00, 'CONFIRMED', (SELECT id FROM app_user WHERE username = 'op_auto'), '2016-11-08 15:00:00', NULL,
       (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-01-16 15:00:00', '2016-11-08 15:00:00',
       '2017-01-16 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_allocation a JOIN project p ON p.id = a.project_id WHERE a.plot_id = @plot AND p.code = 'ZS-2016-005');
SET @plot = (SELECT id FROM plot WHERE code = 'AP-P-02');
INSERT INTO land_allocation (plot_id, project_id, land_request_id, area_mu, status, reserved_by, reserved_at,
                             expires_at, confirmed_by, confirmed_at, created_at, updated_at)
SELECT @plot, (SELECT id FROM project WHERE code = 'ZS-2016-006'),
       (SELECT MIN(r.id) FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-006'),
       100.00, 'CONFIRMED', (SELECT id FROM app_user WHERE username = 'op_auto'), '2016-12-20 15:00:00', NULL,
       (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-03-01 15:00:00', '2016-12-20 15:00:00',
       '2017-03-01 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_allocation a JOIN project p ON p.id = a.project_id WHERE a.plot_id = @plot AND p.code = 'ZS-2016-006');
SET @plot = (SELECT id FROM plot WHERE code = 'AP-P-03');
INSERT INTO land_allocation (plot_id, project_id, land_request_id, area_mu, status, reserved_by, reserved_at,
                             expires_at, confirmed_by, confirmed_at, created_at, updated_at)
SELECT @plot, (SELECT id FROM project WHERE code = 'ZS-2016-007'),
       (SELECT MIN(r.id) FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2016-007'),
       80.00, 'CONFIRMED', (SELECT id FROM app_user WHERE username = 'op_auto'), '2016-12-28 15:00:00', NULL,
       (SELECT id FROM app_user WHERE username = 'op_auto'), '2017-03-10 15:00:00', '2016-12-28 15:00:00',
       '2017-03-10 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_allocation a JOIN project p ON p.id = a.project_id WHERE a.plot_id = @plot AND p.code = 'ZS-2016-007');
SET @plot = (SELECT id FROM plot WHERE code = 'PL-01');
INSERT INTO land_allocation (plot_id, project_id, land_request_id, area_mu, status, reserved_by, reserved_at,
                             expires_at, confirmed_by, confirmed_at, created_at, updated_at)
SELECT @plot, (SELECT id FROM project WHERE code = 'ZS-2018-001'),
       (SELECT MIN(r.id) FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2018-001'),
       150.00, 'CONFIRMED', (SELECT id FROM app_user WHERE username = 'op_pipeline'), '2024-12-18 15:00:00', NULL,
       (SELECT id FROM app_user WHERE username = 'op_pipeline'), '2025-04-10 15:00:00', '2024-12-18 15:00:00',
       '2025-04-10 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_allocation a JOIN project p ON p.id = a.project_id WHERE a.plot_id = @plot AND p.code = 'ZS-2018-001');
SET @plot = (SELECT id FROM plot WHERE code = 'SME-05');
INSERT INTO land_allocation (plot_id, project_id, land_request_id, area_mu, status, reserved_by, reserved_at,
                             expires_at, confirmed_by, confirmed_at, created_at, updated_at)
SELECT @plot, (SELECT id FROM project WHERE code = 'ZS-2021-001'),
       (SELECT MIN(r.id) FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2021-001'),
       40.00, 'CONFIRMED', (SELECT id FROM app_user WHERE username = 'op_sme'), '2022-06-30 15:00:00', NULL,
       (SELECT id FROM app_user WHERE username = 'op_sme'), '2023-03-15 15:00:00', '2022-06-30 15:00:00',
       '2023-03-15 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_allocation a JOIN project p ON p.id = a.project_id WHERE a.plot_id = @plot AND p.code = 'ZS-2021-001');

-- ===========================================================================================
-- Activities (visits, calls, inspections, meetings) and tasks; task due dates are relative to the
-- first load so that one task is overdue and the others are due soon.
-- ===========================================================================================
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北京现代汽车有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2016-001'), 'VISIT', '拜访北京现代总部，沟通第一工厂产能转移方案',
       '对方关注用地指标、配套零部件企业同步转移及员工安置。', '2026-03-12 14:00:00', NULL, TRUE,
       (SELECT id FROM app_user WHERE username = 'staff'), '2026-03-12 14:00:00', '2026-03-12 14:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '北京现代汽车有限公司' AND a.subject = '拜访北京现代总部，沟通第一工厂产能转移方案');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北京现代汽车有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2016-001'), 'TASK', '报送产能转移项目用地预审材料', NULL, NULL,
       DATE_SUB(CURRENT_DATE, INTERVAL 7 DAY), FALSE, (SELECT id FROM app_user WHERE username = 'staff'),
       '2026-11-01 09:00:00', '2026-11-01 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '北京现代汽车有限公司' AND a.subject = '报送产能转移项目用地预审材料');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北京新能源汽车股份有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2016-002'), 'MEETING', '框架协议落实推进会', '双方确认下一步进行合同条款谈判。',
       '2026-07-08 09:30:00', NULL, TRUE, (SELECT id FROM app_user WHERE username = 'staff'), '2026-07-08 09:30:00',
       '2026-07-08 09:30:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '北京新能源汽车股份有限公司' AND a.subject = '框架协议落实推进会');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '重庆长安汽车股份有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2016-003'), 'SITE_INSPECTION', '规划部一行实地考察汽车零部件产业园及周边用地',
       '考察工业生产区及可连片用地，了解供电、供气条件。', '2025-09-18 10:00:00', NULL, TRUE,
       (SELECT id FROM app_user WHERE username = 'staff2'), '2025-09-18 10:00:00', '2025-09-18 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '重庆长安汽车股份有限公司' AND a.subject = '规划部一行实地考察汽车零部件产业园及周边用地');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '重庆长安汽车股份有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2016-003'), 'CALL', '电话跟进考察反馈', '企业内部论证中，预计明年上半年给出意向。',
       '2025-10-09 16:00:00', NULL, TRUE, (SELECT id FROM app_user WHERE username = 'staff2'), '2025-10-09 16:00:00',
       '2025-10-09 16:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '重庆长安汽车股份有限公司' AND a.subject = '电话跟进考察反馈');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '双良节能系统股份有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2017-001'), 'MEETING', '投资合同签约仪式', NULL, '2026-06-26 10:00:00', NULL,
       TRUE, (SELECT id FROM app_user WHERE username = 'staff2'), '2026-06-26 10:00:00', '2026-06-26 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '双良节能系统股份有限公司' AND a.subject = '投资合同签约仪式');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '双良节能系统股份有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2017-001'), 'TASK', '督促企业在预留期内完成供地手续', NULL, NULL,
       DATE_ADD(CURRENT_DATE, INTERVAL 20 DAY), FALSE, (SELECT id FROM app_user WHERE username = 'op_sme'),
       '2026-11-01 09:00:00', '2026-11-01 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '双良节能系统股份有限公司' AND a.subject = '督促企业在预留期内完成供地手续');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '天壕环境股份有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2017-002'), 'CALL', '了解企业投资计划调整情况', '企业表示待新一轮融资完成后再议。',
       '2026-08-14 15:00:00', NULL, TRUE, (SELECT id FROM app_user WHERE username = 'staff2'), '2026-08-14 15:00:00',
       '2026-08-14 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '天壕环境股份有限公司' AND a.subject = '了解企业投资计划调整情况');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '中国石油天然气集团有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2017-003'), 'VISIT', '拜访装备制造事业部', NULL, '2025-06-18 10:00:00', NULL,
       TRUE, (SELECT id FROM app_user WHERE username = 'staff2'), '2025-06-18 10:00:00', '2025-06-18 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '中国石油天然气集团有限公司' AND a.subject = '拜访装备制造事业部');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '中国石油天然气集团有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2017-003'), 'TASK', '准备高端管道项目推介材料', NULL, NULL,
       DATE_ADD(CURRENT_DATE, INTERVAL 10 DAY), FALSE, (SELECT id FROM app_user WHERE username = 'staff2'),
       '2026-11-01 09:00:00', '2026-11-01 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '中国石油天然气集团有限公司' AND a.subject = '准备高端管道项目推介材料');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '沧州现代摩比斯汽车零部件有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2016-005'), 'VISIT', '走访企业，了解二期扩产意向及上下游配套企业', '企业推荐两家韩资二级供应商（以商招商）。',
       '2026-05-20 14:30:00', NULL, TRUE, (SELECT id FROM app_user WHERE username = 'staff'), '2026-05-20 14:30:00',
       '2026-05-20 14:30:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '沧州现代摩比斯汽车零部件有限公司' AND a.subject = '走访企业，了解二期扩产意向及上下游配套企业');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '延锋海纳川汽车饰件系统有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2016-004'), 'EMAIL', '发送达产进度调查表', NULL, '2026-11-02 09:00:00', NULL,
       TRUE, (SELECT id FROM app_user WHERE username = 'staff'), '2026-11-02 09:00:00', '2026-11-02 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '延锋海纳川汽车饰件系统有限公司' AND a.subject = '发送达产进度调查表');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '隆泰迪管道科技有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2018-001'), 'SITE_INSPECTION', '研发基地施工现场检查', '主体结构施工中，进度正常。',
       '2026-04-15 10:00:00', NULL, TRUE, (SELECT id FROM app_user WHERE username = 'op_pipeline'),
       '2026-04-15 10:00:00', '2026-04-15 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '隆泰迪管道科技有限公司' AND a.subject = '研发基地施工现场检查');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '中都格罗唯视（沧州）物流有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2026-001'), 'TASK', '约请企业实地考察综合配套区', NULL, NULL,
       DATE_ADD(CURRENT_DATE, INTERVAL 14 DAY), FALSE, (SELECT id FROM app_user WHERE username = 'staff'),
       '2026-11-01 09:00:00', '2026-11-01 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '中都格罗唯视（沧州）物流有限公司' AND a.subject = '约请企业实地考察综合配套区');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '沧州汇泉环保科技有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2026-002'), 'CALL', '初次电话沟通研发中心需求', NULL, '2026-10-28 11:00:00', NULL,
       TRUE, (SELECT id FROM app_user WHERE username = 'staff2'), '2026-10-28 11:00:00', '2026-10-28 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '沧州汇泉环保科技有限公司' AND a.subject = '初次电话沟通研发中心需求');
INSERT INTO activity (investor_id, project_id, type, subject, notes, occurred_at, due_date, done, owner_id, created_at,
                      updated_at)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '沧州云天环保科技有限公司'),
       (SELECT id FROM project WHERE code = 'ZS-2021-001'), 'TASK', '下发闲置土地认定告知书（SME-05）', '逾期未开工满一年，按规定征收闲置费。', NULL,
       DATE_ADD(CURRENT_DATE, INTERVAL 5 DAY), FALSE, (SELECT id FROM app_user WHERE username = 'op_sme'),
       '2026-11-01 09:00:00', '2026-11-01 09:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM activity a JOIN investor i ON i.id = a.investor_id WHERE i.name_zh = '沧州云天环保科技有限公司' AND a.subject = '下发闲置土地认定告知书（SME-05）');

-- ===========================================================================================
-- Tenant performance (亩均效益) 2024 and 2025; grades A/B/C/D are relative (demo figures)
-- ===========================================================================================
INSERT INTO tenant_performance (investor_id, park_id, project_id, year, land_mu, output, tax, energy_tce, employees,
                                grade)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '沧州现代摩比斯汽车零部件有限公司'),
       (SELECT id FROM park WHERE code = 'AUTO_PARTS'), (SELECT id FROM project WHERE code = 'ZS-2016-005'), 2024,
       120.00, 285000.00, 13800.00, 4800.00, 880, 'A'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tenant_performance t JOIN investor i ON i.id = t.investor_id JOIN park p ON p.id = t.park_id WHERE i.name_zh = '沧州现代摩比斯汽车零部件有限公司' AND p.code = 'AUTO_PARTS' AND t.year = 2024);
INSERT INTO tenant_performance (investor_id, park_id, project_id, year, land_mu, output, tax, energy_tce, employees,
                                grade)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '沧州现代摩比斯汽车零部件有限公司'),
       (SELECT id FROM park WHERE code = 'AUTO_PARTS'), (SELECT id FROM project WHERE code = 'ZS-2016-005'), 2025,
       120.00, 296000.00, 14500.00, 4900.00, 900, 'A'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tenant_performance t JOIN investor i ON i.id = t.investor_id JOIN park p ON p.id = t.park_id WHERE i.name_zh = '沧州现代摩比斯汽车零部件有限公司' AND p.code = 'AUTO_PARTS' AND t.year = 2025);
INSERT INTO tenant_performance (investor_id, park_id, project_id, year, land_mu, output, tax, energy_tce, employees,
                                grade)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北汽岱摩斯（沧州）汽车系统有限公司'),
       (SELECT id FROM park WHERE code = 'AUTO_PARTS'), (SELECT id FROM project WHERE code = 'ZS-2016-006'), 2024,
       100.00, 182000.00, 6400.00, 3400.00, 690, 'B'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tenant_performance t JOIN investor i ON i.id = t.investor_id JOIN park p ON p.id = t.park_id WHERE i.name_zh = '北汽岱摩斯（沧州）汽车系统有限公司' AND p.code = 'AUTO_PARTS' AND t.year = 2024);
INSERT INTO tenant_performance (investor_id, park_id, project_id, year, land_mu, output, tax, energy_tce, employees,
                                grade)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北汽岱摩斯（沧州）汽车系统有限公司'),
       (SELECT id FROM park WHERE code = 'AUTO_PARTS'), (SELECT id FROM project WHERE code = 'ZS-2016-006'), 2025,
       100.00, 176000.00, 6100.00, 3300.00, 670, 'B'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tenant_performance t JOIN investor i ON i.id = t.investor_id JOIN park p ON p.id = t.park_id WHERE i.name_zh = '北汽岱摩斯（沧州）汽车系统有限公司' AND p.code = 'AUTO_PARTS' AND t.year = 2025);
INSERT INTO tenant_performance (investor_id, park_id, project_id, year, land_mu, output, tax, energy_tce, employees,
                                grade)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北汽韩一（沧州）汽车饰件有限公司'),
       (SELECT id FROM park WHERE code = 'AUTO_PARTS'), (SELECT id FROM project WHERE code = 'ZS-2016-007'), 2024,
       80.00, 98000.00, 4100.00, 2100.00, 430, 'B'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tenant_performance t JOIN investor i ON i.id = t.investor_id JOIN park p ON p.id = t.park_id WHERE i.name_zh = '北汽韩一（沧州）汽车饰件有限公司' AND p.code = 'AUTO_PARTS' AND t.year = 2024);
INSERT INTO tenant_performance (investor_id, park_id, project_id, year, land_mu, output, tax, energy_tce, employees,
                                grade)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '北汽韩一（沧州）汽车饰件有限公司'),
       (SELECT id FROM park WHERE code = 'AUTO_PARTS'), (SELECT id FROM project WHERE code = 'ZS-2016-007'), 2025,
       80.00, 104000.00, 4500.00, 2150.00, 445, 'B'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tenant_performance t JOIN investor i ON i.id = t.investor_id JOIN park p ON p.id = t.park_id WHERE i.name_zh = '北汽韩一（沧州）汽车饰件有限公司' AND p.code = 'AUTO_PARTS' AND t.year = 2025);
INSERT INTO tenant_performance (investor_id, park_id, project_id, year, land_mu, output, tax, energy_tce, employees,
                                grade)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '延锋海纳川汽车饰件系统有限公司'),
       (SELECT id FROM park WHERE code = 'AUTO_PARTS'), (SELECT id FROM project WHERE code = 'ZS-2016-004'), 2024,
       160.00, 152000.00, 5200.00, 4600.00, 620, 'C'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tenant_performance t JOIN investor i ON i.id = t.investor_id JOIN park p ON p.id = t.park_id WHERE i.name_zh = '延锋海纳川汽车饰件系统有限公司' AND p.code = 'AUTO_PARTS' AND t.year = 2024);
INSERT INTO tenant_performance (investor_id, park_id, project_id, year, land_mu, output, tax, energy_tce, employees,
                                grade)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '延锋海纳川汽车饰件系统有限公司'),
       (SELECT id FROM park WHERE code = 'AUTO_PARTS'), (SELECT id FROM project WHERE code = 'ZS-2016-004'), 2025,
       160.00, 181000.00, 6900.00, 5100.00, 700, 'C'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tenant_performance t JOIN investor i ON i.id = t.investor_id JOIN park p ON p.id = t.park_id WHERE i.name_zh = '延锋海纳川汽车饰件系统有限公司' AND p.code = 'AUTO_PARTS' AND t.year = 2025);
INSERT INTO tenant_performance (investor_id, park_id, project_id, year, land_mu, output, tax, energy_tce, employees,
                                grade)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '沧州云天环保科技有限公司'), (SELECT id FROM park WHERE code = 'SME'),
       (SELECT id FROM project WHERE code = 'ZS-2021-001'), 2024, 40.00, 0.00, 0.00, NULL, 0, 'D'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tenant_performance t JOIN investor i ON i.id = t.investor_id JOIN park p ON p.id = t.park_id WHERE i.name_zh = '沧州云天环保科技有限公司' AND p.code = 'SME' AND t.year = 2024);
INSERT INTO tenant_performance (investor_id, park_id, project_id, year, land_mu, output, tax, energy_tce, employees,
                                grade)
SELECT (SELECT MIN(id) FROM investor WHERE name_zh = '沧州云天环保科技有限公司'), (SELECT id FROM park WHERE code = 'SME'),
       (SELECT id FROM project WHERE code = 'ZS-2021-001'), 2025, 40.00, 0.00, 0.00, NULL, 0, 'D'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM tenant_performance t JOIN investor i ON i.id = t.investor_id JOIN park p ON p.id = t.park_id WHERE i.name_zh = '沧州云天环保科技有限公司' AND p.code = 'SME' AND t.year = 2025);

-- ===========================================================================================
-- Indicator values 2016-2020 for some plan indicators (demo figures, not statistics)
-- ===========================================================================================
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2016, 420.5000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'MAIN_BUSINESS_REVENUE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2016);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2017, 498.3000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'MAIN_BUSINESS_REVENUE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2017);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2018, 586.9000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'MAIN_BUSINESS_REVENUE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2018);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2019, 671.2000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'MAIN_BUSINESS_REVENUE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2019);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2020, 702.4000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'MAIN_BUSINESS_REVENUE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2020);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2016, 52.3000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'GDP' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2016);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2017, 88.6000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'GDP' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2017);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2018, 131.4000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'GDP' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2018);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2019, 168.9000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'GDP' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2019);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2020, 182.5000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'GDP' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2020);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2016, 8.6200, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FISCAL_REVENUE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2016);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2017, 13.0500, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FISCAL_REVENUE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2017);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2018, 19.8700, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FISCAL_REVENUE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2018);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2019, 26.4000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FISCAL_REVENUE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2019);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2020, 28.9000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FISCAL_REVENUE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2020);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2016, 1.1200, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FDI_ACTUAL' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2016);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2017, 1.4600, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FDI_ACTUAL' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2017);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2018, 1.8300, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FDI_ACTUAL' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2018);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2019, 2.2100, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FDI_ACTUAL' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2019);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2020, 1.9500, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FDI_ACTUAL' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2020);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2016, 85.6000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FIXED_ASSET_INVESTMENT' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2016);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2017, 99.8000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FIXED_ASSET_INVESTMENT' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2017);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2018, 116.2000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FIXED_ASSET_INVESTMENT' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2018);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2019, 131.5000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FIXED_ASSET_INVESTMENT' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2019);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2020, 128.7000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'FIXED_ASSET_INVESTMENT' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2020);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2016, 23.1000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'GREEN_COVERAGE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2016);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2017, 26.8000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'GREEN_COVERAGE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2017);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2018, 30.2000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'GREEN_COVERAGE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2018);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2019, 34.5000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'GREEN_COVERAGE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2019);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2020, 37.9000, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'GREEN_COVERAGE' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2020);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2016, 0.4070, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'ENERGY_PER_GDP' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2016);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2017, 0.3935, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'ENERGY_PER_GDP' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2017);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2018, 0.3790, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'ENERGY_PER_GDP' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2018);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2019, 0.3652, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'ENERGY_PER_GDP' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2019);
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT i.id, 2020, 0.3521, '示例数据 demo figure' FROM plan_indicator i
WHERE i.code = 'ENERGY_PER_GDP' AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.year = 2020);

-- ===========================================================================================
-- Parks, land and matching (issue 5): admission thresholds, more of the auto-parts pipeline, and
-- reservations waiting for the park operator. Thresholds are demo values of the usual scale for a
-- national-level zone (the plan sets none); the administrator keeps the real ones.
-- ===========================================================================================
INSERT INTO park_admission (park_id, min_investment_intensity, min_output_per_mu, min_tax_per_mu, max_energy_per_output)
SELECT p.id, 300.00, 600.00, 30.00, 0.0500 FROM park p
WHERE p.code = 'AUTO_PARTS' AND NOT EXISTS (SELECT 1 FROM park_admission a WHERE a.park_id = p.id);
INSERT INTO park_admission (park_id, min_investment_intensity, min_output_per_mu, min_tax_per_mu, max_energy_per_output)
SELECT p.id, 350.00, 500.00, 30.00, 0.0300 FROM park p
WHERE p.code = 'TSINGHUA' AND NOT EXISTS (SELECT 1 FROM park_admission a WHERE a.park_id = p.id);
INSERT INTO park_admission (park_id, min_investment_intensity, min_output_per_mu, min_tax_per_mu, max_energy_per_output)
SELECT p.id, 250.00, 400.00, 20.00, 0.0500 FROM park p
WHERE p.code = 'SME' AND NOT EXISTS (SELECT 1 FROM park_admission a WHERE a.park_id = p.id);
INSERT INTO park_admission (park_id, min_investment_intensity, min_output_per_mu, min_tax_per_mu, max_energy_per_output)
SELECT p.id, 300.00, 500.00, 25.00, 0.0800 FROM park p
WHERE p.code = 'PIPELINE' AND NOT EXISTS (SELECT 1 FROM park_admission a WHERE a.park_id = p.id);

-- ZS-2026-003 北京瑞荣 expansion: signed, 60 亩 reserved on AP-P-12, waiting for the operator to confirm
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2026-003', '北京瑞荣汽车零部件扩产项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '北京瑞荣汽车零部件有限公司'),
       (SELECT id FROM industry WHERE code = 'AUTO_PARTS'), 'SIGNED', NULL, '2026-11-10 10:00:00', NULL, 36000.00, NULL,
       30000.00, 60.00, 38000.00, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       60000.00, 2400.00, 260, 900.00, NULL, NULL, NULL, NULL, 3000.00, 120.00, 600.00, '冲压及焊接总成60万件/年', '2026-11-10',
       (SELECT id FROM app_user WHERE username = 'staff2'), 'TENANT_REFERRAL', '区内企业北京瑞荣为北京现代沧州工厂配套的冲压焊接件扩产项目。',
       '2026-04-10 10:00:00', '2026-11-10 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2026-003');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-04-10 10:00:00', '以商招商：北京瑞荣提出扩产需求' FROM project p
WHERE p.code = 'ZS-2026-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2026-04-10 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-05-06 10:00:00', NULL FROM project p
WHERE p.code = 'ZS-2026-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2026-05-06 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-06-18 10:00:00', '踏勘工业生产区南侧地块' FROM project p
WHERE p.code = 'ZS-2026-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2026-06-18 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-08-05 10:00:00', NULL FROM project p
WHERE p.code = 'ZS-2026-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2026-08-05 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'NEGOTIATION', 'AGREEMENT', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-09-22 10:00:00', '签署框架协议' FROM project p
WHERE p.code = 'ZS-2026-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'AGREEMENT' AND s.changed_at = '2026-09-22 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'AGREEMENT', 'SIGNED', (SELECT id FROM app_user WHERE username = 'director'), '2026-11-10 10:00:00', '签订投资合同' FROM project p
WHERE p.code = 'ZS-2026-003' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SIGNED' AND s.changed_at = '2026-11-10 10:00:00');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2026-003'), 60.00, (SELECT id FROM park WHERE code = 'AUTO_PARTS'),
       (SELECT z.id FROM park_zone z JOIN park p ON p.id = z.park_id WHERE p.code = 'AUTO_PARTS' AND z.code = 'PRODUCTION'),
       'INDUSTRIAL', 3000.00, 120.00, 600.00, '希望与现有厂区相邻', '2026-04-10 11:00:00', '2026-04-10 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2026-003');

-- ZS-2026-004 现代摩比斯 electrification parts: in negotiation, no park chosen yet (matching finds one)
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2026-004', '现代摩比斯新能源汽车电驱动零部件项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '现代摩比斯'),
       (SELECT id FROM industry WHERE code = 'NEV'), 'NEGOTIATION', NULL, '2026-10-15 10:00:00', NULL, 90000.00, 12600.00,
       75000.00, 150.00, 90000.00, NULL, NULL, 180000.00, 7500.00, 600, 3200.00, NULL, NULL, NULL, NULL, 9000.00, 400.00,
       2000.00, '电驱动总成20万套/年', '2027-03-31', (SELECT id FROM app_user WHERE username = 'staff2'), 'TENANT_REFERRAL',
       '现代摩比斯在沧州的第二个项目：新能源汽车电驱动系统零部件。', '2026-05-20 10:00:00', '2026-10-15 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2026-004');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-05-20 10:00:00', '沧州现代摩比斯推荐' FROM project p
WHERE p.code = 'ZS-2026-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2026-05-20 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-06-09 10:00:00', NULL FROM project p
WHERE p.code = 'ZS-2026-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2026-06-09 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-08-27 10:00:00', NULL FROM project p
WHERE p.code = 'ZS-2026-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2026-08-27 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'SITE_VISIT', 'NEGOTIATION', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-10-15 10:00:00', '商谈用地与电力配套' FROM project p
WHERE p.code = 'ZS-2026-004' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'NEGOTIATION' AND s.changed_at = '2026-10-15 10:00:00');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2026-004'), 150.00, NULL, NULL, 'INDUSTRIAL', 9000.00, 400.00,
       2000.00, NULL, '2026-05-20 11:00:00', '2026-05-20 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2026-004');

-- ZS-2026-005 海纳川 lightweight materials: at the site visit; output and tax per 亩 below the park's bar
INSERT INTO project (code, name, code_name, confidential, investor_id, industry_id, stage, stage_before_hold,
                     stage_changed_at, lost_reason, investment_total, investment_foreign_usd, fixed_asset_investment,
                     land_requested_mu, building_area_m2, preferred_park_id, preferred_zone_id, annual_output,
                     annual_tax, jobs, energy_tce, cod_t, nh3n_t, so2_t, nox_t, power_kva, water_t_per_day,
                     gas_m3_per_day, capacity_text, expected_signing_date, owner_id, source, description, created_at,
                     updated_at)
SELECT 'ZS-2026-005', '海纳川汽车轻量化材料项目', NULL, FALSE, (SELECT MIN(id) FROM investor WHERE name_zh = '海纳川（沧州）汽车部件有限公司'),
       (SELECT id FROM industry WHERE code = 'COMPOSITES'), 'SITE_VISIT', NULL, '2026-09-30 10:00:00', NULL, 36000.00, NULL,
       30000.00, 90.00, NULL, NULL, NULL, 45000.00, 1800.00, 220, 1500.00, NULL, NULL, NULL, NULL, 4000.00, 150.00,
       800.00, '碳纤维复合材料部件10万件/年', '2027-06-30', (SELECT id FROM app_user WHERE username = 'staff2'), 'TENANT_REFERRAL',
       '海纳川汽车轻量化复合材料部件项目。', '2026-07-01 10:00:00', '2026-09-30 10:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM project WHERE code = 'ZS-2026-005');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, NULL, 'LEAD', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-07-01 10:00:00', NULL FROM project p
WHERE p.code = 'ZS-2026-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'LEAD' AND s.changed_at = '2026-07-01 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'LEAD', 'CONTACTED', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-08-12 10:00:00', NULL FROM project p
WHERE p.code = 'ZS-2026-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'CONTACTED' AND s.changed_at = '2026-08-12 10:00:00');
INSERT INTO project_stage_change (project_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT p.id, 'CONTACTED', 'SITE_VISIT', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-09-30 10:00:00', NULL FROM project p
WHERE p.code = 'ZS-2026-005' AND NOT EXISTS (SELECT 1 FROM project_stage_change s WHERE s.project_id = p.id AND s.to_stage = 'SITE_VISIT' AND s.changed_at = '2026-09-30 10:00:00');
INSERT INTO land_request (project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, power_kva,
                          water_t_per_day, gas_m3_per_day, notes, created_at, updated_at)
SELECT (SELECT id FROM project WHERE code = 'ZS-2026-005'), 90.00, NULL, NULL, 'INDUSTRIAL', 4000.00, 150.00, 800.00,
       NULL, '2026-07-01 11:00:00', '2026-07-01 11:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2026-005');

-- Reservations waiting in the auto parts park: AP-P-12 for the signed 北京瑞荣 expansion (can be
-- confirmed), AP-S-01 for the 中都格罗唯视 logistics lead (cannot: no contract yet). Expiry is
-- relative to the first load so that both are still running.
SET @plot = (SELECT id FROM plot WHERE code = 'AP-P-12');
INSERT INTO land_allocation (plot_id, project_id, land_request_id, area_mu, status, reserved_by, reserved_at,
                             expires_at, created_at, updated_at)
SELECT @plot, (SELECT id FROM project WHERE code = 'ZS-2026-003'),
       (SELECT MIN(r.id) FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2026-003'),
       60.00, 'RESERVED', (SELECT id FROM app_user WHERE username = 'staff2'), '2026-11-12 15:00:00',
       DATE_ADD(CURRENT_TIMESTAMP(3), INTERVAL 30 DAY), '2026-11-12 15:00:00', '2026-11-12 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_allocation a JOIN project p ON p.id = a.project_id WHERE a.plot_id = @plot AND p.code = 'ZS-2026-003');
SET @plot = (SELECT id FROM plot WHERE code = 'AP-S-01');
INSERT INTO land_allocation (plot_id, project_id, land_request_id, area_mu, status, reserved_by, reserved_at,
                             expires_at, created_at, updated_at)
SELECT @plot, (SELECT id FROM project WHERE code = 'ZS-2026-001'),
       (SELECT MIN(r.id) FROM land_request r JOIN project p ON p.id = r.project_id WHERE p.code = 'ZS-2026-001'),
       80.00, 'RESERVED', (SELECT id FROM app_user WHERE username = 'op_auto'), '2026-11-20 15:00:00',
       DATE_ADD(CURRENT_TIMESTAMP(3), INTERVAL 14 DAY), '2026-11-20 15:00:00', '2026-11-20 15:00:00'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM land_allocation a JOIN project p ON p.id = a.project_id WHERE a.plot_id = @plot AND p.code = 'ZS-2026-001');
-- a plot's status sums up its running allocations (the service keeps it so); set it for these two
UPDATE plot SET status = 'RESERVED'
WHERE code IN ('AP-P-12', 'AP-S-01') AND status = 'AVAILABLE'
  AND EXISTS (SELECT 1 FROM land_allocation a WHERE a.plot_id = plot.id AND a.status = 'RESERVED');

-- ===========================================================================================
-- Commitments vs. actuals (履约监管, issue 6): contract commitments, progress and funds in place of
-- the signed demo projects. ZS-2021-001 never started: its idle-land clock ran out in 2025 (SME-05).
-- ===========================================================================================
INSERT INTO project_commitment (project_id, contract_date, investment, fixed_asset_investment, building_area_m2,
                                construction_start, production_date, annual_output, annual_tax, jobs, actual_start,
                                actual_production, actual_capacity, built_area_m2, work_stopped_since)
SELECT p.id, '2017-06-28', 75000.00, 60000.00, 96000.00, '2018-03-31', '2019-06-30', 250000.00, 12000.00, 800, '2018-04-02', '2019-09-26',
       NULL, 96000.00, NULL
FROM project p WHERE p.code = 'ZS-2016-004' AND NOT EXISTS (SELECT 1 FROM project_commitment c WHERE c.project_id = p.id);
INSERT INTO project_commitment (project_id, contract_date, investment, fixed_asset_investment, building_area_m2,
                                construction_start, production_date, annual_output, annual_tax, jobs, actual_start,
                                actual_production, actual_capacity, built_area_m2, work_stopped_since)
SELECT p.id, '2016-11-30', 60000.00, 48000.00, 72000.00, '2017-03-31', '2018-06-30', 280000.00, 14000.00, 850, '2017-03-20', '2018-05-28',
       '2020-06-30', 72000.00, NULL
FROM project p WHERE p.code = 'ZS-2016-005' AND NOT EXISTS (SELECT 1 FROM project_commitment c WHERE c.project_id = p.id);
INSERT INTO project_commitment (project_id, contract_date, investment, fixed_asset_investment, building_area_m2,
                                construction_start, production_date, annual_output, annual_tax, jobs, actual_start,
                                actual_production, actual_capacity, built_area_m2, work_stopped_since)
SELECT p.id, '2016-12-20', 50000.00, 40000.00, NULL, '2017-05-31', '2018-10-31', 170000.00, 6000.00, 650, '2017-05-25', '2018-10-15',
       '2020-12-15', NULL, NULL
FROM project p WHERE p.code = 'ZS-2016-006' AND NOT EXISTS (SELECT 1 FROM project_commitment c WHERE c.project_id = p.id);
INSERT INTO project_commitment (project_id, contract_date, investment, fixed_asset_investment, building_area_m2,
                                construction_start, production_date, annual_output, annual_tax, jobs, actual_start,
                                actual_production, actual_capacity, built_area_m2, work_stopped_since)
SELECT p.id, '2016-12-28', 30000.00, 24000.00, NULL, '2017-06-30', '2018-09-30', 100000.00, 4000.00, 420, '2017-06-18', '2018-09-20',
       '2020-10-20', NULL, NULL
FROM project p WHERE p.code = 'ZS-2016-007' AND NOT EXISTS (SELECT 1 FROM project_commitment c WHERE c.project_id = p.id);
INSERT INTO project_commitment (project_id, contract_date, investment, fixed_asset_investment, building_area_m2,
                                construction_start, production_date, annual_output, annual_tax, jobs, actual_start,
                                actual_production, actual_capacity, built_area_m2, work_stopped_since)
SELECT p.id, '2026-06-26', 30000.00, 24000.00, 42000.00, '2027-03-31', '2028-06-30', 60000.00, 3000.00, 300, NULL, NULL,
       NULL, NULL, NULL
FROM project p WHERE p.code = 'ZS-2017-001' AND NOT EXISTS (SELECT 1 FROM project_commitment c WHERE c.project_id = p.id);
INSERT INTO project_commitment (project_id, contract_date, investment, fixed_asset_investment, building_area_m2,
                                construction_start, production_date, annual_output, annual_tax, jobs, actual_start,
                                actual_production, actual_capacity, built_area_m2, work_stopped_since)
SELECT p.id, '2024-12-18', 45000.00, 38000.00, 85000.00, '2025-08-31', '2027-06-30', 80000.00, 4000.00, 400, '2025-09-01', NULL,
       NULL, 30000.00, NULL
FROM project p WHERE p.code = 'ZS-2018-001' AND NOT EXISTS (SELECT 1 FROM project_commitment c WHERE c.project_id = p.id);
INSERT INTO project_commitment (project_id, contract_date, investment, fixed_asset_investment, building_area_m2,
                                construction_start, production_date, annual_output, annual_tax, jobs, actual_start,
                                actual_production, actual_capacity, built_area_m2, work_stopped_since)
SELECT p.id, '2022-06-30', 12000.00, 9500.00, 15000.00, '2023-09-30', '2024-12-31', 20000.00, 800.00, 120, NULL, NULL,
       NULL, NULL, NULL
FROM project p WHERE p.code = 'ZS-2021-001' AND NOT EXISTS (SELECT 1 FROM project_commitment c WHERE c.project_id = p.id);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2017-09-15', 20000.00, 'FIXED_ASSET', 'OUTSIDE_PROVINCE', '北京总部注资', (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-004'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2017-09-15' AND f.amount = 20000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2018-06-30', 25000.00, 'FIXED_ASSET', 'OUTSIDE_PROVINCE', '厂房及设备', (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-004'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2018-06-30' AND f.amount = 25000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2019-03-31', 15000.00, 'FIXED_ASSET', 'PROVINCE_OUTSIDE_CITY', '省内银团贷款', (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-004'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2019-03-31' AND f.amount = 15000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2019-09-30', 8000.00, 'WORKING_CAPITAL', 'IN_CITY', '本地银行流动资金贷款', (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-004'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2019-09-30' AND f.amount = 8000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2017-02-28', 30000.00, 'FIXED_ASSET', 'OUTSIDE_PROVINCE', '韩方股东注资', (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-005'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2017-02-28' AND f.amount = 30000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2017-12-31', 18000.00, 'FIXED_ASSET', 'OUTSIDE_PROVINCE', '设备进口', (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-005'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2017-12-31' AND f.amount = 18000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2018-06-30', 12000.00, 'WORKING_CAPITAL', 'OUTSIDE_PROVINCE', NULL, (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-005'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2018-06-30' AND f.amount = 12000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2017-04-30', 28000.00, 'FIXED_ASSET', 'OUTSIDE_PROVINCE', NULL, (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-006'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2017-04-30' AND f.amount = 28000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2018-08-31', 12000.00, 'FIXED_ASSET', 'OUTSIDE_PROVINCE', NULL, (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-006'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2018-08-31' AND f.amount = 12000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2018-12-31', 8000.00, 'WORKING_CAPITAL', 'IN_CITY', NULL, (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-006'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2018-12-31' AND f.amount = 8000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2017-05-31', 24000.00, 'FIXED_ASSET', 'OUTSIDE_PROVINCE', NULL, (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-007'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2017-05-31' AND f.amount = 24000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2018-10-31', 6000.00, 'WORKING_CAPITAL', 'IN_CITY', NULL, (SELECT id FROM app_user WHERE username = 'op_auto')
FROM project p WHERE p.code = 'ZS-2016-007'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2018-10-31' AND f.amount = 6000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2026-09-30', 3000.00, 'FIXED_ASSET', 'OUTSIDE_PROVINCE', '江苏总部首期出资', (SELECT id FROM app_user WHERE username = 'staff2')
FROM project p WHERE p.code = 'ZS-2017-001'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2026-09-30' AND f.amount = 3000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2025-06-30', 8000.00, 'FIXED_ASSET', 'IN_CITY', NULL, (SELECT id FROM app_user WHERE username = 'op_pipeline')
FROM project p WHERE p.code = 'ZS-2018-001'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2025-06-30' AND f.amount = 8000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2026-03-31', 12000.00, 'FIXED_ASSET', 'IN_CITY', NULL, (SELECT id FROM app_user WHERE username = 'op_pipeline')
FROM project p WHERE p.code = 'ZS-2018-001'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2026-03-31' AND f.amount = 12000.00);
INSERT INTO project_funds (project_id, received_on, amount, kind, origin, note, created_by)
SELECT p.id, '2022-09-30', 1000.00, 'FIXED_ASSET', 'IN_CITY', '首期出资后未再到位', (SELECT id FROM app_user WHERE username = 'op_sme')
FROM project p WHERE p.code = 'ZS-2021-001'
  AND NOT EXISTS (SELECT 1 FROM project_funds f WHERE f.project_id = p.id AND f.received_on = '2022-09-30' AND f.amount = 1000.00);
