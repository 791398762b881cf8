package cn.zhaoshang.crm.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.project.ProjectDetail;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admission (准入): the parks' rules in versions, evaluations of projects against them, the
 * director's override of a failed evaluation, and the zone's budgets. Rules are read by
 * everyone (a park operator only their own park's) and changed by directors and
 * administrators; a project is evaluated by whoever may edit it; its evaluations are read
 * by whoever may see it (visibility is ProjectService's).
 */
@Service
@Transactional(readOnly = true)
public class AdmissionService {

	static final String ENTITY_RULES = "admission_rule_set";

	static final String ENTITY_EVALUATION = "admission_evaluation";

	static final int REASON_MAX = 1000;

	static final int NOTE_MAX = 500;

	private static final BigDecimal BAND_MAX = new BigDecimal("99.99");

	private final AdmissionRepository admission;

	private final ProjectService projects;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final SigningChecks signing;

	public AdmissionService(AdmissionRepository admission, ProjectService projects, CurrentUser currentUser,
			AuditLog audit, SigningChecks signing) {
		this.admission = admission;
		this.signing = signing;
		this.projects = projects;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	// ---------------------------------------------------------------- rules

	/** The park's rules in force (the newest version). */
	@PreAuthorize("@access.may('ADMISSION_READ')")
	public AdmissionRules rules(long parkId) {
		mayReadPark(parkId);
		return this.admission.currentRules(parkId).orElseThrow(() -> new DomainException("admission.error.no-rules"));
	}

	/** Every version of the park's rules, newest first. */
	@PreAuthorize("@access.may('ADMISSION_READ')")
	public List<AdmissionRules> ruleHistory(long parkId) {
		mayReadPark(parkId);
		return this.admission.ruleHistory(parkId);
	}

	/**
	 * Saves edited rules as the park's next version and returns it. Refused with
	 * {@link ConcurrentEditException} ({@code admission.error.rules-stale}) when another
	 * version was saved since the form was loaded.
	 */
	@Transactional
	@PreAuthorize("@access.may('POLICY_EDIT')")
	public AdmissionRules saveRules(AdmissionRulesForm form) {
		CrmUser user = this.currentUser.require();
		if (!this.admission.parkExists(form.parkId())) {
			throw new DomainException("admission.error.park-not-found");
		}
		AdmissionRulesForm f = check(form);
		if (!this.admission.industriesExist(f.excludedIndustryIds())) {
			throw new DomainException("admission.error.industry-not-found");
		}
		int latest = this.admission.latestVersion(f.parkId());
		if (latest != f.basedOnVersion()) {
			throw new ConcurrentEditException("admission.error.rules-stale", latest);
		}
		long id;
		try {
			id = this.admission.insertRules(f, latest + 1, user.id());
		}
		catch (DuplicateKeyException ex) {
			throw new ConcurrentEditException("admission.error.rules-stale", latest + 1);
		}
		this.audit.record("CREATE", ENTITY_RULES, id, "park " + f.parkId() + " rules version " + (latest + 1) + ": " + f
				+ ((f.note() != null) ? "; note: " + f.note() : ""));
		return this.admission.currentRules(f.parkId()).orElseThrow();
	}

	// ---------------------------------------------------------------- evaluations

	/**
	 * Evaluates the project against the park's rules in force, stores the result with the
	 * rules' version, the date and who ran it, and returns it. Zero land is refused
	 * ({@code admission.error.zero-land}); missing figures are reported per criterion.
	 */
	@Transactional
	@PreAuthorize("@access.may('ADMISSION_EVALUATE')")
	public Evaluation evaluate(long projectId, long parkId) {
		CrmUser user = this.currentUser.require();
		ProjectDetail project = this.projects.get(projectId);
		if (!project.editable()) {
			throw new AccessDeniedException("project " + projectId + " is not editable");
		}
		if (!this.admission.parkExists(parkId)) {
			throw new DomainException("admission.error.park-not-found");
		}
		AdmissionRules rules = this.admission.currentRules(parkId)
			.orElseThrow(() -> new DomainException("admission.error.no-rules"));
		ProjectFacts facts = this.admission.facts(projectId).orElseThrow();
		List<CriterionResult> criteria = AdmissionEvaluator.evaluate(rules, facts,
				this.admission.parkIndustries(parkId));
		AdmissionResult result = AdmissionResult.of(criteria);
		long id = this.admission.insertEvaluation(projectId, parkId, rules.id(), result, user.id(), criteria);
		this.audit.record("EVALUATE", ENTITY_EVALUATION, id,
				"project " + projectId + ", park " + parkId + ", rules v" + rules.version() + ": " + result);
		return this.admission.evaluation(id).orElseThrow();
	}

	/** The project's evaluations, newest first, each with its criteria and rules. */
	@PreAuthorize("@access.may('ADMISSION_READ')")
	public List<Evaluation> evaluations(long projectId) {
		this.projects.get(projectId); // visibility
		return this.admission.evaluations(projectId);
	}

	/**
	 * A director admits the project despite a failed evaluation, with a written reason
	 * (kept on the evaluation and in the audit trail). Only a FAIL can be overridden,
	 * once.
	 */
	@Transactional
	@PreAuthorize("@access.may('ADMISSION_OVERRIDE')")
	public Evaluation override(long evaluationId, @Nullable String reason) {
		CrmUser user = this.currentUser.require();
		String text = TextRules.multiline(reason, "reason", REASON_MAX);
		if (text == null) {
			throw new DomainException("admission.error.override-needs-reason");
		}
		long projectId = this.admission.projectOf(evaluationId)
			.orElseThrow(() -> new DomainException("admission.error.evaluation-not-found"));
		this.projects.get(projectId); // visibility
		Evaluation evaluation = this.admission.evaluation(evaluationId).orElseThrow();
		if (evaluation.result() != AdmissionResult.FAIL) {
			throw new DomainException("admission.error.override-only-fail");
		}
		if (!this.admission.insertOverride(evaluationId, user.id(), text)) {
			throw new DomainException("admission.error.override-exists");
		}
		this.audit.record("ADMISSION_OVERRIDE", ENTITY_EVALUATION, evaluationId,
				"project " + projectId + ", park " + evaluation.parkId() + ": " + text);
		return this.admission.evaluation(evaluationId).orElseThrow();
	}

	/**
	 * What stands in the way of signing the project: the latest evaluation for its
	 * preferred park (a FAIL without override blocks) and the budgets it would overdraw.
	 */
	@PreAuthorize("@access.may('ADMISSION_EVALUATE')")
	public SigningCheck signingCheck(long projectId) {
		this.projects.get(projectId); // visibility
		return this.signing.check(projectId);
	}

	// ---------------------------------------------------------------- budgets

	/** The zone's energy room and emission totals with what signed projects take. */
	@PreAuthorize("@access.may('ADMISSION_READ')")
	public List<BudgetUse> budgets() {
		return this.admission.budgets(null);
	}

	private void mayReadPark(long parkId) {
		Optional<Long> scope = this.currentUser.parkScope();
		if (scope.isPresent() && scope.get() != parkId) {
			throw new AccessDeniedException("park " + parkId + " is outside the operator's park");
		}
	}

	/** Thresholds non-negative and rounded to their columns; the note trimmed. */
	private static AdmissionRulesForm check(AdmissionRulesForm f) {
		BigDecimal band = (f.conditionalBandPct() != null) ? f.conditionalBandPct() : BigDecimal.ZERO;
		if (band.signum() < 0 || band.compareTo(BAND_MAX) > 0) {
			throw new DomainException("admission.error.band-range", BAND_MAX);
		}
		return new AdmissionRulesForm(f.parkId(), f.basedOnVersion(),
				amount(f.minInvestmentIntensity(), "minInvestmentIntensity", 12, 2),
				amount(f.minOutputPerMu(), "minOutputPerMu", 12, 2), amount(f.minTaxPerMu(), "minTaxPerMu", 12, 2),
				amount(f.maxEnergyPerOutput(), "maxEnergyPerOutput", 10, 4), amount(f.maxCodT(), "maxCodT", 12, 3),
				amount(f.maxNh3nT(), "maxNh3nT", 12, 3), amount(f.maxSo2T(), "maxSo2T", 12, 3),
				amount(f.maxNoxT(), "maxNoxT", 12, 3), f.vetoHighPollution(), band.setScale(2, RoundingMode.HALF_UP),
				f.excludedIndustryIds(), TextRules.multiline(f.note(), "note", NOTE_MAX));
	}

	private static @Nullable BigDecimal amount(@Nullable BigDecimal value, String field, int precision, int scale) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0) {
			throw new DomainException("admission.error.negative", field);
		}
		BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
		if (rounded.precision() - rounded.scale() > precision - scale) {
			throw new DomainException("admission.error.number-too-large", field);
		}
		return rounded;
	}

}
