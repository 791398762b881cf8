package cn.zhaoshang.crm.tenant;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.PERFORMANCE_GRADING;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.TENANT_PERFORMANCE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.groupConcat;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.db.tables.TenantPerformance;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class TenantPerformanceRepository {

	private static final TenantPerformance PREVIOUS = TENANT_PERFORMANCE.as("previous");

	/** The tenant's grade in the park the year before (unaliased: also used in WHERE). */
	private static final Field<String> PREVIOUS_GRADE = field(select(PREVIOUS.GRADE).from(PREVIOUS)
		.where(PREVIOUS.INVESTOR_ID.eq(TENANT_PERFORMANCE.INVESTOR_ID))
		.and(PREVIOUS.PARK_ID.eq(TENANT_PERFORMANCE.PARK_ID))
		.and(PREVIOUS.YEAR.eq(TENANT_PERFORMANCE.YEAR.minus(1))));

	/** The only sort keys the UI may send; the id breaks ties. */
	private static final Map<String, Field<?>> SORTABLE = Map.of("tenant", INVESTOR.NAME_ZH, "grade",
			TENANT_PERFORMANCE.GRADE, "taxPerMu", TENANT_PERFORMANCE.TAX.div(TENANT_PERFORMANCE.LAND_MU), "outputPerMu",
			TENANT_PERFORMANCE.OUTPUT.div(TENANT_PERFORMANCE.LAND_MU), "landMu", TENANT_PERFORMANCE.LAND_MU, "year",
			TENANT_PERFORMANCE.YEAR);

	private final DSLContext dsl;

	TenantPerformanceRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	// ---------------------------------------------------------------- cut-offs

	Optional<GradingCutoffs> currentCutoffs(long parkId) {
		return cutoffs(PERFORMANCE_GRADING.PARK_ID.eq(parkId)).stream().findFirst();
	}

	List<GradingCutoffs> cutoffHistory(long parkId) {
		return cutoffs(PERFORMANCE_GRADING.PARK_ID.eq(parkId));
	}

	int latestGradingVersion(long parkId) {
		Integer version = this.dsl.select(max(PERFORMANCE_GRADING.GRADING_VERSION))
			.from(PERFORMANCE_GRADING)
			.where(PERFORMANCE_GRADING.PARK_ID.eq(parkId))
			.fetchOne(0, Integer.class);
		return (version != null) ? version : 0;
	}

	long insertCutoffs(GradingForm f, int version, long userId) {
		return this.dsl.insertInto(PERFORMANCE_GRADING)
			.set(PERFORMANCE_GRADING.PARK_ID, f.parkId())
			.set(PERFORMANCE_GRADING.GRADING_VERSION, version)
			.set(PERFORMANCE_GRADING.A_TAX_PER_MU, f.aTaxPerMu())
			.set(PERFORMANCE_GRADING.B_TAX_PER_MU, f.bTaxPerMu())
			.set(PERFORMANCE_GRADING.C_TAX_PER_MU, f.cTaxPerMu())
			.set(PERFORMANCE_GRADING.A_OUTPUT_PER_MU, f.aOutputPerMu())
			.set(PERFORMANCE_GRADING.B_OUTPUT_PER_MU, f.bOutputPerMu())
			.set(PERFORMANCE_GRADING.C_OUTPUT_PER_MU, f.cOutputPerMu())
			.set(PERFORMANCE_GRADING.NOTE, f.note())
			.set(PERFORMANCE_GRADING.CREATED_BY, userId)
			.returningResult(PERFORMANCE_GRADING.ID)
			.fetchSingle()
			.value1();
	}

	private List<GradingCutoffs> cutoffs(Condition condition) {
		return this.dsl.select(PERFORMANCE_GRADING.fields())
			.select(APP_USER.DISPLAY_NAME)
			.from(PERFORMANCE_GRADING)
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(PERFORMANCE_GRADING.CREATED_BY))
			.where(condition)
			.orderBy(PERFORMANCE_GRADING.GRADING_VERSION.desc())
			.fetch(r -> new GradingCutoffs(r.get(PERFORMANCE_GRADING.ID), r.get(PERFORMANCE_GRADING.PARK_ID),
					r.get(PERFORMANCE_GRADING.GRADING_VERSION), r.get(PERFORMANCE_GRADING.A_TAX_PER_MU),
					r.get(PERFORMANCE_GRADING.B_TAX_PER_MU), r.get(PERFORMANCE_GRADING.C_TAX_PER_MU),
					r.get(PERFORMANCE_GRADING.A_OUTPUT_PER_MU), r.get(PERFORMANCE_GRADING.B_OUTPUT_PER_MU),
					r.get(PERFORMANCE_GRADING.C_OUTPUT_PER_MU), r.get(PERFORMANCE_GRADING.NOTE),
					r.get(APP_USER.DISPLAY_NAME), r.get(PERFORMANCE_GRADING.CREATED_AT)));
	}

	// ---------------------------------------------------------------- figures

	List<PerformanceRow> find(@Nullable Long parkId, int year, PageRequest page) {
		return rows(where(parkId, year), orderBy(page.sort()), page.limit(), page.offset());
	}

	int count(@Nullable Long parkId, int year) {
		return this.dsl.fetchCount(TENANT_PERFORMANCE, where(parkId, year));
	}

	/** The tenant's years in the park, oldest first. */
	List<PerformanceRow> history(long investorId, long parkId) {
		return rows(TENANT_PERFORMANCE.INVESTOR_ID.eq(investorId).and(TENANT_PERFORMANCE.PARK_ID.eq(parkId)),
				List.of(TENANT_PERFORMANCE.YEAR.asc()), Integer.MAX_VALUE, 0);
	}

	Optional<PerformanceRow> get(long id) {
		return rows(TENANT_PERFORMANCE.ID.eq(id), List.of(TENANT_PERFORMANCE.ID.asc()), 1, 0).stream().findFirst();
	}

	/** The row of the tenant's year in the park, if there is one. */
	Optional<PerformanceRow> find(long investorId, long parkId, int year) {
		return rows(TENANT_PERFORMANCE.INVESTOR_ID.eq(investorId)
			.and(TENANT_PERFORMANCE.PARK_ID.eq(parkId))
			.and(TENANT_PERFORMANCE.YEAR.eq((short) year)), List.of(TENANT_PERFORMANCE.ID.asc()), 1, 0).stream()
			.findFirst();
	}

	/** Every row of the park's year (at most the park's tenants), for regrading. */
	List<PerformanceRow> ofYear(long parkId, int year) {
		return rows(where(parkId, year), List.of(TENANT_PERFORMANCE.ID.asc()), Integer.MAX_VALUE, 0);
	}

	/** The years with figures, newest first (all parks when {@code parkId} is null). */
	List<Integer> years(@Nullable Long parkId) {
		return this.dsl.selectDistinct(TENANT_PERFORMANCE.YEAR)
			.from(TENANT_PERFORMANCE)
			.where((parkId != null) ? TENANT_PERFORMANCE.PARK_ID.eq(parkId) : noCondition())
			.orderBy(TENANT_PERFORMANCE.YEAR.desc())
			.fetch(r -> r.value1().intValue());
	}

	long insert(PerformanceForm f, @Nullable Grade grade, @Nullable Long gradingId) {
		return this.dsl.insertInto(TENANT_PERFORMANCE)
			.set(TENANT_PERFORMANCE.INVESTOR_ID, f.investorId())
			.set(TENANT_PERFORMANCE.PARK_ID, f.parkId())
			.set(TENANT_PERFORMANCE.PROJECT_ID, f.projectId())
			.set(TENANT_PERFORMANCE.YEAR, (short) f.year())
			.set(TENANT_PERFORMANCE.LAND_MU, f.landMu())
			.set(TENANT_PERFORMANCE.OUTPUT, f.output())
			.set(TENANT_PERFORMANCE.TAX, f.tax())
			.set(TENANT_PERFORMANCE.ENERGY_TCE, f.energyTce())
			.set(TENANT_PERFORMANCE.EMPLOYEES, f.employees())
			.set(TENANT_PERFORMANCE.GRADE, (grade != null) ? grade.name() : null)
			.set(TENANT_PERFORMANCE.GRADING_ID, gradingId)
			.returningResult(TENANT_PERFORMANCE.ID)
			.fetchSingle()
			.value1();
	}

	/** False when the version moved on (someone saved since). */
	boolean update(long id, int version, PerformanceForm f, @Nullable Grade grade, @Nullable Long gradingId) {
		return this.dsl.update(TENANT_PERFORMANCE)
			.set(TENANT_PERFORMANCE.PROJECT_ID, f.projectId())
			.set(TENANT_PERFORMANCE.LAND_MU, f.landMu())
			.set(TENANT_PERFORMANCE.OUTPUT, f.output())
			.set(TENANT_PERFORMANCE.TAX, f.tax())
			.set(TENANT_PERFORMANCE.ENERGY_TCE, f.energyTce())
			.set(TENANT_PERFORMANCE.EMPLOYEES, f.employees())
			.set(TENANT_PERFORMANCE.GRADE, (grade != null) ? grade.name() : null)
			.set(TENANT_PERFORMANCE.GRADING_ID, gradingId)
			.set(TENANT_PERFORMANCE.VERSION, TENANT_PERFORMANCE.VERSION.plus(1))
			.where(TENANT_PERFORMANCE.ID.eq(id))
			.and(TENANT_PERFORMANCE.VERSION.eq(version))
			.execute() == 1;
	}

	void setGrade(long id, @Nullable Grade grade, @Nullable Long gradingId) {
		this.dsl.update(TENANT_PERFORMANCE)
			.set(TENANT_PERFORMANCE.GRADE, (grade != null) ? grade.name() : null)
			.set(TENANT_PERFORMANCE.GRADING_ID, gradingId)
			.set(TENANT_PERFORMANCE.VERSION, TENANT_PERFORMANCE.VERSION.plus(1))
			.where(TENANT_PERFORMANCE.ID.eq(id))
			.execute();
	}

	private List<PerformanceRow> rows(Condition condition, List<SortField<?>> order, int limit, int offset) {
		return this.dsl
			.select(TENANT_PERFORMANCE.ID, TENANT_PERFORMANCE.VERSION, TENANT_PERFORMANCE.INVESTOR_ID, INVESTOR.NAME_ZH,
					TENANT_PERFORMANCE.PARK_ID, TENANT_PERFORMANCE.PROJECT_ID, PROJECT.CODE, TENANT_PERFORMANCE.YEAR,
					TENANT_PERFORMANCE.LAND_MU, TENANT_PERFORMANCE.OUTPUT, TENANT_PERFORMANCE.TAX,
					TENANT_PERFORMANCE.ENERGY_TCE, TENANT_PERFORMANCE.EMPLOYEES, TENANT_PERFORMANCE.GRADE,
					PERFORMANCE_GRADING.GRADING_VERSION, PREVIOUS_GRADE.as("previous_grade"))
			.from(TENANT_PERFORMANCE)
			.join(INVESTOR)
			.on(INVESTOR.ID.eq(TENANT_PERFORMANCE.INVESTOR_ID))
			.leftJoin(PROJECT)
			.on(PROJECT.ID.eq(TENANT_PERFORMANCE.PROJECT_ID))
			.leftJoin(PERFORMANCE_GRADING)
			.on(PERFORMANCE_GRADING.ID.eq(TENANT_PERFORMANCE.GRADING_ID))
			.where(condition)
			.orderBy(order)
			.limit(limit)
			.offset(offset)
			.fetch(r -> new PerformanceRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(),
					Grade.of(r.value14()), r.value15(), Grade.of(r.value16())));
	}

	private static Condition where(@Nullable Long parkId, int year) {
		return TENANT_PERFORMANCE.YEAR.eq((short) year)
			.and((parkId != null) ? TENANT_PERFORMANCE.PARK_ID.eq(parkId) : noCondition());
	}

	private static List<SortField<?>> orderBy(List<Sort> sorts) {
		List<SortField<?>> fields = new ArrayList<>();
		for (Sort sort : sorts) {
			Field<?> field = SORTABLE.get(sort.property());
			if (field == null) {
				throw new IllegalArgumentException("not sortable: " + sort.property());
			}
			fields.add(sort.ascending() ? field.asc().nullsLast() : field.desc().nullsLast());
		}
		if (fields.isEmpty()) {
			fields.add(INVESTOR.NAME_ZH.asc());
		}
		fields.add(TENANT_PERFORMANCE.ID.asc());
		return fields;
	}

	// ---------------------------------------------------------------- tenants

	/**
	 * A firm counts as a tenant of the park when it has a project preferring the park or
	 * figures there, or is flagged as an existing tenant and tied to no other park yet.
	 * Park operators never see the directory; this is all they may pick from.
	 */
	private static Condition tenantOf(long parkId) {
		return inPark(PROJECT.PREFERRED_PARK_ID.eq(parkId), TENANT_PERFORMANCE.PARK_ID.eq(parkId))
			.or(INVESTOR.EXISTING_TENANT.isTrue()
				.and(not(inPark(PROJECT.PREFERRED_PARK_ID.ne(parkId), TENANT_PERFORMANCE.PARK_ID.ne(parkId)))));
	}

	private static Condition inPark(Condition project, Condition figures) {
		return exists(selectOne().from(PROJECT).where(PROJECT.INVESTOR_ID.eq(INVESTOR.ID)).and(project))
			.or(exists(selectOne().from(TENANT_PERFORMANCE)
				.where(TENANT_PERFORMANCE.INVESTOR_ID.eq(INVESTOR.ID))
				.and(figures)));
	}

	/** Tenants of the park whose Chinese name starts with {@code prefix}. */
	List<TenantRef> tenants(long parkId, String prefix, int limit) {
		return this.dsl.select(INVESTOR.ID, INVESTOR.NAME_ZH)
			.from(INVESTOR)
			.where(INVESTOR.NAME_ZH.startsWith(prefix))
			.and(tenantOf(parkId))
			.orderBy(INVESTOR.NAME_ZH, INVESTOR.ID)
			.limit(limit)
			.fetch(r -> new TenantRef(r.value1(), r.value2()));
	}

	Optional<TenantRef> tenant(long investorId, long parkId) {
		return this.dsl.select(INVESTOR.ID, INVESTOR.NAME_ZH)
			.from(INVESTOR)
			.where(INVESTOR.ID.eq(investorId))
			.and(tenantOf(parkId))
			.fetchOptional(r -> new TenantRef(r.value1(), r.value2()));
	}

	/** The tenant with this credit code, else the one with exactly this Chinese name. */
	Optional<TenantRef> tenant(@Nullable String uscc, String name, long parkId) {
		Condition match = (uscc != null && !uscc.isBlank()) ? INVESTOR.USCC.eq(uscc.strip().toUpperCase())
				: INVESTOR.NAME_ZH.eq(name.strip());
		return this.dsl.select(INVESTOR.ID, INVESTOR.NAME_ZH)
			.from(INVESTOR)
			.where(match)
			.and(tenantOf(parkId))
			.orderBy(INVESTOR.ID)
			.limit(1)
			.fetchOptional(r -> new TenantRef(r.value1(), r.value2()));
	}

	/** The tenant's one landed project in the park, if it has exactly one. */
	Optional<Long> landedProject(long investorId, long parkId) {
		List<ProjectStage> landed = Stage.mainLine()
			.stream()
			.filter(Stage::isLanded)
			.map(s -> ProjectStage.valueOf(s.name()))
			.toList();
		List<Long> ids = this.dsl.select(PROJECT.ID)
			.from(PROJECT)
			.where(PROJECT.INVESTOR_ID.eq(investorId))
			.and(PROJECT.PREFERRED_PARK_ID.eq(parkId))
			.and(PROJECT.STAGE.in(landed))
			.limit(2)
			.fetch(PROJECT.ID);
		return (ids.size() == 1) ? Optional.of(ids.getFirst()) : Optional.empty();
	}

	boolean projectOfTenant(long projectId, long investorId, long parkId) {
		return this.dsl.fetchExists(PROJECT,
				PROJECT.ID.eq(projectId)
					.and(PROJECT.INVESTOR_ID.eq(investorId))
					.and(PROJECT.PREFERRED_PARK_ID.eq(parkId)));
	}

	// ---------------------------------------------------------------- recovery (腾笼换鸟)

	/**
	 * Tenants graded D in {@code year} and the year before, or with zero output in
	 * {@code year}, with their confirmed plots in the park.
	 */
	List<RecoveryCandidate> recovery(@Nullable Long parkId, int year) {
		Condition plotsOfTenant = LAND_ALLOCATION.STATUS.eq(LandAllocationStatus.CONFIRMED)
			.and(PLOT.PARK_ID.eq(TENANT_PERFORMANCE.PARK_ID))
			.and(PROJECT.INVESTOR_ID.eq(TENANT_PERFORMANCE.INVESTOR_ID));
		Field<String> plots = field(
				select(groupConcat(PLOT.CODE).orderBy(PLOT.CODE).separator(", ")).from(LAND_ALLOCATION)
					.join(PLOT)
					.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
					.join(PROJECT)
					.on(PROJECT.ID.eq(LAND_ALLOCATION.PROJECT_ID))
					.where(plotsOfTenant));
		Field<BigDecimal> plotsMu = field(select(sum(LAND_ALLOCATION.AREA_MU)).from(LAND_ALLOCATION)
			.join(PLOT)
			.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
			.join(PROJECT)
			.on(PROJECT.ID.eq(LAND_ALLOCATION.PROJECT_ID))
			.where(plotsOfTenant));
		Condition twoDs = TENANT_PERFORMANCE.GRADE.eq(Grade.D.name()).and(PREVIOUS_GRADE.eq(Grade.D.name()));
		Condition noProduction = TENANT_PERFORMANCE.OUTPUT.eq(BigDecimal.ZERO);
		return this.dsl
			.select(TENANT_PERFORMANCE.INVESTOR_ID, INVESTOR.NAME_ZH, TENANT_PERFORMANCE.PARK_ID,
					TENANT_PERFORMANCE.YEAR, plots, plotsMu, TENANT_PERFORMANCE.LAND_MU, TENANT_PERFORMANCE.OUTPUT,
					TENANT_PERFORMANCE.GRADE, PREVIOUS_GRADE.as("previous_grade"))
			.from(TENANT_PERFORMANCE)
			.join(INVESTOR)
			.on(INVESTOR.ID.eq(TENANT_PERFORMANCE.INVESTOR_ID))
			.where(where(parkId, year))
			.and(twoDs.or(noProduction))
			.orderBy(TENANT_PERFORMANCE.PARK_ID, INVESTOR.NAME_ZH, TENANT_PERFORMANCE.ID)
			.fetch(r -> {
				Grade grade = Grade.of(r.value9());
				Grade previous = Grade.of(r.value10());
				List<RecoveryCandidate.Reason> reasons = new ArrayList<>();
				if (grade == Grade.D && previous == Grade.D) {
					reasons.add(RecoveryCandidate.Reason.D_TWO_YEARS);
				}
				if (r.value8() != null && r.value8().signum() == 0) {
					reasons.add(RecoveryCandidate.Reason.NO_PRODUCTION);
				}
				return new RecoveryCandidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
						r.value7(), r.value8(), grade, previous, reasons);
			});
	}

}
