package cn.zhaoshang.crm.admission;

import static cn.zhaoshang.crm.db.Tables.ADMISSION_CRITERION;
import static cn.zhaoshang.crm.db.Tables.ADMISSION_EVALUATION;
import static cn.zhaoshang.crm.db.Tables.ADMISSION_OVERRIDE;
import static cn.zhaoshang.crm.db.Tables.ADMISSION_RULE_EXCLUDED_INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.ADMISSION_RULE_SET;
import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PARK_INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.ZONE_BUDGET;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.zhaoshang.crm.db.enums.AdmissionCriterionCriterion;
import cn.zhaoshang.crm.db.enums.AdmissionCriterionOutcome;
import cn.zhaoshang.crm.db.enums.AdmissionEvaluationResult;
import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.db.enums.ProjectStageBeforeHold;
import cn.zhaoshang.crm.db.tables.AppUser;
import cn.zhaoshang.crm.db.tables.Industry;
import cn.zhaoshang.crm.project.Stage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AdmissionRepository {

	private static final AppUser RULE_AUTHOR = APP_USER.as("rule_author");

	private static final AppUser EVALUATOR = APP_USER.as("evaluator");

	private static final AppUser OVERRIDER = APP_USER.as("overrider");

	private static final Industry SECTOR = INDUSTRY.as("sector");

	/** The project columns each budget draws on. */
	private static final Map<BudgetKind, Field<BigDecimal>> DRAWN = new EnumMap<>(
			Map.of(BudgetKind.ENERGY, PROJECT.ENERGY_TCE, BudgetKind.COD, PROJECT.COD_T, BudgetKind.NH3N,
					PROJECT.NH3N_T, BudgetKind.SO2, PROJECT.SO2_T, BudgetKind.NOX, PROJECT.NOX_T));

	private final DSLContext dsl;

	AdmissionRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	// ---------------------------------------------------------------- rules

	Optional<AdmissionRules> currentRules(long parkId) {
		return rules(ADMISSION_RULE_SET.PARK_ID.eq(parkId)
			.and(ADMISSION_RULE_SET.RULE_VERSION.eq(this.dsl.select(max(ADMISSION_RULE_SET.RULE_VERSION))
				.from(ADMISSION_RULE_SET)
				.where(ADMISSION_RULE_SET.PARK_ID.eq(parkId)))))
			.stream()
			.findFirst();
	}

	/** Every version of the park's rules, newest first. */
	List<AdmissionRules> ruleHistory(long parkId) {
		return rules(ADMISSION_RULE_SET.PARK_ID.eq(parkId));
	}

	int latestVersion(long parkId) {
		Integer version = this.dsl.select(max(ADMISSION_RULE_SET.RULE_VERSION))
			.from(ADMISSION_RULE_SET)
			.where(ADMISSION_RULE_SET.PARK_ID.eq(parkId))
			.fetchOne(0, Integer.class);
		return (version != null) ? version : 0;
	}

	/** Writes a new version; the unique key refuses a second writer of the same one. */
	long insertRules(AdmissionRulesForm f, int version, long userId) {
		long id = this.dsl.insertInto(ADMISSION_RULE_SET)
			.set(ADMISSION_RULE_SET.PARK_ID, f.parkId())
			.set(ADMISSION_RULE_SET.RULE_VERSION, version)
			.set(ADMISSION_RULE_SET.MIN_INVESTMENT_INTENSITY, f.minInvestmentIntensity())
			.set(ADMISSION_RULE_SET.MIN_OUTPUT_PER_MU, f.minOutputPerMu())
			.set(ADMISSION_RULE_SET.MIN_TAX_PER_MU, f.minTaxPerMu())
			.set(ADMISSION_RULE_SET.MAX_ENERGY_PER_OUTPUT, f.maxEnergyPerOutput())
			.set(ADMISSION_RULE_SET.MAX_COD_T, f.maxCodT())
			.set(ADMISSION_RULE_SET.MAX_NH3N_T, f.maxNh3nT())
			.set(ADMISSION_RULE_SET.MAX_SO2_T, f.maxSo2T())
			.set(ADMISSION_RULE_SET.MAX_NOX_T, f.maxNoxT())
			.set(ADMISSION_RULE_SET.VETO_HIGH_POLLUTION, f.vetoHighPollution())
			.set(ADMISSION_RULE_SET.CONDITIONAL_BAND_PCT, f.conditionalBandPct())
			.set(ADMISSION_RULE_SET.NOTE, f.note())
			.set(ADMISSION_RULE_SET.CREATED_BY, userId)
			.returningResult(ADMISSION_RULE_SET.ID)
			.fetchSingle()
			.value1();
		for (Long industry : new HashSet<>(f.excludedIndustryIds())) {
			this.dsl.insertInto(ADMISSION_RULE_EXCLUDED_INDUSTRY)
				.set(ADMISSION_RULE_EXCLUDED_INDUSTRY.RULE_SET_ID, id)
				.set(ADMISSION_RULE_EXCLUDED_INDUSTRY.INDUSTRY_ID, industry)
				.execute();
		}
		return id;
	}

	boolean industriesExist(List<Long> ids) {
		Set<Long> distinct = new HashSet<>(ids);
		return distinct.isEmpty() || this.dsl.fetchCount(INDUSTRY, INDUSTRY.ID.in(distinct)) == distinct.size();
	}

	boolean parkExists(long parkId) {
		return this.dsl.fetchExists(PARK, PARK.ID.eq(parkId));
	}

	/** The industries the park admits (park_industry). */
	Set<Long> parkIndustries(long parkId) {
		return new HashSet<>(this.dsl.select(PARK_INDUSTRY.INDUSTRY_ID)
			.from(PARK_INDUSTRY)
			.where(PARK_INDUSTRY.PARK_ID.eq(parkId))
			.fetch(PARK_INDUSTRY.INDUSTRY_ID));
	}

	private List<AdmissionRules> rules(Condition condition) {
		var rows = this.dsl.select(ADMISSION_RULE_SET.fields())
			.select(RULE_AUTHOR.DISPLAY_NAME)
			.from(ADMISSION_RULE_SET)
			.leftJoin(RULE_AUTHOR)
			.on(RULE_AUTHOR.ID.eq(ADMISSION_RULE_SET.CREATED_BY))
			.where(condition)
			.orderBy(ADMISSION_RULE_SET.PARK_ID, ADMISSION_RULE_SET.RULE_VERSION.desc())
			.fetch();
		Map<Long, List<Long>> excluded = excludedIndustries(rows.map(r -> r.get(ADMISSION_RULE_SET.ID)));
		return rows.map(r -> toRules(r, excluded.getOrDefault(r.get(ADMISSION_RULE_SET.ID), List.of())));
	}

	/** The excluded industries of these rule sets (a second query keyed by the ids). */
	private Map<Long, List<Long>> excludedIndustries(List<Long> ruleSetIds) {
		Map<Long, List<Long>> out = new HashMap<>();
		if (ruleSetIds.isEmpty()) {
			return out;
		}
		this.dsl.select(ADMISSION_RULE_EXCLUDED_INDUSTRY.RULE_SET_ID, ADMISSION_RULE_EXCLUDED_INDUSTRY.INDUSTRY_ID)
			.from(ADMISSION_RULE_EXCLUDED_INDUSTRY)
			.where(ADMISSION_RULE_EXCLUDED_INDUSTRY.RULE_SET_ID.in(ruleSetIds))
			.orderBy(ADMISSION_RULE_EXCLUDED_INDUSTRY.INDUSTRY_ID)
			.forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
		return out;
	}

	private static AdmissionRules toRules(Record r, List<Long> excluded) {
		return new AdmissionRules(r.get(ADMISSION_RULE_SET.ID), r.get(ADMISSION_RULE_SET.PARK_ID),
				r.get(ADMISSION_RULE_SET.RULE_VERSION), r.get(ADMISSION_RULE_SET.MIN_INVESTMENT_INTENSITY),
				r.get(ADMISSION_RULE_SET.MIN_OUTPUT_PER_MU), r.get(ADMISSION_RULE_SET.MIN_TAX_PER_MU),
				r.get(ADMISSION_RULE_SET.MAX_ENERGY_PER_OUTPUT), r.get(ADMISSION_RULE_SET.MAX_COD_T),
				r.get(ADMISSION_RULE_SET.MAX_NH3N_T), r.get(ADMISSION_RULE_SET.MAX_SO2_T),
				r.get(ADMISSION_RULE_SET.MAX_NOX_T), Boolean.TRUE.equals(r.get(ADMISSION_RULE_SET.VETO_HIGH_POLLUTION)),
				r.get(ADMISSION_RULE_SET.CONDITIONAL_BAND_PCT), excluded, r.get(ADMISSION_RULE_SET.NOTE),
				r.get(RULE_AUTHOR.DISPLAY_NAME), r.get(ADMISSION_RULE_SET.CREATED_AT));
	}

	// ---------------------------------------------------------------- the project

	/** The figures an evaluation reads, with the industry and its sector's flags. */
	Optional<ProjectFacts> facts(long projectId) {
		return this.dsl
			.select(PROJECT.INDUSTRY_ID, INDUSTRY.PARENT_ID, INDUSTRY.HIGH_POLLUTION, SECTOR.HIGH_POLLUTION,
					PROJECT.INVESTMENT_TOTAL, PROJECT.LAND_REQUESTED_MU, PROJECT.ANNUAL_OUTPUT, PROJECT.ANNUAL_TAX,
					PROJECT.ENERGY_TCE, PROJECT.COD_T, PROJECT.NH3N_T, PROJECT.SO2_T, PROJECT.NOX_T)
			.from(PROJECT)
			.leftJoin(INDUSTRY)
			.on(INDUSTRY.ID.eq(PROJECT.INDUSTRY_ID))
			.leftJoin(SECTOR)
			.on(SECTOR.ID.eq(INDUSTRY.PARENT_ID))
			.where(PROJECT.ID.eq(projectId))
			.fetchOptional(r -> {
				List<Long> industries = new ArrayList<>();
				if (r.value1() != null) {
					industries.add(r.value1());
				}
				if (r.value2() != null) {
					industries.add(r.value2());
				}
				boolean highPollution = Boolean.TRUE.equals(r.value3()) || Boolean.TRUE.equals(r.value4());
				return new ProjectFacts(industries, highPollution, r.value5(), r.value6(), r.value7(), r.value8(),
						r.value9(), r.value10(), r.value11(), r.value12(), r.value13());
			});
	}

	Optional<Long> preferredPark(long projectId) {
		return this.dsl.select(PROJECT.PREFERRED_PARK_ID)
			.from(PROJECT)
			.where(PROJECT.ID.eq(projectId))
			.fetchOptional(PROJECT.PREFERRED_PARK_ID);
	}

	// ---------------------------------------------------------------- evaluations

	long insertEvaluation(long projectId, long parkId, long ruleSetId, AdmissionResult result, long userId,
			List<CriterionResult> criteria) {
		long id = this.dsl.insertInto(ADMISSION_EVALUATION)
			.set(ADMISSION_EVALUATION.PROJECT_ID, projectId)
			.set(ADMISSION_EVALUATION.PARK_ID, parkId)
			.set(ADMISSION_EVALUATION.RULE_SET_ID, ruleSetId)
			.set(ADMISSION_EVALUATION.RESULT, AdmissionEvaluationResult.valueOf(result.name()))
			.set(ADMISSION_EVALUATION.EVALUATED_BY, userId)
			.returningResult(ADMISSION_EVALUATION.ID)
			.fetchSingle()
			.value1();
		int order = 0;
		for (CriterionResult c : criteria) {
			this.dsl.insertInto(ADMISSION_CRITERION)
				.set(ADMISSION_CRITERION.EVALUATION_ID, id)
				.set(ADMISSION_CRITERION.CRITERION, AdmissionCriterionCriterion.valueOf(c.criterion().name()))
				.set(ADMISSION_CRITERION.OUTCOME, AdmissionCriterionOutcome.valueOf(c.outcome().name()))
				.set(ADMISSION_CRITERION.VALUE, c.value())
				.set(ADMISSION_CRITERION.THRESHOLD, c.threshold())
				.set(ADMISSION_CRITERION.MARGIN, c.margin())
				.set(ADMISSION_CRITERION.MISSING, c.missing().isEmpty() ? null : String.join(",", c.missing()))
				.set(ADMISSION_CRITERION.SORT_ORDER, order++)
				.execute();
		}
		return id;
	}

	/** The project's evaluations, newest first. */
	List<Evaluation> evaluations(long projectId) {
		return evaluations(ADMISSION_EVALUATION.PROJECT_ID.eq(projectId), Integer.MAX_VALUE);
	}

	Optional<Evaluation> evaluation(long id) {
		return evaluations(ADMISSION_EVALUATION.ID.eq(id), 1).stream().findFirst();
	}

	/** The newest evaluation of the project for the park. */
	Optional<Evaluation> latest(long projectId, long parkId) {
		return evaluations(ADMISSION_EVALUATION.PROJECT_ID.eq(projectId).and(ADMISSION_EVALUATION.PARK_ID.eq(parkId)),
				1)
			.stream()
			.findFirst();
	}

	Optional<Long> projectOf(long evaluationId) {
		return this.dsl.select(ADMISSION_EVALUATION.PROJECT_ID)
			.from(ADMISSION_EVALUATION)
			.where(ADMISSION_EVALUATION.ID.eq(evaluationId))
			.fetchOptional(ADMISSION_EVALUATION.PROJECT_ID);
	}

	/** False when the evaluation already carries an override. */
	boolean insertOverride(long evaluationId, long userId, String reason) {
		return this.dsl.insertInto(ADMISSION_OVERRIDE)
			.set(ADMISSION_OVERRIDE.EVALUATION_ID, evaluationId)
			.set(ADMISSION_OVERRIDE.OVERRIDDEN_BY, userId)
			.set(ADMISSION_OVERRIDE.REASON, reason)
			.onDuplicateKeyIgnore()
			.execute() == 1;
	}

	private List<Evaluation> evaluations(Condition condition, int limit) {
		var rows = this.dsl
			.select(ADMISSION_EVALUATION.ID, ADMISSION_EVALUATION.PROJECT_ID, ADMISSION_EVALUATION.PARK_ID,
					PARK.NAME_ZH, PARK.NAME_EN, ADMISSION_EVALUATION.RESULT, ADMISSION_EVALUATION.RULE_SET_ID,
					ADMISSION_EVALUATION.EVALUATED_AT, EVALUATOR.DISPLAY_NAME, OVERRIDER.DISPLAY_NAME,
					ADMISSION_OVERRIDE.OVERRIDDEN_AT, ADMISSION_OVERRIDE.REASON)
			.from(ADMISSION_EVALUATION)
			.join(PARK)
			.on(PARK.ID.eq(ADMISSION_EVALUATION.PARK_ID))
			.join(EVALUATOR)
			.on(EVALUATOR.ID.eq(ADMISSION_EVALUATION.EVALUATED_BY))
			.leftJoin(ADMISSION_OVERRIDE)
			.on(ADMISSION_OVERRIDE.EVALUATION_ID.eq(ADMISSION_EVALUATION.ID))
			.leftJoin(OVERRIDER)
			.on(OVERRIDER.ID.eq(ADMISSION_OVERRIDE.OVERRIDDEN_BY))
			.where(condition)
			.orderBy(ADMISSION_EVALUATION.EVALUATED_AT.desc(), ADMISSION_EVALUATION.ID.desc())
			.limit(limit)
			.fetch();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.map(r -> r.value1());
		Map<Long, List<CriterionResult>> criteria = criteria(ids);
		Map<Long, AdmissionRules> rules = new HashMap<>();
		for (AdmissionRules r : rules(ADMISSION_RULE_SET.ID.in(rows.map(r -> r.value7())))) {
			rules.put(r.id(), r);
		}
		return rows.map(r -> new Evaluation(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
				AdmissionResult.valueOf(r.value6().name()), rules.get(r.value7()), r.value8(), r.value9(),
				criteria.getOrDefault(r.value1(), List.of()),
				(r.value10() != null) ? new AdmissionOverride(r.value10(), r.value11(), r.value12()) : null));
	}

	private Map<Long, List<CriterionResult>> criteria(List<Long> evaluationIds) {
		Map<Long, List<CriterionResult>> out = new LinkedHashMap<>();
		this.dsl.selectFrom(ADMISSION_CRITERION)
			.where(ADMISSION_CRITERION.EVALUATION_ID.in(evaluationIds))
			.orderBy(ADMISSION_CRITERION.EVALUATION_ID, ADMISSION_CRITERION.SORT_ORDER)
			.forEach(r -> out.computeIfAbsent(r.getEvaluationId(), k -> new ArrayList<>())
				.add(new CriterionResult(Criterion.valueOf(r.getCriterion().name()),
						Outcome.valueOf(r.getOutcome().name()), r.getValue(), r.getThreshold(), r.getMargin(),
						(r.getMissing() == null) ? List.of() : List.of(r.getMissing().split(",")))));
		return out;
	}

	// ---------------------------------------------------------------- budgets

	/**
	 * Each budget with what the signed projects take, leaving out {@code excludedProject}
	 * when given (to ask what it would add).
	 */
	List<BudgetUse> budgets(@Nullable Long excludedProject) {
		Condition signed = signed();
		if (excludedProject != null) {
			signed = signed.and(PROJECT.ID.ne(excludedProject));
		}
		List<Field<BigDecimal>> sums = new ArrayList<>();
		for (BudgetKind kind : BudgetKind.values()) {
			sums.add(coalesce(sum(DRAWN.get(kind)), BigDecimal.ZERO).as(kind.name()));
		}
		Record used = this.dsl.select(sums).from(PROJECT).where(signed).fetchSingle();
		return this.dsl.select(ZONE_BUDGET.CODE, ZONE_BUDGET.TOTAL, ZONE_BUDGET.SOURCE_REF)
			.from(ZONE_BUDGET)
			.orderBy(ZONE_BUDGET.SORT_ORDER, ZONE_BUDGET.ID)
			.fetch(r -> {
				BudgetKind kind = BudgetKind.valueOf(r.value1().name());
				return new BudgetUse(kind, r.value2(), used.get(kind.name(), BigDecimal.class), r.value3());
			});
	}

	/** What the project would take of each budget (missing figures take nothing). */
	Map<BudgetKind, BigDecimal> draw(long projectId) {
		Record r = this.dsl.select(DRAWN.values()).from(PROJECT).where(PROJECT.ID.eq(projectId)).fetchSingle();
		Map<BudgetKind, BigDecimal> out = new EnumMap<>(BudgetKind.class);
		for (var entry : DRAWN.entrySet()) {
			BigDecimal value = r.get(entry.getValue());
			out.put(entry.getKey(), (value != null) ? value : BigDecimal.ZERO);
		}
		return out;
	}

	/**
	 * Signed and not gone: SIGNED through AT_CAPACITY, or ON_HOLD at one of them. LOST
	 * and EXITED projects give their room back.
	 */
	static Condition signed() {
		List<ProjectStage> stages = new ArrayList<>();
		List<ProjectStageBeforeHold> held = new ArrayList<>();
		for (Stage stage : Stage.mainLine()) {
			if (stage.isSignedOrLater()) {
				stages.add(ProjectStage.valueOf(stage.name()));
				held.add(ProjectStageBeforeHold.valueOf(stage.name()));
			}
		}
		return PROJECT.STAGE.in(stages)
			.or(PROJECT.STAGE.eq(ProjectStage.ON_HOLD).and(PROJECT.STAGE_BEFORE_HOLD.in(held)));
	}

}
