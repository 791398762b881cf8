package cn.zhaoshang.crm.fulfilment;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_COMMITMENT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_FUNDS;
import static cn.zhaoshang.crm.db.Tables.TENANT_PERFORMANCE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.groupConcat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.enums.ProjectFundsKind;
import cn.zhaoshang.crm.db.enums.ProjectFundsOrigin;
import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.db.enums.ProjectStageBeforeHold;
import cn.zhaoshang.crm.db.tables.records.ProjectCommitmentRecord;
import cn.zhaoshang.crm.project.Stage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class FulfilmentRepository {

	private final DSLContext dsl;

	FulfilmentRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	// ---------------------------------------------------------------- the project

	/**
	 * Stage, stage held at and preferred park: whether commitments may be recorded, and
	 * by whom.
	 */
	record ProjectState(Stage stage, @Nullable Stage beforeHold, @Nullable Long parkId) {

		/** SIGNED or later, or held there. */
		boolean signed() {
			return this.stage.isSignedOrLater()
					|| (this.stage == Stage.ON_HOLD && this.beforeHold != null && this.beforeHold.isSignedOrLater());
		}

		/** LAND_SUPPLIED or later, or held there: the land is the project's. */
		boolean landed() {
			return this.stage.isLanded()
					|| (this.stage == Stage.ON_HOLD && this.beforeHold != null && this.beforeHold.isLanded());
		}

	}

	Optional<ProjectState> state(long projectId) {
		return this.dsl.select(PROJECT.STAGE, PROJECT.STAGE_BEFORE_HOLD, PROJECT.PREFERRED_PARK_ID)
			.from(PROJECT)
			.where(PROJECT.ID.eq(projectId))
			.fetchOptional(r -> new ProjectState(Stage.valueOf(r.value1().name()),
					(r.value2() != null) ? Stage.valueOf(r.value2().name()) : null, r.value3()));
	}

	// ---------------------------------------------------------------- commitments

	Optional<Commitment> commitment(long projectId) {
		return this.dsl.selectFrom(PROJECT_COMMITMENT)
			.where(PROJECT_COMMITMENT.PROJECT_ID.eq(projectId))
			.fetchOptional(FulfilmentRepository::commitment);
	}

	void insertCommitment(CommitmentForm f) {
		ProjectCommitmentRecord r = this.dsl.newRecord(PROJECT_COMMITMENT);
		r.setProjectId(f.projectId());
		setCommitments(r, f);
		r.insert();
	}

	/** False when the version moved on (someone saved since). */
	boolean updateCommitment(CommitmentForm f) {
		return this.dsl.update(PROJECT_COMMITMENT)
			.set(PROJECT_COMMITMENT.CONTRACT_DATE, f.contractDate())
			.set(PROJECT_COMMITMENT.INVESTMENT, f.investment())
			.set(PROJECT_COMMITMENT.FIXED_ASSET_INVESTMENT, f.fixedAssetInvestment())
			.set(PROJECT_COMMITMENT.BUILDING_AREA_M2, f.buildingAreaM2())
			.set(PROJECT_COMMITMENT.CONSTRUCTION_START, f.constructionStart())
			.set(PROJECT_COMMITMENT.PRODUCTION_DATE, f.productionDate())
			.set(PROJECT_COMMITMENT.ANNUAL_OUTPUT, f.annualOutput())
			.set(PROJECT_COMMITMENT.ANNUAL_TAX, f.annualTax())
			.set(PROJECT_COMMITMENT.JOBS, f.jobs())
			.set(PROJECT_COMMITMENT.VERSION, PROJECT_COMMITMENT.VERSION.plus(1))
			.where(PROJECT_COMMITMENT.PROJECT_ID.eq(f.projectId()))
			.and(PROJECT_COMMITMENT.VERSION.eq(f.version()))
			.execute() == 1;
	}

	boolean updateProgress(ProgressForm f) {
		return this.dsl.update(PROJECT_COMMITMENT)
			.set(PROJECT_COMMITMENT.ACTUAL_START, f.actualStart())
			.set(PROJECT_COMMITMENT.ACTUAL_PRODUCTION, f.actualProduction())
			.set(PROJECT_COMMITMENT.ACTUAL_CAPACITY, f.actualCapacity())
			.set(PROJECT_COMMITMENT.BUILT_AREA_M2, f.builtAreaM2())
			.set(PROJECT_COMMITMENT.WORK_STOPPED_SINCE, f.workStoppedSince())
			.set(PROJECT_COMMITMENT.VERSION, PROJECT_COMMITMENT.VERSION.plus(1))
			.where(PROJECT_COMMITMENT.PROJECT_ID.eq(f.projectId()))
			.and(PROJECT_COMMITMENT.VERSION.eq(f.version()))
			.execute() == 1;
	}

	private static void setCommitments(ProjectCommitmentRecord r, CommitmentForm f) {
		r.setContractDate(f.contractDate());
		r.setInvestment(f.investment());
		r.setFixedAssetInvestment(f.fixedAssetInvestment());
		r.setBuildingAreaM2(f.buildingAreaM2());
		r.setConstructionStart(f.constructionStart());
		r.setProductionDate(f.productionDate());
		r.setAnnualOutput(f.annualOutput());
		r.setAnnualTax(f.annualTax());
		r.setJobs(f.jobs());
	}

	private static Commitment commitment(ProjectCommitmentRecord r) {
		return new Commitment(r.getProjectId(), r.getVersion(), r.getContractDate(), r.getInvestment(),
				r.getFixedAssetInvestment(), r.getBuildingAreaM2(), r.getConstructionStart(), r.getProductionDate(),
				r.getAnnualOutput(), r.getAnnualTax(), r.getJobs(), r.getActualStart(), r.getActualProduction(),
				r.getActualCapacity(), r.getBuiltAreaM2(), r.getWorkStoppedSince());
	}

	// ---------------------------------------------------------------- funds

	/** The project's funds, in the order they arrived. */
	List<FundsEntry> funds(long projectId) {
		return this.dsl
			.select(PROJECT_FUNDS.ID, PROJECT_FUNDS.VERSION, PROJECT_FUNDS.RECEIVED_ON, PROJECT_FUNDS.AMOUNT,
					PROJECT_FUNDS.KIND, PROJECT_FUNDS.ORIGIN, PROJECT_FUNDS.NOTE, APP_USER.DISPLAY_NAME)
			.from(PROJECT_FUNDS)
			.join(APP_USER)
			.on(APP_USER.ID.eq(PROJECT_FUNDS.CREATED_BY))
			.where(PROJECT_FUNDS.PROJECT_ID.eq(projectId))
			.orderBy(PROJECT_FUNDS.RECEIVED_ON, PROJECT_FUNDS.ID)
			.fetch(r -> new FundsEntry(r.value1(), r.value2(), r.value3(), r.value4(),
					FundsKind.valueOf(r.value5().name()), FundsOrigin.valueOf(r.value6().name()), r.value7(),
					r.value8()));
	}

	long insertFunds(FundsForm f, long userId) {
		return this.dsl.insertInto(PROJECT_FUNDS)
			.set(PROJECT_FUNDS.PROJECT_ID, f.projectId())
			.set(PROJECT_FUNDS.RECEIVED_ON, f.receivedOn())
			.set(PROJECT_FUNDS.AMOUNT, f.amount())
			.set(PROJECT_FUNDS.KIND, ProjectFundsKind.valueOf(f.kind().name()))
			.set(PROJECT_FUNDS.ORIGIN, ProjectFundsOrigin.valueOf(f.origin().name()))
			.set(PROJECT_FUNDS.NOTE, f.note())
			.set(PROJECT_FUNDS.CREATED_BY, userId)
			.returningResult(PROJECT_FUNDS.ID)
			.fetchSingle()
			.value1();
	}

	Optional<Long> projectOfFunds(long fundsId) {
		return this.dsl.select(PROJECT_FUNDS.PROJECT_ID)
			.from(PROJECT_FUNDS)
			.where(PROJECT_FUNDS.ID.eq(fundsId))
			.fetchOptional(PROJECT_FUNDS.PROJECT_ID);
	}

	boolean deleteFunds(long fundsId, int version) {
		return this.dsl.deleteFrom(PROJECT_FUNDS)
			.where(PROJECT_FUNDS.ID.eq(fundsId))
			.and(PROJECT_FUNDS.VERSION.eq(version))
			.execute() == 1;
	}

	// ---------------------------------------------------------------- yearly figures and
	// land

	List<YearActual> years(long projectId) {
		return this.dsl
			.select(TENANT_PERFORMANCE.YEAR, TENANT_PERFORMANCE.OUTPUT, TENANT_PERFORMANCE.TAX,
					TENANT_PERFORMANCE.EMPLOYEES, TENANT_PERFORMANCE.GRADE)
			.from(TENANT_PERFORMANCE)
			.where(TENANT_PERFORMANCE.PROJECT_ID.eq(projectId))
			.orderBy(TENANT_PERFORMANCE.YEAR, TENANT_PERFORMANCE.ID)
			.fetch(r -> new YearActual(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	/** Land price of the project's confirmed plots, null when any price is unrecorded. */
	@Nullable BigDecimal landPrice(long projectId) {
		Record r = this.dsl.select(sum(PLOT.LAND_PRICE), count(), count(PLOT.LAND_PRICE))
			.from(LAND_ALLOCATION)
			.join(PLOT)
			.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
			.where(LAND_ALLOCATION.PROJECT_ID.eq(projectId))
			.and(LAND_ALLOCATION.STATUS.eq(LandAllocationStatus.CONFIRMED))
			.fetchSingle();
		int plots = r.get(1, Integer.class);
		return (plots > 0 && plots == r.get(2, Integer.class)) ? r.get(0, BigDecimal.class) : null;
	}

	// ---------------------------------------------------------------- idle land

	/** A landed project with commitments, and what its idle-land clock needs. */
	record LandedProject(long projectId, String code, String name, @Nullable Long parkId, @Nullable String plots,
			@Nullable BigDecimal landMu, @Nullable BigDecimal landPrice, boolean allPriced, String ownerName,
			Commitment commitment, BigDecimal fundsInPlace) {
	}

	/**
	 * The landed projects (LAND_SUPPLIED or later, or held there) with commitments that
	 * have not started, or have stopped work, as of {@code asOf}; {@code visible} limits
	 * them to the caller's, {@code name} hides code-named ones.
	 */
	List<LandedProject> landed(Condition visible, Field<String> name, LocalDate asOf) {
		Condition confirmed = LAND_ALLOCATION.PROJECT_ID.eq(PROJECT.ID)
			.and(LAND_ALLOCATION.STATUS.eq(LandAllocationStatus.CONFIRMED));
		Field<String> plots = field(
				select(groupConcat(PLOT.CODE).orderBy(PLOT.CODE).separator(", ")).from(LAND_ALLOCATION)
					.join(PLOT)
					.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
					.where(confirmed));
		Field<BigDecimal> landMu = field(select(sum(LAND_ALLOCATION.AREA_MU)).from(LAND_ALLOCATION).where(confirmed));
		Field<BigDecimal> landPrice = field(select(sum(PLOT.LAND_PRICE)).from(LAND_ALLOCATION)
			.join(PLOT)
			.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
			.where(confirmed));
		Field<Boolean> unpriced = field(exists(selectOne().from(LAND_ALLOCATION)
			.join(PLOT)
			.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
			.where(confirmed)
			.and(PLOT.LAND_PRICE.isNull())));
		Field<BigDecimal> funds = field(select(coalesce(sum(PROJECT_FUNDS.AMOUNT), BigDecimal.ZERO)).from(PROJECT_FUNDS)
			.where(PROJECT_FUNDS.PROJECT_ID.eq(PROJECT.ID))
			.and(PROJECT_FUNDS.RECEIVED_ON.le(asOf)));
		Condition notStarted = PROJECT_COMMITMENT.CONSTRUCTION_START.le(asOf)
			.and(PROJECT_COMMITMENT.ACTUAL_START.isNull().or(PROJECT_COMMITMENT.ACTUAL_START.gt(asOf)));
		Condition stopped = PROJECT_COMMITMENT.WORK_STOPPED_SINCE.le(asOf);
		return this.dsl
			.select(PROJECT.ID, PROJECT.CODE, name, PROJECT.PREFERRED_PARK_ID, plots, landMu, landPrice, unpriced,
					APP_USER.DISPLAY_NAME, funds)
			.select(PROJECT_COMMITMENT.fields())
			.from(PROJECT)
			.join(PROJECT_COMMITMENT)
			.on(PROJECT_COMMITMENT.PROJECT_ID.eq(PROJECT.ID))
			.join(APP_USER)
			.on(APP_USER.ID.eq(PROJECT.OWNER_ID))
			.where(landed())
			.and(notStarted.or(stopped))
			.and(visible)
			.orderBy(PROJECT_COMMITMENT.CONSTRUCTION_START, PROJECT.ID)
			.fetch(r -> new LandedProject(r.get(PROJECT.ID), r.get(PROJECT.CODE), r.get(name),
					r.get(PROJECT.PREFERRED_PARK_ID), r.get(plots), r.get(landMu), r.get(landPrice),
					!Boolean.TRUE.equals(r.get(unpriced)), r.get(APP_USER.DISPLAY_NAME),
					commitment(r.into(PROJECT_COMMITMENT)), r.get(funds)));
	}

	/** LAND_SUPPLIED through AT_CAPACITY, or ON_HOLD at one of them. */
	private static Condition landed() {
		List<ProjectStage> stages = new ArrayList<>();
		List<ProjectStageBeforeHold> held = new ArrayList<>();
		for (Stage stage : Stage.mainLine()) {
			if (stage.isLanded()) {
				stages.add(ProjectStage.valueOf(stage.name()));
				held.add(ProjectStageBeforeHold.valueOf(stage.name()));
			}
		}
		return PROJECT.STAGE.in(stages)
			.or(PROJECT.STAGE.eq(ProjectStage.ON_HOLD).and(PROJECT.STAGE_BEFORE_HOLD.in(held)));
	}

	// ---------------------------------------------------------------- rates

	/**
	 * 履约率, 开工率, 投产率 and 资金到位率 on {@code asOf}, in one query: a derived table with one row
	 * of flags per project with commitments, summed outside. See {@link FulfilmentRates}
	 * for the definitions.
	 */
	FulfilmentRates rates(LocalDate asOf, @Nullable Long parkId) {
		var c = PROJECT_COMMITMENT;
		int lastYear = asOf.getYear() - 1;
		Condition reportLastYear = TENANT_PERFORMANCE.PROJECT_ID.eq(c.PROJECT_ID)
			.and(TENANT_PERFORMANCE.YEAR.eq((short) lastYear));
		Field<BigDecimal> output = field(
				select(sum(TENANT_PERFORMANCE.OUTPUT)).from(TENANT_PERFORMANCE).where(reportLastYear));
		Field<BigDecimal> tax = field(
				select(sum(TENANT_PERFORMANCE.TAX)).from(TENANT_PERFORMANCE).where(reportLastYear));
		Field<BigDecimal> employees = field(
				select(sum(TENANT_PERFORMANCE.EMPLOYEES)).from(TENANT_PERFORMANCE).where(reportLastYear));
		// every condition is two-valued (IS NOT NULL first), so NOT never meets a NULL
		Condition startDue = c.CONSTRUCTION_START.isNotNull().and(c.CONSTRUCTION_START.le(asOf));
		Condition started = c.ACTUAL_START.isNotNull().and(c.ACTUAL_START.le(asOf));
		Condition productionDue = c.PRODUCTION_DATE.isNotNull().and(c.PRODUCTION_DATE.le(asOf));
		Condition producing = c.ACTUAL_PRODUCTION.isNotNull().and(c.ACTUAL_PRODUCTION.le(asOf));
		// in production the whole of last year: last year's figures must be reported and
		// reach the commitments
		Condition yearShort = c.ACTUAL_PRODUCTION.isNotNull()
			.and(c.ACTUAL_PRODUCTION.lt(LocalDate.of(lastYear, 1, 1)))
			.and(not(exists(selectOne().from(TENANT_PERFORMANCE).where(reportLastYear)))
				.or(c.ANNUAL_OUTPUT.isNotNull().and(coalesce(output, BigDecimal.ZERO).lt(c.ANNUAL_OUTPUT)))
				.or(c.ANNUAL_TAX.isNotNull().and(coalesce(tax, BigDecimal.ZERO).lt(c.ANNUAL_TAX)))
				.or(c.JOBS.isNotNull().and(coalesce(employees, BigDecimal.ZERO).lt(c.JOBS.coerce(BigDecimal.class)))));
		Condition due = startDue.or(productionDue);
		Condition kept = due.and(not(startDue.and(not(started))))
			.and(not(productionDue.and(not(producing))))
			.and(not(yearShort));
		Field<Integer> fStartDue = flag(startDue).as("start_due");
		Field<Integer> fStarted = flag(startDue.and(started)).as("started");
		Field<Integer> fProductionDue = flag(productionDue).as("production_due");
		Field<Integer> fProducing = flag(productionDue.and(producing)).as("producing");
		Field<Integer> fDue = flag(due).as("due");
		Field<Integer> fKept = flag(kept).as("kept");
		Field<BigDecimal> fCommitted = c.INVESTMENT.as("committed");
		Field<BigDecimal> fFunds = field(
				select(coalesce(sum(PROJECT_FUNDS.AMOUNT), BigDecimal.ZERO)).from(PROJECT_FUNDS)
					.where(PROJECT_FUNDS.PROJECT_ID.eq(c.PROJECT_ID))
					.and(PROJECT_FUNDS.RECEIVED_ON.le(asOf)))
			.as("funds");
		Table<?> t = this.dsl.select(fStartDue, fStarted, fProductionDue, fProducing, fDue, fKept, fCommitted, fFunds)
			.from(c)
			.join(PROJECT)
			.on(PROJECT.ID.eq(c.PROJECT_ID))
			.where(PROJECT.STAGE.ne(ProjectStage.LOST))
			.and((parkId != null) ? PROJECT.PREFERRED_PARK_ID.eq(parkId) : noCondition())
			.asTable("t");
		Field<BigDecimal> committed = t.field(fCommitted);
		Record r = this.dsl
			.select(total(t.field(fKept)), total(t.field(fDue)), total(t.field(fStarted)), total(t.field(fStartDue)),
					total(t.field(fProducing)), total(t.field(fProductionDue)),
					coalesce(sum(when(committed.isNotNull(), t.field(fFunds))), BigDecimal.ZERO),
					coalesce(sum(committed), BigDecimal.ZERO))
			.from(t)
			.fetchSingle();
		return new FulfilmentRates(asOf, parkId, new Rate(r.get(0, Integer.class), r.get(1, Integer.class)),
				new Rate(r.get(2, Integer.class), r.get(3, Integer.class)),
				new Rate(r.get(4, Integer.class), r.get(5, Integer.class)), r.get(6, BigDecimal.class),
				r.get(7, BigDecimal.class));
	}

	private static Field<Integer> flag(Condition condition) {
		return when(condition, inline(1)).otherwise(inline(0));
	}

	private static Field<BigDecimal> total(@Nullable Field<Integer> flag) {
		return coalesce(sum(flag), BigDecimal.ZERO);
	}

}
