package cn.zhaoshang.crm.report;

import static cn.zhaoshang.crm.db.Tables.ACTIVITY;
import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.APP_USER_ROLE;
import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PLAN_INDICATOR;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_STAGE_CHANGE;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.choose;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lead;
import static org.jooq.impl.DSL.localDateDiff;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.zhaoshang.crm.db.enums.ActivityType;
import cn.zhaoshang.crm.db.enums.AppUserRoleRole;
import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.enums.PlotStatus;
import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.db.enums.ProjectStageChangeToStage;
import cn.zhaoshang.crm.investor.IndustryCluster;
import cn.zhaoshang.crm.project.ProjectFigures;
import cn.zhaoshang.crm.project.Stage;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The cockpit's aggregates, each one SQL statement over the stage history
 * (project_stage_change), the projects, activities, plots and allocations. Stages "as of"
 * a day come from the history, not from project.stage, so a past month gives the same
 * figures every time it is asked for.
 */
@Repository
class ReportRepository {

	private static final BigDecimal ZERO = BigDecimal.ZERO;

	/** Projects still moving: stuck-in-stage supervision looks only at these. */
	private static final List<ProjectStage> CLOSED = List.of(ProjectStage.AT_CAPACITY, ProjectStage.LOST,
			ProjectStage.EXITED);

	/** The stages whose reaching the cockpit counts, in order. */
	static final List<Stage> MILESTONES = List.of(Stage.SIGNED, Stage.LAND_SUPPLIED, Stage.CONSTRUCTION,
			Stage.PRODUCTION);

	private final DSLContext dsl;

	ReportRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	// ---------------------------------------------------------------- building blocks

	/**
	 * Who is asking and what they filter on, as far as projects go.
	 *
	 * @param ownerId STAFF: only the projects (and activities) they own; null for all
	 */
	record Scope(@Nullable Long parkId, @Nullable IndustryCluster cluster, @Nullable Long ownerId) {

		static Scope of(ReportFilter filter, @Nullable Long ownerId) {
			return new Scope(filter.parkId(), filter.cluster(), ownerId);
		}

		/** The same without the park (tenants are found by their plots' park). */
		Scope anyPark() {
			return new Scope(null, this.cluster, this.ownerId);
		}

	}

	/**
	 * A project with its investor and industry: the project's own industry, else its
	 * investor's, gives the cluster.
	 */
	private static Table<?> projects(Table<?> base, Condition on) {
		return base.join(PROJECT)
			.on(on)
			.join(INVESTOR)
			.on(INVESTOR.ID.eq(PROJECT.INVESTOR_ID))
			.leftJoin(INDUSTRY)
			.on(INDUSTRY.ID.eq(coalesce(PROJECT.INDUSTRY_ID, INVESTOR.INDUSTRY_ID)));
	}

	private static Table<?> projects() {
		return PROJECT.join(INVESTOR)
			.on(INVESTOR.ID.eq(PROJECT.INVESTOR_ID))
			.leftJoin(INDUSTRY)
			.on(INDUSTRY.ID.eq(coalesce(PROJECT.INDUSTRY_ID, INVESTOR.INDUSTRY_ID)));
	}

	/** The filter and scope on a query that joins {@link #projects}. */
	private static Condition where(Scope scope) {
		Condition c = noCondition();
		if (scope.parkId() != null) {
			c = c.and(PROJECT.PREFERRED_PARK_ID.eq(scope.parkId()));
		}
		if (scope.cluster() != null) {
			c = c.and(INDUSTRY.CLUSTER.eq(dbCluster(scope.cluster())));
		}
		if (scope.ownerId() != null) {
			c = c.and(PROJECT.OWNER_ID.eq(scope.ownerId()));
		}
		return c;
	}

	/**
	 * Activities under the filter: with a park or cluster, only those of matching
	 * projects; a staff member's own.
	 */
	private static Condition activities(Scope scope) {
		Condition c = noCondition();
		if (scope.parkId() != null || scope.cluster() != null) {
			c = c.and(ACTIVITY.PROJECT_ID.in(select(PROJECT.ID).from(projects())
				.where(where(new Scope(scope.parkId(), scope.cluster(), null)))));
		}
		if (scope.ownerId() != null) {
			c = c.and(ACTIVITY.OWNER_ID.eq(scope.ownerId()));
		}
		return c;
	}

	private static cn.zhaoshang.crm.db.enums.IndustryCluster dbCluster(IndustryCluster cluster) {
		return cn.zhaoshang.crm.db.enums.IndustryCluster.valueOf(cluster.name());
	}

	private static @Nullable IndustryCluster cluster(cn.zhaoshang.crm.db.enums.@Nullable IndustryCluster cluster) {
		return (cluster != null) ? IndustryCluster.valueOf(cluster.name()) : null;
	}

	private static ProjectStageChangeToStage toStage(Stage stage) {
		return ProjectStageChangeToStage.valueOf(stage.name());
	}

	private static Stage stage(Enum<?> dbStage) {
		return Stage.valueOf(dbStage.name());
	}

	/** The main-line stages from {@code stage} on. */
	private static List<ProjectStageChangeToStage> atOrAfter(Stage stage) {
		return Stage.mainLine().stream().filter(s -> s.step() >= stage.step()).map(ReportRepository::toStage).toList();
	}

	/** A history row's position on the main line (LEAD = 0), NULL off it. */
	private static Field<Integer> step(Field<ProjectStageChangeToStage> stage) {
		CaseValueStep<ProjectStageChangeToStage> choice = choose(stage);
		CaseWhenStep<ProjectStageChangeToStage, Integer> steps = null;
		for (Stage s : Stage.mainLine()) {
			steps = (steps == null) ? choice.when(toStage(s), inline(s.step()))
					: steps.when(toStage(s), inline(s.step()));
		}
		return steps.otherwise(inline((Integer) null));
	}

	private static BigDecimal orZero(@Nullable BigDecimal value) {
		return (value != null) ? value : ZERO;
	}

	private static Condition between(Field<LocalDateTime> at, LocalDateTime from, LocalDateTime until) {
		return at.ge(from).and(at.lt(until));
	}

	/**
	 * Per project, when it first reached each milestone (or a later main-line stage):
	 * going back a step and forward again does not count twice.
	 */
	private static Table<?> milestonesReached() {
		List<Field<?>> fields = new ArrayList<>();
		fields.add(PROJECT_STAGE_CHANGE.PROJECT_ID);
		for (Stage m : MILESTONES) {
			fields.add(min(when(PROJECT_STAGE_CHANGE.TO_STAGE.in(atOrAfter(m)), PROJECT_STAGE_CHANGE.CHANGED_AT))
				.as(reachedName(m)));
		}
		return select(fields).from(PROJECT_STAGE_CHANGE).groupBy(PROJECT_STAGE_CHANGE.PROJECT_ID).asTable("ms");
	}

	private static String reachedName(Stage milestone) {
		return "reached_" + milestone.name().toLowerCase(java.util.Locale.ROOT);
	}

	private static Field<LocalDateTime> reached(Table<?> ms, Stage milestone) {
		return ms.field(reachedName(milestone), LocalDateTime.class);
	}

	// ---------------------------------------------------------------- funnel

	/** Stage counts and money at the end of the period, from each project's last move. */
	Map<Stage, FunnelStage> funnel(ReportFilter filter, Scope scope) {
		LocalDateTime end = filter.end();
		Table<?> latest = select(PROJECT_STAGE_CHANGE.PROJECT_ID, PROJECT_STAGE_CHANGE.TO_STAGE,
				rowNumber()
					.over(partitionBy(PROJECT_STAGE_CHANGE.PROJECT_ID).orderBy(PROJECT_STAGE_CHANGE.CHANGED_AT.desc(),
							PROJECT_STAGE_CHANGE.ID.desc()))
					.as("rn"))
			.from(PROJECT_STAGE_CHANGE)
			.where(PROJECT_STAGE_CHANGE.CHANGED_AT.lt(end))
			.asTable("latest");
		Field<ProjectStageChangeToStage> stageNow = latest.field(PROJECT_STAGE_CHANGE.TO_STAGE);
		Map<Stage, int[]> counts = new EnumMap<>(Stage.class);
		Map<Stage, BigDecimal[]> money = new EnumMap<>(Stage.class);
		this.dsl.select(stageNow, count(), sum(PROJECT.INVESTMENT_TOTAL), sum(PROJECT.INVESTMENT_FOREIGN_USD))
			.from(projects(latest, PROJECT.ID.eq(latest.field(PROJECT_STAGE_CHANGE.PROJECT_ID))))
			.where(latest.field("rn", Integer.class).eq(1))
			.and(where(scope))
			.groupBy(stageNow)
			.fetch()
			.forEach(r -> {
				counts.put(stage(r.value1()), new int[] { r.value2() });
				money.put(stage(r.value1()), new BigDecimal[] { orZero(r.value3()), orZero(r.value4()) });
			});

		// how far each project had got by the end: max step on the main line
		Field<Integer> maxStep = max(step(PROJECT_STAGE_CHANGE.TO_STAGE)).as("max_step");
		Table<?> furthest = select(PROJECT_STAGE_CHANGE.PROJECT_ID, maxStep).from(PROJECT_STAGE_CHANGE)
			.where(PROJECT_STAGE_CHANGE.CHANGED_AT.lt(end))
			.groupBy(PROJECT_STAGE_CHANGE.PROJECT_ID)
			.asTable("furthest");
		Field<Integer> furthestStep = furthest.field("max_step", Integer.class);
		List<Field<Integer>> reachedFields = Stage.mainLine()
			.stream()
			.map(s -> coalesce(sum(when(furthestStep.ge(s.step()), inline(1)).otherwise(inline(0))), inline(0))
				.cast(SQLDataType.INTEGER))
			.toList();
		Record reachedRow = this.dsl.select(reachedFields)
			.from(projects(furthest, PROJECT.ID.eq(furthest.field(PROJECT_STAGE_CHANGE.PROJECT_ID))))
			.where(where(scope))
			.fetchSingle();

		Map<Stage, BigDecimal[]> medians = medianDays(filter, scope);
		Map<Stage, FunnelStage> funnel = new EnumMap<>(Stage.class);
		int previousReached = 0;
		for (Stage s : Stage.values()) {
			int projects = counts.getOrDefault(s, new int[] { 0 })[0];
			BigDecimal[] m = money.getOrDefault(s, new BigDecimal[] { ZERO, ZERO });
			int reached = s.isMainLine() ? reachedRow.get(s.step(), Integer.class) : 0;
			BigDecimal conversion = (s.isMainLine() && s.step() > 0) ? Ratios.pct(reached, previousReached) : null;
			BigDecimal[] median = medians.get(s);
			funnel.put(s, new FunnelStage(s, projects, m[0], m[1], reached, conversion,
					(median != null) ? median[0] : null, (median != null) ? median[1].intValue() : 0));
			if (s.isMainLine()) {
				previousReached = reached;
			}
		}
		return funnel;
	}

	/**
	 * Median days per main-line stage over the stays that ended in the period. A stay
	 * runs from a move into the stage to the project's next move (LEAD over the history);
	 * the median is the middle stay, or the mean of the middle two (ROW_NUMBER and COUNT
	 * over the stage, which MySQL 8 and MariaDB both run; MEDIAN() is MariaDB only).
	 */
	private Map<Stage, BigDecimal[]> medianDays(ReportFilter filter, Scope scope) {
		Field<LocalDateTime> leftAt = lead(PROJECT_STAGE_CHANGE.CHANGED_AT)
			.over(partitionBy(PROJECT_STAGE_CHANGE.PROJECT_ID).orderBy(PROJECT_STAGE_CHANGE.CHANGED_AT,
					PROJECT_STAGE_CHANGE.ID))
			.as("left_at");
		Table<?> stays = select(PROJECT_STAGE_CHANGE.TO_STAGE, PROJECT_STAGE_CHANGE.CHANGED_AT, leftAt)
			.from(projects(PROJECT_STAGE_CHANGE, PROJECT.ID.eq(PROJECT_STAGE_CHANGE.PROJECT_ID)))
			.where(where(scope))
			.asTable("stays");
		Field<ProjectStageChangeToStage> stayStage = stays.field(PROJECT_STAGE_CHANGE.TO_STAGE);
		Field<LocalDateTime> stayLeft = stays.field("left_at", LocalDateTime.class);
		Field<Integer> days = localDateDiff(stayLeft.cast(SQLDataType.LOCALDATE),
				stays.field(PROJECT_STAGE_CHANGE.CHANGED_AT).cast(SQLDataType.LOCALDATE));
		Table<?> ranked = select(stayStage, days.as("days"),
				rowNumber().over(partitionBy(stayStage).orderBy(days)).as("rn"),
				count().over(partitionBy(stayStage)).as("cnt"))
			.from(stays)
			.where(stayLeft.ge(filter.start()))
			.and(stayLeft.lt(filter.end()))
			.and(stayStage.in(atOrAfter(Stage.LEAD)))
			.asTable("ranked");
		Field<ProjectStageChangeToStage> rankedStage = ranked.field(PROJECT_STAGE_CHANGE.TO_STAGE);
		Field<Integer> rn = ranked.field("rn", Integer.class);
		Field<Integer> cnt = ranked.field("cnt", Integer.class);
		Map<Stage, BigDecimal[]> medians = new EnumMap<>(Stage.class);
		this.dsl.select(rankedStage, round(avg(ranked.field("days", Integer.class)), 1), max(cnt))
			.from(ranked)
			// the middle row (odd count) or the middle two (even): 2*rn in (cnt, cnt+1,
			// cnt+2)
			.where(rn.mul(2).in(cnt, cnt.plus(1), cnt.plus(2)))
			.groupBy(rankedStage)
			.fetch()
			.forEach(r -> medians.put(stage(r.value1()),
					new BigDecimal[] { r.value2().setScale(1), BigDecimal.valueOf(r.value3()) }));
		return medians;
	}

	// ---------------------------------------------------------------- milestones

	/** Projects reaching each milestone in the period and a year earlier, with money. */
	List<Milestone> milestones(ReportFilter filter, Scope scope) {
		Table<?> ms = milestonesReached();
		ReportFilter last = filter.lastYear();
		List<Field<?>> fields = new ArrayList<>();
		for (Stage m : MILESTONES) {
			for (ReportFilter period : List.of(filter, last)) {
				Condition in = between(reached(ms, m), period.start(), period.end());
				fields.add(count(when(in, inline(1))));
				fields.add(sum(when(in, PROJECT.INVESTMENT_TOTAL)));
				fields.add(sum(when(in, PROJECT.INVESTMENT_FOREIGN_USD)));
			}
		}
		Record row = this.dsl.select(fields)
			.from(projects(ms, PROJECT.ID.eq(ms.field(PROJECT_STAGE_CHANGE.PROJECT_ID))))
			.where(where(scope))
			.fetchSingle();
		List<Milestone> milestones = new ArrayList<>();
		int i = 0;
		for (Stage m : MILESTONES) {
			milestones.add(new Milestone(m, row.get(i, Integer.class), orZero(row.get(i + 1, BigDecimal.class)),
					orZero(row.get(i + 2, BigDecimal.class)), row.get(i + 3, Integer.class),
					orZero(row.get(i + 4, BigDecimal.class)), orZero(row.get(i + 5, BigDecimal.class))));
			i += 6;
		}
		return milestones;
	}

	// ---------------------------------------------------------------- plan targets

	/** A plan indicator's target and target year. */
	record Indicator(BigDecimal target, int targetYear) {
	}

	Map<String, Indicator> indicators(List<String> codes) {
		return this.dsl.select(PLAN_INDICATOR.CODE, PLAN_INDICATOR.TARGET_VALUE, PLAN_INDICATOR.TARGET_YEAR)
			.from(PLAN_INDICATOR)
			.where(PLAN_INDICATOR.CODE.in(codes))
			.fetchMap(r -> r.value1(), r -> new Indicator(r.value2(), r.value3()));
	}

	/**
	 * Signed in [from, until): (major projects, foreign capital 万美元) and the total
	 * investment by cluster.
	 * @param majorTotal a total investment (万元) from which a project counts as major: 1
	 * 亿美元 at the configured rate
	 */
	SignedInWindow signedInWindow(LocalDateTime from, LocalDateTime until, BigDecimal majorTotal, Scope scope) {
		Table<?> ms = milestonesReached();
		Condition signed = between(reached(ms, Stage.SIGNED), from, until);
		// the same rule as ProjectFigures.isMajor, in SQL
		Condition major = PROJECT.INVESTMENT_FOREIGN_USD.ge(ProjectFigures.MAJOR_USD)
			.or(PROJECT.INVESTMENT_TOTAL.ge(majorTotal));
		Table<?> joined = projects(ms, PROJECT.ID.eq(ms.field(PROJECT_STAGE_CHANGE.PROJECT_ID)));
		Record row = this.dsl
			.select(count(when(signed.and(major), inline(1))), sum(when(signed, PROJECT.INVESTMENT_FOREIGN_USD)))
			.from(joined)
			.where(where(scope))
			.fetchSingle();
		Map<@Nullable IndustryCluster, BigDecimal> byCluster = new java.util.LinkedHashMap<>();
		this.dsl.select(INDUSTRY.CLUSTER, sum(PROJECT.INVESTMENT_TOTAL))
			.from(joined)
			.where(where(scope))
			.and(signed)
			.groupBy(INDUSTRY.CLUSTER)
			.orderBy(INDUSTRY.CLUSTER)
			.fetch()
			.forEach(r -> byCluster.put(cluster(r.value1()), orZero(r.value2())));
		return new SignedInWindow(row.get(0, Integer.class), orZero(row.get(1, BigDecimal.class)), byCluster);
	}

	record SignedInWindow(int majorProjects, BigDecimal foreignUsd,
			Map<@Nullable IndustryCluster, BigDecimal> investmentByCluster) {
	}

	// ---------------------------------------------------------------- land

	/**
	 * Per park (all, or {@code parkId}): plot areas by status today, and the tenants
	 * (confirmed allocations) with their investment intensity.
	 * @param tenantScope which tenants count (a staff member's own projects; a cluster)
	 */
	List<ParkLand> land(@Nullable Long parkId, Scope tenantScope) {
		Table<?> plots = select(PLOT.PARK_ID, area(PlotStatus.ALLOCATED).as("allocated"),
				area(PlotStatus.RESERVED).as("reserved"), area(PlotStatus.AVAILABLE).as("free"),
				area(PlotStatus.IDLE, PlotStatus.RECLAIMING).as("idle"))
			.from(PLOT)
			.groupBy(PLOT.PARK_ID)
			.asTable("plots");
		// one row per tenant and park, so a project on two plots counts its investment
		// once
		Table<?> perTenant = select(PLOT.PARK_ID, LAND_ALLOCATION.PROJECT_ID, sum(LAND_ALLOCATION.AREA_MU).as("area"),
				max(PROJECT.INVESTMENT_TOTAL).as("investment"))
			.from(projects(LAND_ALLOCATION.join(PLOT).on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID)),
					PROJECT.ID.eq(LAND_ALLOCATION.PROJECT_ID)))
			.where(LAND_ALLOCATION.STATUS.eq(LandAllocationStatus.CONFIRMED))
			.and(where(tenantScope))
			.groupBy(PLOT.PARK_ID, LAND_ALLOCATION.PROJECT_ID)
			.asTable("per_tenant");
		Field<BigDecimal> tenantInvestment = perTenant.field("investment", BigDecimal.class);
		Table<?> tenants = select(perTenant.field(PLOT.PARK_ID), count().as("tenants"),
				sum(when(tenantInvestment.isNotNull(), perTenant.field("area", BigDecimal.class))).as("area"),
				sum(tenantInvestment).as("investment"))
			.from(perTenant)
			.groupBy(perTenant.field(PLOT.PARK_ID))
			.asTable("tenants");
		Field<BigDecimal> tenantArea = tenants.field("area", BigDecimal.class);
		Field<BigDecimal> intensity = round(tenants.field("investment", BigDecimal.class).div(nullif(tenantArea, ZERO)),
				ProjectFigures.SCALE);
		return this.dsl
			.select(PARK.ID, PARK.CODE, PARK.NAME_ZH, PARK.NAME_EN,
					coalesce(plots.field("allocated", BigDecimal.class), ZERO),
					coalesce(plots.field("reserved", BigDecimal.class), ZERO),
					coalesce(plots.field("free", BigDecimal.class), ZERO),
					coalesce(plots.field("idle", BigDecimal.class), ZERO),
					coalesce(tenants.field("tenants", Integer.class), inline(0)), intensity)
			.from(PARK)
			.leftJoin(plots)
			.on(plots.field(PLOT.PARK_ID).eq(PARK.ID))
			.leftJoin(tenants)
			.on(tenants.field(PLOT.PARK_ID).eq(PARK.ID))
			.where((parkId != null) ? PARK.ID.eq(parkId) : noCondition())
			.orderBy(PARK.SORT_ORDER, PARK.ID)
			.fetch(r -> new ParkLand(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
					r.value8(), r.value9(), (r.value10() != null) ? r.value10().setScale(ProjectFigures.SCALE) : null));
	}

	private static Field<BigDecimal> area(PlotStatus... statuses) {
		return coalesce(sum(when(PLOT.STATUS.in(statuses), PLOT.AREA_MU)), ZERO);
	}

	// ---------------------------------------------------------------- supervision

	private static Field<Integer> daysInStage(LocalDate asOf) {
		return localDateDiff(inline(asOf), PROJECT.STAGE_CHANGED_AT.cast(SQLDataType.LOCALDATE));
	}

	private static Condition stuck(LocalDate asOf, int stuckDays) {
		return PROJECT.STAGE.notIn(CLOSED).and(daysInStage(asOf).gt(stuckDays));
	}

	/** Open projects in their stage for more than {@code stuckDays}, longest first. */
	List<StuckProject> stuckProjects(LocalDate asOf, int stuckDays, Scope scope, int limit) {
		Field<Integer> days = daysInStage(asOf);
		return this.dsl
			.select(PROJECT.ID, PROJECT.CODE, PROJECT.NAME, PROJECT.STAGE, APP_USER.DISPLAY_NAME,
					PROJECT.STAGE_CHANGED_AT, days)
			.from(projects().join(APP_USER).on(APP_USER.ID.eq(PROJECT.OWNER_ID)))
			.where(where(scope))
			.and(stuck(asOf, stuckDays))
			.orderBy(days.desc(), PROJECT.ID)
			.limit(limit)
			.fetch(r -> new StuckProject(r.value1(), r.value2(), r.value3(), stage(r.value4()), r.value5(), r.value6(),
					r.value7()));
	}

	int stuckCount(LocalDate asOf, int stuckDays, Scope scope) {
		return this.dsl.selectCount()
			.from(projects())
			.where(where(scope))
			.and(stuck(asOf, stuckDays))
			.fetchSingle()
			.value1();
	}

	/** Per owner: stuck projects and follow-ups due before {@code asOf} and not done. */
	List<OwnerSupervision> byOwner(LocalDate asOf, int stuckDays, Scope scope) {
		Table<?> stuckPerOwner = select(PROJECT.OWNER_ID, count().as("stuck")).from(projects())
			.where(where(scope))
			.and(stuck(asOf, stuckDays))
			.groupBy(PROJECT.OWNER_ID)
			.asTable("s");
		Table<?> overduePerOwner = select(ACTIVITY.OWNER_ID, count().as("overdue"), min(ACTIVITY.DUE_DATE).as("oldest"))
			.from(ACTIVITY)
			.where(ACTIVITY.DONE.isFalse())
			.and(ACTIVITY.DUE_DATE.lt(asOf))
			.and(activities(scope))
			.groupBy(ACTIVITY.OWNER_ID)
			.asTable("o");
		Field<Integer> stuck = coalesce(stuckPerOwner.field("stuck", Integer.class), inline(0));
		Field<Integer> overdue = coalesce(overduePerOwner.field("overdue", Integer.class), inline(0));
		return this.dsl
			.select(APP_USER.ID, APP_USER.DISPLAY_NAME, stuck, overdue,
					overduePerOwner.field("oldest", LocalDate.class))
			.from(APP_USER)
			.leftJoin(stuckPerOwner)
			.on(stuckPerOwner.field(PROJECT.OWNER_ID).eq(APP_USER.ID))
			.leftJoin(overduePerOwner)
			.on(overduePerOwner.field(ACTIVITY.OWNER_ID).eq(APP_USER.ID))
			.where(stuckPerOwner.field(PROJECT.OWNER_ID)
				.isNotNull()
				.or(overduePerOwner.field(ACTIVITY.OWNER_ID).isNotNull()))
			.orderBy(stuck.plus(overdue).desc(), APP_USER.DISPLAY_NAME, APP_USER.ID)
			.fetch(r -> new OwnerSupervision(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	// ---------------------------------------------------------------- staff performance

	/** Every enabled STAFF user (or just {@code scope.ownerId}) with their period. */
	List<StaffPerformance> staffPerformance(ReportFilter filter, Scope scope) {
		Scope anyOwner = new Scope(scope.parkId(), scope.cluster(), null);
		Table<?> leads = select(PROJECT.OWNER_ID, count().as("leads")).from(projects())
			.where(where(anyOwner))
			.and(between(PROJECT.CREATED_AT, filter.start(), filter.end()))
			.groupBy(PROJECT.OWNER_ID)
			.asTable("leads");
		Table<?> acts = select(ACTIVITY.OWNER_ID,
				count(when(ACTIVITY.TYPE.eq(ActivityType.VISIT), inline(1))).as("visits"),
				count(when(ACTIVITY.TYPE.eq(ActivityType.SITE_INSPECTION), inline(1))).as("inspections"))
			.from(ACTIVITY)
			.where(between(ACTIVITY.OCCURRED_AT, filter.start(), filter.end()))
			.and(activities(anyOwner))
			.groupBy(ACTIVITY.OWNER_ID)
			.asTable("acts");
		Table<?> ms = milestonesReached();
		Table<?> signed = select(PROJECT.OWNER_ID, count().as("signings"),
				sum(PROJECT.INVESTMENT_TOTAL).as("investment"), sum(PROJECT.INVESTMENT_FOREIGN_USD).as("usd"))
			.from(projects(ms, PROJECT.ID.eq(ms.field(PROJECT_STAGE_CHANGE.PROJECT_ID))))
			.where(where(anyOwner))
			.and(between(reached(ms, Stage.SIGNED), filter.start(), filter.end()))
			.groupBy(PROJECT.OWNER_ID)
			.asTable("signed");
		Condition who = APP_USER.ENABLED.isTrue();
		if (scope.ownerId() != null) {
			who = who.and(APP_USER.ID.eq(scope.ownerId()));
		}
		Field<BigDecimal> investment = coalesce(signed.field("investment", BigDecimal.class), ZERO);
		return this.dsl
			.select(APP_USER.ID, APP_USER.DISPLAY_NAME, coalesce(leads.field("leads", Integer.class), inline(0)),
					coalesce(acts.field("visits", Integer.class), inline(0)),
					coalesce(acts.field("inspections", Integer.class), inline(0)),
					coalesce(signed.field("signings", Integer.class), inline(0)), investment,
					coalesce(signed.field("usd", BigDecimal.class), ZERO))
			.from(APP_USER)
			.join(APP_USER_ROLE)
			.on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID).and(APP_USER_ROLE.ROLE.eq(AppUserRoleRole.STAFF)))
			.leftJoin(leads)
			.on(leads.field(PROJECT.OWNER_ID).eq(APP_USER.ID))
			.leftJoin(acts)
			.on(acts.field(ACTIVITY.OWNER_ID).eq(APP_USER.ID))
			.leftJoin(signed)
			.on(signed.field(PROJECT.OWNER_ID).eq(APP_USER.ID))
			.where(who)
			.orderBy(investment.desc(), APP_USER.DISPLAY_NAME, APP_USER.ID)
			.fetch(r -> new StaffPerformance(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8()));
	}

	Optional<Long> parkOf(long userId) {
		return this.dsl.select(APP_USER.PARK_ID)
			.from(APP_USER)
			.where(APP_USER.ID.eq(userId))
			.fetchOptional(APP_USER.PARK_ID);
	}

	Optional<String> parkName(long parkId, boolean chinese) {
		return this.dsl.select(chinese ? PARK.NAME_ZH : PARK.NAME_EN)
			.from(PARK)
			.where(PARK.ID.eq(parkId))
			.fetchOptional(r -> r.value1());
	}

}
