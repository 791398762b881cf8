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
import static cn.zhaoshang.crm.db.Tables.PROJECT_MILESTONE;
import static cn.zhaoshang.crm.db.Tables.PROJECT_STAGE_CHANGE;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.localDateDiff;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
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
import cn.zhaoshang.crm.db.enums.ProjectStageChangeFromStage;
import cn.zhaoshang.crm.db.tables.ProjectStageChange;
import cn.zhaoshang.crm.investor.IndustryCluster;
import cn.zhaoshang.crm.project.ProjectFigures;
import cn.zhaoshang.crm.project.Stage;
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

	/**
	 * The same, joined to investor and industry only when the cluster filter needs them
	 * (a province's 400,000 projects join twice for nothing otherwise).
	 */
	private static Table<?> projects(Table<?> base, Condition on, Scope scope) {
		return (scope.cluster() != null) ? projects(base, on) : base.join(PROJECT).on(on);
	}

	private static Table<?> projects(Scope scope) {
		return (scope.cluster() != null) ? projects() : PROJECT;
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
	 * The filter and scope on a milestone's own copy of its project's figures (V021: the
	 * owner, park, industry and money, kept by triggers), so that milestones are counted
	 * without joining their projects.
	 */
	private static Condition milestoneWhere(Scope scope) {
		Condition c = noCondition();
		if (scope.parkId() != null) {
			c = c.and(PROJECT_MILESTONE.PARK_ID.eq(scope.parkId()));
		}
		if (scope.cluster() != null) {
			c = c.and(PROJECT_MILESTONE.INDUSTRY_ID
				.in(select(INDUSTRY.ID).from(INDUSTRY).where(INDUSTRY.CLUSTER.eq(dbCluster(scope.cluster())))));
		}
		if (scope.ownerId() != null) {
			c = c.and(PROJECT_MILESTONE.OWNER_ID.eq(scope.ownerId()));
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
			c = c.and(ACTIVITY.PROJECT_ID.in(select(PROJECT.ID).from(projects(scope))
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

	private static Stage stage(Enum<?> dbStage) {
		return Stage.valueOf(dbStage.name());
	}

	private static BigDecimal orZero(@Nullable BigDecimal value) {
		return (value != null) ? value : ZERO;
	}

	private static Condition between(Field<LocalDateTime> at, LocalDateTime from, LocalDateTime until) {
		return at.ge(from).and(at.lt(until));
	}

	/** A milestone row of the step, reached in [from, until). */
	private static Condition reachedIn(Stage stage, LocalDateTime from, LocalDateTime until) {
		return PROJECT_MILESTONE.STEP.eq((byte) stage.step()).and(between(PROJECT_MILESTONE.REACHED_AT, from, until));
	}

	// ---------------------------------------------------------------- funnel

	/** Projects and money per stage at the end of a period. */
	record Standing(Map<Stage, int[]> counts, Map<Stage, BigDecimal[]> money) {
	}

	/**
	 * Stage counts and money at the end of the period: today's stages, with the moves
	 * made since then undone (a project stood at the end where its first later move took
	 * it from; a project whose first move is later did not exist yet). Reads the projects
	 * and the moves after the end only, not the whole history.
	 */
	Standing standing(ReportFilter filter, Scope scope) {
		LocalDateTime end = filter.end();
		Map<Stage, int[]> counts = new EnumMap<>(Stage.class);
		Map<Stage, BigDecimal[]> money = new EnumMap<>(Stage.class);
		this.dsl.select(PROJECT.STAGE, count(), sum(PROJECT.INVESTMENT_TOTAL), sum(PROJECT.INVESTMENT_FOREIGN_USD))
			.from(projects(scope))
			.where(where(scope))
			.groupBy(PROJECT.STAGE)
			.forEach(r -> add(counts, money, stage(r.value1()), r.value2(), r.value3(), r.value4()));
		ProjectStageChange earlier = PROJECT_STAGE_CHANGE.as("earlier");
		Condition firstSinceEnd = notExists(selectOne().from(earlier)
			.where(earlier.PROJECT_ID.eq(PROJECT_STAGE_CHANGE.PROJECT_ID))
			.and(earlier.CHANGED_AT.ge(end))
			.and(earlier.CHANGED_AT.lt(PROJECT_STAGE_CHANGE.CHANGED_AT)
				.or(earlier.CHANGED_AT.eq(PROJECT_STAGE_CHANGE.CHANGED_AT)
					.and(earlier.ID.lt(PROJECT_STAGE_CHANGE.ID)))));
		this.dsl
			.select(PROJECT.STAGE, PROJECT_STAGE_CHANGE.FROM_STAGE, count(), sum(PROJECT.INVESTMENT_TOTAL),
					sum(PROJECT.INVESTMENT_FOREIGN_USD))
			.from(projects(PROJECT_STAGE_CHANGE, PROJECT.ID.eq(PROJECT_STAGE_CHANGE.PROJECT_ID), scope))
			.where(PROJECT_STAGE_CHANGE.CHANGED_AT.ge(end))
			.and(firstSinceEnd)
			.and(where(scope))
			.groupBy(PROJECT.STAGE, PROJECT_STAGE_CHANGE.FROM_STAGE)
			.forEach(r -> {
				add(counts, money, stage(r.value1()), -r.value3(), negate(r.value4()), negate(r.value5()));
				if (r.value2() != null) {
					add(counts, money, stage(r.value2()), r.value3(), r.value4(), r.value5());
				}
			});
		return new Standing(counts, money);
	}

	/**
	 * How far the projects had got by the end of the period: each step reached before it.
	 */
	Map<Integer, Integer> reachedByStep(ReportFilter filter, Scope scope) {
		Map<Integer, Integer> reachedByStep = new java.util.HashMap<>();
		this.dsl.select(PROJECT_MILESTONE.STEP, count())
			.from(PROJECT_MILESTONE)
			.where(PROJECT_MILESTONE.REACHED_AT.lt(filter.end()))
			.and(milestoneWhere(scope))
			.groupBy(PROJECT_MILESTONE.STEP)
			.forEach(r -> reachedByStep.put(r.value1().intValue(), r.value2()));
		return reachedByStep;
	}

	/** The funnel from its parts: standing at the end, steps reached, median stays. */
	static Map<Stage, FunnelStage> funnel(Standing standing, Map<Integer, Integer> reachedByStep,
			Map<Stage, BigDecimal[]> medians) {
		Map<Stage, int[]> counts = standing.counts();
		Map<Stage, BigDecimal[]> money = standing.money();
		Map<Stage, FunnelStage> funnel = new EnumMap<>(Stage.class);
		int previousReached = 0;
		for (Stage s : Stage.values()) {
			int projects = counts.getOrDefault(s, new int[] { 0 })[0];
			BigDecimal[] m = money.getOrDefault(s, new BigDecimal[] { ZERO, ZERO });
			int reached = s.isMainLine() ? reachedByStep.getOrDefault(s.step(), 0) : 0;
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

	private static void add(Map<Stage, int[]> counts, Map<Stage, BigDecimal[]> money, Stage stage, int projects,
			@Nullable BigDecimal investment, @Nullable BigDecimal usd) {
		counts.computeIfAbsent(stage, k -> new int[1])[0] += projects;
		BigDecimal[] m = money.computeIfAbsent(stage, k -> new BigDecimal[] { ZERO, ZERO });
		m[0] = m[0].add(orZero(investment));
		m[1] = m[1].add(orZero(usd));
	}

	private static @Nullable BigDecimal negate(@Nullable BigDecimal value) {
		return (value != null) ? value.negate() : null;
	}

	/**
	 * Median days per main-line stage over the stays that ended in the period. A stay
	 * runs from a move into the stage to the project's next move, which keeps when the
	 * stay began ({@code from_stage_since}), so only the period's moves are read. The
	 * median is the middle stay, or the mean of the middle two (ROW_NUMBER and COUNT over
	 * the stage, which MySQL 8 and MariaDB both run; MEDIAN() is MariaDB only).
	 */
	Map<Stage, BigDecimal[]> medianDays(ReportFilter filter, Scope scope) {
		Field<ProjectStageChangeFromStage> stayStage = PROJECT_STAGE_CHANGE.FROM_STAGE;
		Field<Integer> days = localDateDiff(PROJECT_STAGE_CHANGE.CHANGED_AT.cast(SQLDataType.LOCALDATE),
				PROJECT_STAGE_CHANGE.FROM_STAGE_SINCE.cast(SQLDataType.LOCALDATE));
		List<ProjectStageChangeFromStage> mainLine = Stage.mainLine()
			.stream()
			.map(s -> ProjectStageChangeFromStage.valueOf(s.name()))
			.toList();
		Table<?> ranked = select(stayStage, days.as("days"),
				rowNumber().over(partitionBy(stayStage).orderBy(days)).as("rn"),
				count().over(partitionBy(stayStage)).as("cnt"))
			.from(unscoped(scope) ? PROJECT_STAGE_CHANGE
					: projects(PROJECT_STAGE_CHANGE, PROJECT.ID.eq(PROJECT_STAGE_CHANGE.PROJECT_ID), scope))
			.where(between(PROJECT_STAGE_CHANGE.CHANGED_AT, filter.start(), filter.end()))
			.and(stayStage.in(mainLine))
			.and(PROJECT_STAGE_CHANGE.FROM_STAGE_SINCE.isNotNull())
			.and(where(scope))
			.asTable("ranked");
		Field<ProjectStageChangeFromStage> rankedStage = ranked.field(stayStage);
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

	/** No park, cluster or owner: the history alone answers, without joining projects. */
	private static boolean unscoped(Scope scope) {
		return scope.parkId() == null && scope.cluster() == null && scope.ownerId() == null;
	}

	// ---------------------------------------------------------------- milestones

	/** Projects reaching each milestone in the period and a year earlier, with money. */
	List<Milestone> milestones(ReportFilter filter, Scope scope) {
		ReportFilter last = filter.lastYear();
		List<Field<?>> fields = new ArrayList<>();
		fields.add(PROJECT_MILESTONE.STEP);
		for (ReportFilter period : List.of(filter, last)) {
			Condition in = between(PROJECT_MILESTONE.REACHED_AT, period.start(), period.end());
			fields.add(count(when(in, inline(1))));
			fields.add(sum(when(in, PROJECT_MILESTONE.INVESTMENT_TOTAL)));
			fields.add(sum(when(in, PROJECT_MILESTONE.INVESTMENT_FOREIGN_USD)));
		}
		Map<Integer, Record> byStep = new java.util.HashMap<>();
		this.dsl.select(fields)
			.from(PROJECT_MILESTONE)
			.where(PROJECT_MILESTONE.STEP.in(MILESTONES.stream().map(m -> (byte) m.step()).toList()))
			.and(between(PROJECT_MILESTONE.REACHED_AT, filter.start(), filter.end())
				.or(between(PROJECT_MILESTONE.REACHED_AT, last.start(), last.end())))
			.and(milestoneWhere(scope))
			.groupBy(PROJECT_MILESTONE.STEP)
			.forEach(r -> byStep.put(r.get(PROJECT_MILESTONE.STEP).intValue(), r));
		List<Milestone> milestones = new ArrayList<>();
		for (Stage m : MILESTONES) {
			Record row = byStep.get(m.step());
			if (row == null) {
				milestones.add(new Milestone(m, 0, ZERO, ZERO, 0, ZERO, ZERO));
				continue;
			}
			milestones.add(new Milestone(m, row.get(1, Integer.class), orZero(row.get(2, BigDecimal.class)),
					orZero(row.get(3, BigDecimal.class)), row.get(4, Integer.class),
					orZero(row.get(5, BigDecimal.class)), orZero(row.get(6, BigDecimal.class))));
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
		Condition signed = reachedIn(Stage.SIGNED, from, until);
		// the same rule as ProjectFigures.isMajor, in SQL
		Condition major = PROJECT_MILESTONE.INVESTMENT_FOREIGN_USD.ge(ProjectFigures.MAJOR_USD)
			.or(PROJECT_MILESTONE.INVESTMENT_TOTAL.ge(majorTotal));
		int[] majorProjects = { 0 };
		BigDecimal[] foreignUsd = { ZERO };
		Map<@Nullable IndustryCluster, BigDecimal> byCluster = new java.util.LinkedHashMap<>();
		// one pass over the signings, by cluster; the totals are the clusters' sums
		this.dsl
			.select(INDUSTRY.CLUSTER, count(when(major, inline(1))), sum(PROJECT_MILESTONE.INVESTMENT_FOREIGN_USD),
					sum(PROJECT_MILESTONE.INVESTMENT_TOTAL))
			.from(PROJECT_MILESTONE)
			.leftJoin(INDUSTRY)
			.on(INDUSTRY.ID.eq(PROJECT_MILESTONE.INDUSTRY_ID))
			.where(milestoneWhere(scope))
			.and(signed)
			.groupBy(INDUSTRY.CLUSTER)
			.orderBy(INDUSTRY.CLUSTER)
			.forEach(r -> {
				majorProjects[0] += r.value2();
				foreignUsd[0] = foreignUsd[0].add(orZero(r.value3()));
				byCluster.put(cluster(r.value1()), orZero(r.value4()));
			});
		return new SignedInWindow(majorProjects[0], foreignUsd[0], byCluster);
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

	/**
	 * In the stage for more than {@code stuckDays} whole days (an index range on the day
	 * moved).
	 */
	private static Condition stuck(LocalDate asOf, int stuckDays) {
		return PROJECT.STAGE.notIn(CLOSED).and(PROJECT.STAGE_CHANGED_AT.lt(asOf.minusDays(stuckDays).atStartOfDay()));
	}

	/** Open projects in their stage for more than {@code stuckDays}, longest first. */
	List<StuckProject> stuckProjects(LocalDate asOf, int stuckDays, Scope scope, int limit) {
		Field<Integer> days = daysInStage(asOf);
		return this.dsl
			.select(PROJECT.ID, PROJECT.CODE, PROJECT.NAME, PROJECT.STAGE, APP_USER.DISPLAY_NAME,
					PROJECT.STAGE_CHANGED_AT, days)
			.from(projects(scope).join(APP_USER).on(APP_USER.ID.eq(PROJECT.OWNER_ID)))
			.where(where(scope))
			.and(stuck(asOf, stuckDays))
			// the longest first, in the order of the index on (time moved, stage): it
			// stops
			// at the limit instead of sorting every stuck project of a province
			.orderBy(PROJECT.STAGE_CHANGED_AT)
			.limit(limit)
			.fetch(r -> new StuckProject(r.value1(), r.value2(), r.value3(), stage(r.value4()), r.value5(), r.value6(),
					r.value7()));
	}

	/** Per owner: stuck projects and follow-ups due before {@code asOf} and not done. */
	List<OwnerSupervision> byOwner(LocalDate asOf, int stuckDays, Scope scope) {
		Table<?> stuckPerOwner = select(PROJECT.OWNER_ID, count().as("stuck")).from(projects(scope))
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
		Table<?> leads = select(PROJECT.OWNER_ID, count().as("leads")).from(projects(anyOwner))
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
		Table<?> signed = select(PROJECT_MILESTONE.OWNER_ID, count().as("signings"),
				sum(PROJECT_MILESTONE.INVESTMENT_TOTAL).as("investment"),
				sum(PROJECT_MILESTONE.INVESTMENT_FOREIGN_USD).as("usd"))
			.from(PROJECT_MILESTONE)
			.where(milestoneWhere(anyOwner))
			.and(reachedIn(Stage.SIGNED, filter.start(), filter.end()))
			.groupBy(PROJECT_MILESTONE.OWNER_ID)
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
			.on(signed.field(PROJECT_MILESTONE.OWNER_ID).eq(APP_USER.ID))
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
