package cn.zhaoshang.crm.report;

import static cn.zhaoshang.crm.db.Tables.ACTIVITY;
import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_STAGE_CHANGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhaoshang.crm.db.enums.ActivityType;
import cn.zhaoshang.crm.db.enums.LandAllocationReleaseKind;
import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.enums.PlotLandUse;
import cn.zhaoshang.crm.db.enums.PlotStatus;
import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.db.enums.ProjectStageBeforeHold;
import cn.zhaoshang.crm.db.enums.ProjectStageChangeFromStage;
import cn.zhaoshang.crm.db.enums.ProjectStageChangeToStage;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A small, fixed pipeline in a park of its own (测试园区), written inside the test's
 * transaction. Filtering the cockpit by this park leaves the demo data out, so every
 * figure below can be computed by hand (ReportServiceTest spells the sums out).
 *
 * <pre>
 * F-1 staff,  investor A (AUTO via the investor), 80000 万元           LEAD 2018-01-10 .. SIGNED 2019-03-01, LAND 2019-06-01, CONSTRUCTION 2019-09-01
 * F-2 staff2, water treatment (EMERGING), 20000 万元, 12000 万美元       LEAD 2018-02-01, skips to SIGNED 2018-05-01, LAND 08-01, CONSTR 12-01, PRODUCTION 2019-04-01
 * F-3 staff,  pipes (TRADITIONAL), 10000 万元, 500 万美元               LEAD 2019-02-01, CONTACTED 04-01, SITE_VISIT 05-01, back to CONTACTED 05-11, SITE_VISIT 06-01, ON_HOLD 07-01
 * F-4 staff2, investor A (AUTO), 5000 万元                             LEAD 2019-03-01, CONTACTED 03-11, LOST 05-01
 * F-5 staff,  investor B (no industry), 3000 万元                      LEAD 2019-11-01
 * F-6 staff2, auto parts (AUTO), 6000 万元, 100 万美元                  LEAD 2018-03-01 .. SIGNED 2018-08-01 (one step a month)
 * F-7 staff,  investor A, 999 万元                                     LEAD 2020-03-01 (after 2019)
 * </pre>
 */
final class ReportFixture {

	static final String PARK_NAME = "测试园区（固定数据）";

	final long parkId;

	final long staff;

	final long staff2;

	final Map<String, Long> projects = new LinkedHashMap<>();

	private final DSLContext dsl;

	final long director;

	private final long investorA;

	private final long investorB;

	ReportFixture(DSLContext dsl) {
		this.dsl = dsl;
		this.staff = user("staff");
		this.staff2 = user("staff2");
		this.director = user("director");
		this.parkId = dsl.insertInto(PARK)
			.set(PARK.CODE, "ZZ_FIXTURE")
			.set(PARK.NAME_ZH, PARK_NAME)
			.set(PARK.NAME_EN, "Fixture Park")
			.set(PARK.PLANNED_AREA_MU, new BigDecimal("105.00"))
			.set(PARK.SORT_ORDER, 99)
			.returning(PARK.ID)
			.fetchSingle()
			.getId();
		this.investorA = investor("固定数据汽车集团", industry("VEHICLE_OEM"));
		this.investorB = investor("固定数据无行业公司", null);

		project("F-1", this.staff, this.investorA, null, "80000", null, ProjectStage.CONSTRUCTION, null, "2018-01-10",
				"LEAD", "2018-03-01", "CONTACTED", "2018-06-01", "SITE_VISIT", "2018-09-01", "NEGOTIATION",
				"2019-01-15", "AGREEMENT", "2019-03-01", "SIGNED", "2019-06-01", "LAND_SUPPLIED", "2019-09-01",
				"CONSTRUCTION");
		project("F-2", this.staff2, this.investorB, industry("WATER_TREATMENT"), "20000", "12000",
				ProjectStage.PRODUCTION, null, "2018-02-01", "LEAD", "2018-05-01", "SIGNED", "2018-08-01",
				"LAND_SUPPLIED", "2018-12-01", "CONSTRUCTION", "2019-04-01", "PRODUCTION");
		project("F-3", this.staff, this.investorB, industry("PIPELINE_EQUIPMENT"), "10000", "500", ProjectStage.ON_HOLD,
				ProjectStageBeforeHold.SITE_VISIT, "2019-02-01", "LEAD", "2019-04-01", "CONTACTED", "2019-05-01",
				"SITE_VISIT", "2019-05-11", "CONTACTED", "2019-06-01", "SITE_VISIT", "2019-07-01", "ON_HOLD");
		project("F-4", this.staff2, this.investorA, null, "5000", null, ProjectStage.LOST, null, "2019-03-01", "LEAD",
				"2019-03-11", "CONTACTED", "2019-05-01", "LOST");
		project("F-5", this.staff, this.investorB, null, "3000", null, ProjectStage.LEAD, null, "2019-11-01", "LEAD");
		project("F-6", this.staff2, this.investorB, industry("AUTO_PARTS"), "6000", "100", ProjectStage.SIGNED, null,
				"2018-03-01", "LEAD", "2018-04-01", "CONTACTED", "2018-05-01", "SITE_VISIT", "2018-06-01",
				"NEGOTIATION", "2018-07-01", "AGREEMENT", "2018-08-01", "SIGNED");
		project("F-7", this.staff, this.investorA, null, "999", null, ProjectStage.LEAD, null, "2020-03-01", "LEAD");

		// plots: 40 allocated, 20 reserved, 30 free, 10 idle + 5 reclaiming
		long t1 = plot("ZZ-T-1", "40", PlotStatus.ALLOCATED);
		long t2 = plot("ZZ-T-2", "20", PlotStatus.RESERVED);
		long t3 = plot("ZZ-T-3", "30", PlotStatus.AVAILABLE);
		long t4 = plot("ZZ-T-4", "10", PlotStatus.IDLE);
		plot("ZZ-T-5", "5", PlotStatus.RECLAIMING);
		// tenants: F-1 on 25 + 10 亩, F-2 on 15 亩; a reservation and a released one do not
		// count
		allocation(t1, "F-1", "25", LandAllocationStatus.CONFIRMED);
		allocation(t4, "F-1", "10", LandAllocationStatus.CONFIRMED);
		allocation(t1, "F-2", "15", LandAllocationStatus.CONFIRMED);
		allocation(t2, "F-6", "20", LandAllocationStatus.RESERVED);
		allocation(t3, "F-6", "30", LandAllocationStatus.RELEASED);

		// follow-ups (督办 as of 2020-01-31)
		task("F-1", this.staff, "2020-01-10", false);
		task("F-3", this.staff, "2020-01-20", false);
		task("F-5", this.staff, "2020-01-30", false);
		task("F-2", this.staff2, "2020-01-05", true);
		task("F-2", this.staff2, "2020-02-15", false);
		task("F-6", this.staff2, "2019-12-20", false);
		// contacts (staff performance 2019)
		contact("F-1", this.staff, ActivityType.VISIT, "2019-02-10");
		contact("F-3", this.staff, ActivityType.VISIT, "2019-03-15");
		contact("F-3", this.staff, ActivityType.SITE_INSPECTION, "2019-05-01");
		contact("F-4", this.staff2, ActivityType.VISIT, "2019-03-05");
		contact("F-2", this.staff2, ActivityType.SITE_INSPECTION, "2018-11-20");
		contact("F-5", this.staff, ActivityType.VISIT, "2020-01-05");
		contact("F-1", this.staff, ActivityType.CALL, "2019-04-01");
	}

	private long user(String username) {
		return this.dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
	}

	private long industry(String code) {
		return this.dsl.select(INDUSTRY.ID).from(INDUSTRY).where(INDUSTRY.CODE.eq(code)).fetchSingle().value1();
	}

	private long investor(String name, @Nullable Long industryId) {
		return this.dsl.insertInto(INVESTOR)
			.set(INVESTOR.NAME_ZH, name)
			.set(INVESTOR.NAME_NORMALIZED, name)
			.set(INVESTOR.INDUSTRY_ID, industryId)
			.returning(INVESTOR.ID)
			.fetchSingle()
			.getId();
	}

	/** A project and its history: pairs of (day, stage), the first from nowhere. */
	private void project(String code, long owner, long investor, @Nullable Long industry, String total,
			@Nullable String usd, ProjectStage stage, @Nullable ProjectStageBeforeHold beforeHold, String... history) {
		LocalDateTime created = day(history[0]);
		LocalDateTime lastMove = day(history[history.length - 2]);
		long id = this.dsl.insertInto(PROJECT)
			.set(PROJECT.CODE, "ZZ-" + code)
			.set(PROJECT.NAME, "固定数据项目 " + code)
			.set(PROJECT.INVESTOR_ID, investor)
			.set(PROJECT.INDUSTRY_ID, industry)
			.set(PROJECT.STAGE, stage)
			.set(PROJECT.STAGE_BEFORE_HOLD, beforeHold)
			.set(PROJECT.STAGE_CHANGED_AT, lastMove)
			.set(PROJECT.LOST_REASON, (stage == ProjectStage.LOST) ? "企业取消投资计划" : null)
			.set(PROJECT.INVESTMENT_TOTAL, new BigDecimal(total))
			.set(PROJECT.INVESTMENT_FOREIGN_USD, (usd != null) ? new BigDecimal(usd) : null)
			.set(PROJECT.PREFERRED_PARK_ID, this.parkId)
			.set(PROJECT.OWNER_ID, owner)
			.set(PROJECT.CREATED_AT, created)
			.returning(PROJECT.ID)
			.fetchSingle()
			.getId();
		this.projects.put(code, id);
		String from = null;
		for (int i = 0; i < history.length; i += 2) {
			this.dsl.insertInto(PROJECT_STAGE_CHANGE)
				.set(PROJECT_STAGE_CHANGE.PROJECT_ID, id)
				.set(PROJECT_STAGE_CHANGE.FROM_STAGE, (from != null) ? ProjectStageChangeFromStage.valueOf(from) : null)
				.set(PROJECT_STAGE_CHANGE.TO_STAGE, ProjectStageChangeToStage.valueOf(history[i + 1]))
				.set(PROJECT_STAGE_CHANGE.CHANGED_BY, this.director)
				.set(PROJECT_STAGE_CHANGE.CHANGED_AT, day(history[i]))
				.execute();
			from = history[i + 1];
		}
	}

	private long plot(String code, String area, PlotStatus status) {
		return this.dsl.insertInto(PLOT)
			.set(PLOT.PARK_ID, this.parkId)
			.set(PLOT.CODE, code)
			.set(PLOT.AREA_MU, new BigDecimal(area))
			.set(PLOT.LAND_USE, PlotLandUse.INDUSTRIAL)
			.set(PLOT.STATUS, status)
			.returning(PLOT.ID)
			.fetchSingle()
			.getId();
	}

	private void allocation(long plot, String project, String area, LandAllocationStatus status) {
		LocalDateTime at = day("2019-06-01");
		this.dsl.insertInto(LAND_ALLOCATION)
			.set(LAND_ALLOCATION.PLOT_ID, plot)
			.set(LAND_ALLOCATION.PROJECT_ID, this.projects.get(project))
			.set(LAND_ALLOCATION.AREA_MU, new BigDecimal(area))
			.set(LAND_ALLOCATION.STATUS, status)
			.set(LAND_ALLOCATION.RESERVED_AT, at)
			.set(LAND_ALLOCATION.CONFIRMED_AT, (status == LandAllocationStatus.CONFIRMED) ? at : null)
			.set(LAND_ALLOCATION.RELEASED_AT, (status == LandAllocationStatus.RELEASED) ? at : null)
			.set(LAND_ALLOCATION.RELEASE_KIND,
					(status == LandAllocationStatus.RELEASED) ? LandAllocationReleaseKind.MANUAL : null)
			.execute();
	}

	private void task(String project, long owner, String due, boolean done) {
		this.dsl.insertInto(ACTIVITY)
			.set(ACTIVITY.INVESTOR_ID, investorOf(project))
			.set(ACTIVITY.PROJECT_ID, this.projects.get(project))
			.set(ACTIVITY.TYPE, ActivityType.TASK)
			.set(ACTIVITY.SUBJECT, "跟进 " + project)
			.set(ACTIVITY.DUE_DATE, LocalDate.parse(due))
			.set(ACTIVITY.DONE, done)
			.set(ACTIVITY.OWNER_ID, owner)
			.execute();
	}

	private void contact(String project, long owner, ActivityType type, String day) {
		this.dsl.insertInto(ACTIVITY)
			.set(ACTIVITY.INVESTOR_ID, investorOf(project))
			.set(ACTIVITY.PROJECT_ID, this.projects.get(project))
			.set(ACTIVITY.TYPE, type)
			.set(ACTIVITY.SUBJECT, type + " " + project)
			.set(ACTIVITY.OCCURRED_AT, day(day).plusHours(10))
			.set(ACTIVITY.DONE, true)
			.set(ACTIVITY.OWNER_ID, owner)
			.execute();
	}

	private long investorOf(String project) {
		return this.dsl.select(PROJECT.INVESTOR_ID)
			.from(PROJECT)
			.where(PROJECT.ID.eq(this.projects.get(project)))
			.fetchSingle()
			.value1();
	}

	private static LocalDateTime day(String day) {
		return LocalDate.parse(day).atTime(10, 0);
	}

	List<Long> ids(String... codes) {
		List<Long> ids = new ArrayList<>();
		for (String code : codes) {
			ids.add(this.projects.get(code));
		}
		return ids;
	}

}
