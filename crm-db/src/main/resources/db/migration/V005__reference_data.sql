-- Reference data from the Cangzhou Economic Development Zone 13th Five-Year Plan (2016-2020):
-- parks and zones (ch. 4 §13), industry taxonomy (ch. 3 §9, ch. 4 §10-12), which industries each
-- park admits, and the plan's indicators (表2, plus the quantified targets of §9 not in the table).
-- Money in 万元 (60 亿元 = 600000.00 万元), land in 亩.

-- ---------------------------------------------------------------------------------------------
-- Parks (园区) and the zones of the auto parts park
-- ---------------------------------------------------------------------------------------------
INSERT INTO park (code, name_zh, name_en, planned_area_mu, planned_investment, focus_zh, focus_en, sort_order) VALUES
('AUTO_PARTS', '汽车零部件产业园', 'Auto Parts Industrial Park', 2020.00, 600000.00,
 '工业生产区承载汽车零部件制造企业及与汽车关联的新能源、新材料制造企业；汽车后市场区发展智能出行、共享汽车、改装定制、维修保养、4S店、二手车交易、汽车金融；综合配套区建设物流中心、汽车大厦等写字楼和生活设施。',
 'Production zone for auto parts makers and auto-related new-energy and new-material manufacturers; aftermarket zone for smart mobility, car sharing, customisation, repair and maintenance, 4S dealers, used cars and auto finance; support zone with a parts logistics centre, offices and living facilities.',
 10),
('TSINGHUA', '清华大学汽车研究院产业园', 'Tsinghua University Automotive Research Institute Park', 402.60, 156000.00,
 '依托清华大学科研优势，建设汽车关键技术研发和服务基地、高端人才聚集和培养基地；汽车整车及配件技术的转化、孵化中心；专业会展、军民融合发展及高科技项目的加速器。',
 'Automotive key-technology R&D and services, high-end talent, on the strength of Tsinghua University; transfer and incubation of vehicle and parts technology; exhibitions, military-civil fusion and an accelerator for high-tech projects.',
 20),
('SME', '中小科技企业创新创业产业园', 'SME Technology Innovation and Entrepreneurship Park', 249.38, 76800.00,
 '促进科技成果转化，培养高成长性的高新技术企业；建设科技创新大厦、研发中心、生产基地，为进驻企业提供科研、办公、展示一体化平台；加快传统企业提档升级。',
 'Technology transfer and high-growth high-tech SMEs: innovation tower, R&D centres and production space offering research, office and showroom facilities; upgrading of traditional firms.',
 30),
('PIPELINE', '高端管道装备产业园', 'High-end Pipeline Equipment Industrial Park', 444.00, 118000.00,
 '依托隆泰迪管道科技有限公司，建设管道科技研发基地、科技产品转化基地（创客工厂）、研发试验中心、营销服务中心、企业总部服务中心和国际企业孵化器；推动管道、管件向石油化工设备、石油钻采装备、压力容器、核电管道及船舶用管转变。',
 'Anchored by Longtaidi Pipeline Technology: pipeline R&D and testing, technology transfer (maker factory), sales and headquarters services, an international business incubator; moving from pipes and fittings to petrochemical equipment, drilling equipment, pressure vessels, nuclear and shipbuilding pipes.',
 40);

INSERT INTO park_zone (park_id, code, name_zh, name_en, planned_area_mu, focus_zh, focus_en, sort_order)
SELECT id, 'PRODUCTION', '工业生产区', 'Industrial production zone', 1500.00,
       '汽车零部件制造企业，以及与汽车关联的新能源、新材料制造企业',
       'Auto parts manufacturers and auto-related new-energy and new-material manufacturers', 10
FROM park WHERE code = 'AUTO_PARTS';

INSERT INTO park_zone (park_id, code, name_zh, name_en, planned_area_mu, focus_zh, focus_en, sort_order)
SELECT id, 'AFTERMARKET', '汽车后市场区', 'Automotive aftermarket zone', 300.00,
       '智能出行中心、共享汽车、个性化改装定制、维修保养、高端品牌4S店、二手车交易、汽车金融、汽车配件',
       'Smart mobility centre, car sharing, customisation, repair and maintenance, premium 4S dealers, used-car trading, auto finance, spare parts', 20
FROM park WHERE code = 'AUTO_PARTS';

INSERT INTO park_zone (park_id, code, name_zh, name_en, planned_area_mu, focus_zh, focus_en, sort_order)
SELECT id, 'SUPPORT', '综合配套区', 'Integrated support zone', 220.00,
       '物流中心（零部件集中仓储和发运）、汽车大厦等写字楼、商业和生活配套设施',
       'Logistics centre for parts warehousing and dispatch, offices (auto tower), commercial and living facilities', 30
FROM park WHERE code = 'AUTO_PARTS';

-- ---------------------------------------------------------------------------------------------
-- Industry taxonomy (产业): sectors, then sub-sectors. Every row carries its cluster.
-- Target output mix by 2020: AUTO 55 %, EMERGING 25 %, TRADITIONAL 20 %.
-- ---------------------------------------------------------------------------------------------
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution) VALUES
('VEHICLE_OEM',        NULL, 'AUTO',        '汽车整车',           'Vehicle manufacturing (OEM)',                 110, FALSE),
('AUTO_PARTS',         NULL, 'AUTO',        '汽车零部件',         'Auto parts',                                  120, FALSE),
('NEV',                NULL, 'AUTO',        '新能源汽车',         'New-energy vehicles',                         130, FALSE),
('AUTO_RD',            NULL, 'AUTO',        '汽车研发与试验场',   'Automotive R&D and proving ground',           140, FALSE),
('AUTO_AFTERMARKET',   NULL, 'AUTO',        '汽车后市场与物流',   'Automotive aftermarket and logistics',        150, FALSE),
('ENERGY_SAVING',      NULL, 'EMERGING',    '环保节能',           'Energy saving and environmental protection',  210, FALSE),
('LITHIUM_BATTERY',    NULL, 'EMERGING',    '锂电新能源',         'Lithium batteries and new energy',            220, FALSE),
('NEW_MATERIALS',      NULL, 'EMERGING',    '新材料',             'New materials',                               230, FALSE),
('INTELLIGENT_MFG',    NULL, 'EMERGING',    '智能制造',           'Intelligent manufacturing',                   240, FALSE),
('HIGH_END_EQUIPMENT', NULL, 'EMERGING',    '高端装备',           'High-end equipment',                          250, FALSE),
('PIPELINE_EQUIPMENT', NULL, 'TRADITIONAL', '管道装备',           'Pipeline equipment',                          310, FALSE),
('LIGHT_INDUSTRY',     NULL, 'TRADITIONAL', '轻工',               'Light industry',                              320, FALSE),
('OTHER_MFG',          NULL, 'TRADITIONAL', '其他制造业',         'Other manufacturing',                         330, FALSE),
('MODERN_SERVICES',    NULL, 'TRADITIONAL', '现代服务业',         'Modern services',                             340, FALSE);

-- 环保节能 (ch. 4 §12)
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'WATER_TREATMENT', id, cluster, '水处理设备', 'Water and wastewater treatment', 211, FALSE FROM industry WHERE code = 'ENERGY_SAVING';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'AIR_POLLUTION_CONTROL', id, cluster, '大气污染控制设备', 'Air pollution control', 212, FALSE FROM industry WHERE code = 'ENERGY_SAVING';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'EFFICIENT_MOTORS', id, cluster, '高效电机及拖动设备', 'High-efficiency motors and drives', 213, FALSE FROM industry WHERE code = 'ENERGY_SAVING';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'ENERGY_MONITORING', id, cluster, '节能监测设备', 'Energy-saving monitoring equipment', 214, FALSE FROM industry WHERE code = 'ENERGY_SAVING';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'WASTE_HEAT', id, cluster, '余热余压利用', 'Waste heat and pressure recovery', 215, FALSE FROM industry WHERE code = 'ENERGY_SAVING';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'DESULF_DENITRATION', id, cluster, '脱硫脱硝', 'Desulphurisation and denitration', 216, FALSE FROM industry WHERE code = 'ENERGY_SAVING';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'SOIL_REMEDIATION', id, cluster, '土壤修复', 'Soil remediation', 217, FALSE FROM industry WHERE code = 'ENERGY_SAVING';

-- 锂电新能源
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'CATHODE', id, cluster, '正极材料', 'Cathode materials', 221, FALSE FROM industry WHERE code = 'LITHIUM_BATTERY';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'ELECTROLYTE', id, cluster, '电解液', 'Electrolyte', 222, FALSE FROM industry WHERE code = 'LITHIUM_BATTERY';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'SEPARATOR', id, cluster, '隔膜', 'Separators', 223, FALSE FROM industry WHERE code = 'LITHIUM_BATTERY';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'POWER_CELL', id, cluster, '动力锂电池', 'Power lithium cells', 224, FALSE FROM industry WHERE code = 'LITHIUM_BATTERY';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'BMS', id, cluster, '电池管理系统', 'Battery management systems', 225, FALSE FROM industry WHERE code = 'LITHIUM_BATTERY';

-- 新材料
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'CHEMICAL_MATERIALS', id, cluster, '化工新材料', 'Chemical new materials', 231, FALSE FROM industry WHERE code = 'NEW_MATERIALS';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'METAL_MATERIALS', id, cluster, '金属新材料', 'Metal new materials', 232, FALSE FROM industry WHERE code = 'NEW_MATERIALS';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'ENGINEERING_PLASTICS', id, cluster, '工程改性塑料', 'Modified engineering plastics', 233, FALSE FROM industry WHERE code = 'NEW_MATERIALS';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'COMPOSITES', id, cluster, '高性能复合材料', 'High-performance composites', 234, FALSE FROM industry WHERE code = 'NEW_MATERIALS';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'ELECTRONIC_MATERIALS', id, cluster, '电子新材料', 'Electronic materials', 235, FALSE FROM industry WHERE code = 'NEW_MATERIALS';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'ENV_MATERIALS', id, cluster, '环保新材料', 'Environmental materials', 236, FALSE FROM industry WHERE code = 'NEW_MATERIALS';

-- 智能制造
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'IM_SOLUTIONS', id, cluster, '智能制造系统解决方案', 'Intelligent manufacturing solution providers', 241, FALSE FROM industry WHERE code = 'INTELLIGENT_MFG';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'SMART_EQUIPMENT', id, cluster, '智能产品与智能装备', 'Smart products and equipment', 242, FALSE FROM industry WHERE code = 'INTELLIGENT_MFG';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'CNC_MACHINES', id, cluster, '数控机床', 'CNC machine tools', 243, FALSE FROM industry WHERE code = 'INTELLIGENT_MFG';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'ADDITIVE_MFG', id, cluster, '3D打印', '3D printing', 244, FALSE FROM industry WHERE code = 'INTELLIGENT_MFG';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'IM_SERVICES', id, cluster, '智能制造咨询与培训', 'Intelligent manufacturing consulting and training', 245, FALSE FROM industry WHERE code = 'INTELLIGENT_MFG';

-- 高端装备 (ch. 4 §11)
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'MARINE_EQUIPMENT', id, cluster, '海洋装备', 'Marine equipment', 251, FALSE FROM industry WHERE code = 'HIGH_END_EQUIPMENT';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'AEROSPACE', id, cluster, '航空航天装备', 'Aerospace equipment', 252, FALSE FROM industry WHERE code = 'HIGH_END_EQUIPMENT';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'MEDICAL_ELECTRONICS', id, cluster, '医疗电子设备', 'Medical electronics', 253, FALSE FROM industry WHERE code = 'HIGH_END_EQUIPMENT';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'AUTO_AUTOMATION', id, cluster, '汽车自动化生产设备', 'Automotive production automation', 254, FALSE FROM industry WHERE code = 'HIGH_END_EQUIPMENT';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'ROBOTS', id, cluster, '智能机器人', 'Intelligent robots', 255, FALSE FROM industry WHERE code = 'HIGH_END_EQUIPMENT';

-- 管道装备 (ch. 4 §11, §13)
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'PIPES_FITTINGS', id, cluster, '管道管件', 'Pipes and fittings', 311, FALSE FROM industry WHERE code = 'PIPELINE_EQUIPMENT';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'PETROCHEM_EQUIPMENT', id, cluster, '石油化工设备', 'Petrochemical equipment', 312, FALSE FROM industry WHERE code = 'PIPELINE_EQUIPMENT';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'DRILLING_EQUIPMENT', id, cluster, '石油钻采装备', 'Oil drilling and production equipment', 313, FALSE FROM industry WHERE code = 'PIPELINE_EQUIPMENT';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'PRESSURE_VESSELS', id, cluster, '压力容器', 'Pressure vessels', 314, FALSE FROM industry WHERE code = 'PIPELINE_EQUIPMENT';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'NUCLEAR_MARINE_PIPES', id, cluster, '核电及船舶用管', 'Nuclear-power and shipbuilding pipes', 315, FALSE FROM industry WHERE code = 'PIPELINE_EQUIPMENT';

-- 其他制造业: processes that development zones usually refuse (高污染), for the admission veto
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'ELECTROPLATING', id, cluster, '电镀', 'Electroplating', 331, TRUE FROM industry WHERE code = 'OTHER_MFG';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'PRINTING_DYEING', id, cluster, '印染', 'Textile printing and dyeing', 332, TRUE FROM industry WHERE code = 'OTHER_MFG';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'LEATHER_TANNING', id, cluster, '制革', 'Leather tanning', 333, TRUE FROM industry WHERE code = 'OTHER_MFG';

-- 现代服务业 (ch. 7 §25: 以物流为主的现代服务业)
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'LOGISTICS', id, cluster, '现代物流', 'Modern logistics', 341, FALSE FROM industry WHERE code = 'MODERN_SERVICES';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'TECH_SERVICES', id, cluster, '科技服务与孵化', 'Technology services and incubation', 342, FALSE FROM industry WHERE code = 'MODERN_SERVICES';
INSERT INTO industry (code, parent_id, cluster, name_zh, name_en, sort_order, high_pollution)
SELECT 'BUSINESS_SERVICES', id, cluster, '商务服务', 'Business services', 343, FALSE FROM industry WHERE code = 'MODERN_SERVICES';

-- ---------------------------------------------------------------------------------------------
-- Which industries each park admits (a listed sector admits its sub-sectors)
-- ---------------------------------------------------------------------------------------------
INSERT INTO park_industry (park_id, industry_id)
SELECT p.id, i.id FROM park p, industry i
WHERE p.code = 'AUTO_PARTS'
  AND i.code IN ('AUTO_PARTS', 'NEV', 'AUTO_AFTERMARKET', 'LITHIUM_BATTERY', 'NEW_MATERIALS', 'LOGISTICS');

INSERT INTO park_industry (park_id, industry_id)
SELECT p.id, i.id FROM park p, industry i
WHERE p.code = 'TSINGHUA'
  AND i.code IN ('AUTO_RD', 'NEV', 'INTELLIGENT_MFG', 'HIGH_END_EQUIPMENT', 'TECH_SERVICES');

INSERT INTO park_industry (park_id, industry_id)
SELECT p.id, i.id FROM park p, industry i
WHERE p.code = 'SME'
  AND i.code IN ('ENERGY_SAVING', 'NEW_MATERIALS', 'INTELLIGENT_MFG', 'HIGH_END_EQUIPMENT', 'LIGHT_INDUSTRY',
                 'TECH_SERVICES');

INSERT INTO park_industry (park_id, industry_id)
SELECT p.id, i.id FROM park p, industry i
WHERE p.code = 'PIPELINE'
  AND i.code IN ('PIPELINE_EQUIPMENT', 'METAL_MATERIALS', 'MARINE_EQUIPMENT', 'TECH_SERVICES');

-- ---------------------------------------------------------------------------------------------
-- Plan indicators: every row of 表2 (2015 -> 2020), then the other quantified targets of §9.
-- Units as printed (亿元, 亿美元, 万吨 ...). A range target (e.g. 32-45) is target_value .. target_value_max.
-- ---------------------------------------------------------------------------------------------
INSERT INTO plan_indicator (code, category, name_zh, name_en, unit_zh, unit_en, base_year, base_value, target_year,
                            target_value, target_value_max, target_kind, annual_growth_zh, annual_growth_en,
                            source_ref, sort_order) VALUES
-- 经济发展（7项）
('MAIN_BUSINESS_REVENUE', 'ECONOMY', '主营业务收入', 'Main business revenue', '亿元', '100 million yuan',
 2015, 360.8200, 2020, 1000.0000, NULL, 'AT_LEAST', '22.62以上', '≥ 22.62', '表2', 10),
('GDP', 'ECONOMY', '地区生产总值', 'Gross domestic product', '亿元', '100 million yuan',
 2015, 39.0700, 2020, 300.0000, NULL, 'AT_LEAST', '50.33', '50.33', '表2', 20),
('INDUSTRIAL_VALUE_ADDED', 'ECONOMY', '规模以上工业增加值', 'Value added of industry above designated size', '亿元', '100 million yuan',
 2015, 34.7800, 2020, 200.0000, NULL, 'AT_LEAST', '41.89', '41.89', '表2', 30),
('FISCAL_REVENUE', 'ECONOMY', '财政预算收入', 'Budgetary fiscal revenue', '亿元', '100 million yuan',
 2015, 5.7100, 2020, 60.0000, NULL, 'AT_LEAST', '60.07以上', '≥ 60.07', '表2', 40),
('FDI_ACTUAL', 'ECONOMY', '实际利用外资', 'Foreign direct investment actually used', '亿美元', '100 million USD',
 2015, 0.9100, 2020, 2.8000, NULL, 'AT_LEAST', '25.21', '25.21', '表2', 50),
('IMPORT_EXPORT', 'ECONOMY', '进出口总额', 'Total imports and exports', '亿美元', '100 million USD',
 2015, 0.9300, 2020, 3.0000, NULL, 'AT_LEAST', '26.39', '26.39', '表2', 60),
('FIXED_ASSET_INVESTMENT', 'ECONOMY', '固定资产投资', 'Fixed-asset investment', '亿元', '100 million yuan',
 2015, 73.3000, 2020, 160.0000, NULL, 'AT_LEAST', '16.90', '16.90', '表2', 70),
-- 创新驱动（2项）
('RD_SPENDING', 'INNOVATION', '研究和实验发展经费', 'R&D expenditure', '亿元', '100 million yuan',
 2015, 1.9700, 2020, 2.5000, NULL, 'AT_LEAST', '4.88', '4.88', '表2', 110),
('INVENTION_PATENTS_PER_10K', 'INNOVATION', '万人发明专利拥有量', 'Invention patents per 10,000 people', '件', 'patents',
 2015, 5.4000, 2020, 10.0000, NULL, 'AT_LEAST', '13.12', '13.12', '表2', 120),
-- 资源环境（7项）
('GREEN_COVERAGE', 'ENVIRONMENT', '绿化覆盖率', 'Green coverage ratio', '%', '%',
 2015, 20.4300, 2020, 40.0000, NULL, 'AT_LEAST', '14.38', '14.38', '表2', 210),
('SEWAGE_TREATMENT_RATE', 'ENVIRONMENT', '污水处理率', 'Sewage treatment rate', '%', '%',
 2015, 100.0000, 2020, 100.0000, NULL, 'AT_LEAST', '达到省要求', 'as required by the province', '表2', 220),
('ENERGY_PER_GDP', 'ENVIRONMENT', '万元GDP能源消耗', 'Energy consumption per 10,000 yuan of GDP', '吨标煤', 'tce',
 2015, 0.4217, 2020, 0.3501, NULL, 'AT_MOST', '[3.65]（年均下降）', '-3.65 (annual decrease)', '表2', 230),
('COD_EMISSIONS', 'ENVIRONMENT', '主要污染物排放总量：化学需氧量', 'Total emissions: chemical oxygen demand (COD)', '万吨', '10,000 t',
 2015, 0.0354, 2020, 0.0283, NULL, 'AT_MOST', '达到省要求', 'as required by the province', '表2', 240),
('NH3N_EMISSIONS', 'ENVIRONMENT', '主要污染物排放总量：氨氮', 'Total emissions: ammonia nitrogen (NH3-N)', '万吨', '10,000 t',
 2015, 0.0050, 2020, 0.0039, NULL, 'AT_MOST', '达到省要求', 'as required by the province', '表2', 250),
('SO2_EMISSIONS', 'ENVIRONMENT', '主要污染物排放总量：二氧化硫', 'Total emissions: sulphur dioxide (SO2)', '万吨', '10,000 t',
 2015, 0.0409, 2020, 0.0304, NULL, 'AT_MOST', '达到省要求', 'as required by the province', '表2', 260),
('NOX_EMISSIONS', 'ENVIRONMENT', '主要污染物排放总量：氮氧化物', 'Total emissions: nitrogen oxides (NOx)', '万吨', '10,000 t',
 2015, 0.0052, 2020, 0.0039, NULL, 'AT_MOST', '达到省要求', 'as required by the province', '表2', 270),
-- 民生福祉（4项）
('HOSPITAL_BEDS_PER_10K', 'WELFARE', '每万人拥有病床张数', 'Hospital beds per 10,000 people', '张', 'beds',
 2015, 10.0000, 2020, 32.0000, 45.0000, 'AT_LEAST', '26.19-35.10', '26.19-35.10', '表2', 310),
('SCHOOLING_YEARS', 'WELFARE', '平均受教育年限', 'Average years of schooling', '年', 'years',
 2015, 9.0000, 2020, 9.0000, 12.0000, 'AT_LEAST', '0-5.92', '0-5.92', '表2', 320),
('RURAL_COOP_MEDICAL_RATE', 'WELFARE', '新型农村合作医疗参合率', 'New rural cooperative medical scheme participation', '%', '%',
 2015, 99.0000, 2020, 100.0000, NULL, 'AT_LEAST', '0.20', '0.20', '表2', 330),
('SOCIAL_INSURANCE_COVERAGE', 'WELFARE', '养老保险、失业保险及医疗保险覆盖率', 'Pension, unemployment and medical insurance coverage', '%', '%',
 2015, 85.0000, 2020, 90.0000, 100.0000, 'AT_LEAST', '达到省要求', 'as required by the province', '表2', 340),
-- Other quantified targets of §9 (具体目标), not rows of 表2
('FDI_CUMULATIVE', 'OPENING', '实际利用外资累计（2016-2020）', 'FDI actually used, cumulative 2016-2020', '亿美元', '100 million USD',
 NULL, NULL, 2020, 10.0000, NULL, 'AT_LEAST', NULL, NULL, '第9节(3)', 410),
('PROJECTS_OVER_100M_USD', 'OPENING', '五年新增投资超1亿美元项目', 'New projects over USD 100 million each, 2016-2020', '个', 'projects',
 NULL, NULL, 2020, 5.0000, NULL, 'AT_LEAST', NULL, NULL, '第9节(3)', 420),
('OUTPUT_SHARE_AUTO', 'STRUCTURE', '汽车整车及零部件制造产业占比', 'Share of vehicles and auto parts in output', '%', '%',
 NULL, NULL, 2020, 55.0000, NULL, 'EXACT', NULL, NULL, '第9节(2)', 510),
('OUTPUT_SHARE_EMERGING', 'STRUCTURE', '新兴产业占比', 'Share of emerging industries in output', '%', '%',
 NULL, NULL, 2020, 25.0000, NULL, 'EXACT', NULL, NULL, '第9节(2)', 520),
('OUTPUT_SHARE_TRADITIONAL', 'STRUCTURE', '传统产业占比', 'Share of traditional industries in output', '%', '%',
 NULL, NULL, 2020, 20.0000, NULL, 'EXACT', NULL, NULL, '第9节(2)', 530),
('CUMULATIVE_EMPLOYMENT', 'WELFARE', '五年累计就业人口', 'Cumulative employment, 2016-2020', '万人', '10,000 people',
 NULL, NULL, 2020, 11.0300, NULL, 'AT_LEAST', NULL, NULL, '第9节(5)', 350);

-- 2015 actuals = the base values of 表2
INSERT INTO indicator_value (indicator_id, year, value, note)
SELECT id, base_year, base_value, '表2 2015年基期值'
FROM plan_indicator
WHERE base_year IS NOT NULL AND base_value IS NOT NULL;
