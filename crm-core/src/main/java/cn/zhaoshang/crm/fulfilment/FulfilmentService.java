package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.project.ProjectDetail;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.ProjectVisibility;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
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
 * Commitments vs. actuals (履约监管). Whoever may edit a signed project records its
 * contract's commitments; they and the operator of the project's park record its progress
 * and the funds that arrive. Whoever may see the project reads it all. The zone's rates
 * are for directors and administrators (a park operator gets their park's), the idle-land
 * clocks for everyone, each seeing the projects their project list shows.
 */
@Service
@Transactional(readOnly = true)
public class FulfilmentService {

	static final String ENTITY = "project_commitment";

	static final String ENTITY_FUNDS = "project_funds";

	static final int NOTE_MAX = 500;

	/** 10,000 亿元 in 万元, as for a project's investment. */
	static final BigDecimal AMOUNT_MAX = new BigDecimal("100000000");

	private final FulfilmentRepository fulfilment;

	private final ProjectService projects;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	public FulfilmentService(FulfilmentRepository fulfilment, ProjectService projects, CurrentUser currentUser,
			AuditLog audit) {
		this.fulfilment = fulfilment;
		this.projects = projects;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/** The project's commitments beside its actuals, with today's idle-land clock. */
	@PreAuthorize("@access.may('FULFILMENT')")
	public Fulfilment fulfilment(long projectId, LocalDate asOf) {
		ProjectDetail project = this.projects.get(projectId); // visibility
		FulfilmentRepository.ProjectState state = this.fulfilment.state(projectId).orElseThrow();
		Commitment commitment = this.fulfilment.commitment(projectId).orElse(null);
		List<FundsEntry> funds = this.fulfilment.funds(projectId);
		IdleLandClock clock = null;
		if (commitment != null && state.landed()) {
			BigDecimal inPlace = funds.stream()
				.filter(f -> !f.receivedOn().isAfter(asOf))
				.map(FundsEntry::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			clock = IdleLandClock
				.of(commitment.constructionStart(), commitment.actualStart(), commitment.workStoppedSince(),
						commitment.builtAreaM2(), commitment.buildingAreaM2(), inPlace, commitment.investment(),
						this.fulfilment.landPrice(projectId), asOf)
				.orElse(null);
		}
		return new Fulfilment(projectId, state.signed(), project.editable() && state.signed(),
				mayTrack(project, state) && commitment != null, commitment, funds, this.fulfilment.years(projectId),
				clock);
	}

	/**
	 * Records or changes the commitments of a signed project's contract. Refused before
	 * SIGNED ({@code fulfilment.error.not-signed}); {@link ConcurrentEditException} when
	 * someone saved since the form was loaded.
	 */
	@Transactional
	@PreAuthorize("@access.may('COMMITMENTS_WRITE')")
	public void saveCommitments(CommitmentForm form) {
		ProjectDetail project = this.projects.get(form.projectId());
		if (!project.editable()) {
			throw new AccessDeniedException("project " + form.projectId() + " is not editable");
		}
		FulfilmentRepository.ProjectState state = this.fulfilment.state(form.projectId()).orElseThrow();
		if (!state.signed()) {
			throw new DomainException("fulfilment.error.not-signed");
		}
		CommitmentForm f = check(form);
		Optional<Commitment> before = this.fulfilment.commitment(f.projectId());
		if (before.isEmpty()) {
			try {
				this.fulfilment.insertCommitment(f);
			}
			catch (DuplicateKeyException ex) {
				throw stale();
			}
			this.audit.record("CREATE", ENTITY, f.projectId(), f.toString());
			return;
		}
		if (!this.fulfilment.updateCommitment(f)) {
			throw stale();
		}
		this.audit.record("UPDATE", ENTITY, f.projectId(), before.get().form() + " -> " + f);
	}

	/**
	 * Records actual dates, area built and a stop of work; the commitments come first.
	 */
	@Transactional
	@PreAuthorize("@access.may('FULFILMENT')")
	public void saveProgress(ProgressForm form) {
		Commitment before = trackable(form.projectId());
		ProgressForm f = check(form);
		if (!this.fulfilment.updateProgress(f)) {
			throw stale();
		}
		this.audit.record("UPDATE", ENTITY, f.projectId(), before.progress() + " -> " + f);
	}

	/** Records funds that arrived (到位资金) and returns their id. */
	@Transactional
	@PreAuthorize("@access.may('FULFILMENT')")
	public long addFunds(FundsForm form) {
		CrmUser user = this.currentUser.require();
		trackable(form.projectId());
		FundsForm f = check(form);
		long id = this.fulfilment.insertFunds(f, user.id());
		this.audit.record("CREATE", ENTITY_FUNDS, id, "project " + f.projectId() + ": " + f);
		return id;
	}

	/** Removes a funds entry recorded by mistake. */
	@Transactional
	@PreAuthorize("@access.may('FULFILMENT')")
	public void removeFunds(long fundsId, int version) {
		long projectId = this.fulfilment.projectOfFunds(fundsId)
			.orElseThrow(() -> new DomainException("fulfilment.error.funds-not-found"));
		trackable(projectId);
		if (!this.fulfilment.deleteFunds(fundsId, version)) {
			throw new ConcurrentEditException("fulfilment.error.funds-stale");
		}
		this.audit.record("DELETE", ENTITY_FUNDS, fundsId, "project " + projectId);
	}

	/**
	 * The idle-land clocks running on {@code asOf} on the projects the caller sees: the
	 * park operator's park, the owner's own projects, everything for directors.
	 */
	@PreAuthorize("@access.may('FULFILMENT')")
	public List<IdleLand> idleLand(LocalDate asOf) {
		return this.fulfilment
			.landed(ProjectVisibility.of(this.currentUser), ProjectVisibility.name(this.currentUser), asOf)
			.stream()
			.flatMap(p -> IdleLandClock
				.of(p.commitment().constructionStart(), p.commitment().actualStart(), p.commitment().workStoppedSince(),
						p.commitment().builtAreaM2(), p.commitment().buildingAreaM2(), p.fundsInPlace(),
						p.commitment().investment(), p.allPriced() ? p.landPrice() : null, asOf)
				.map(clock -> new IdleLand(p.projectId(), p.code(), p.name(), p.parkId(), p.plots(), p.landMu(),
						p.ownerName(), clock))
				.stream())
			.toList();
	}

	/**
	 * 履约率, 开工率, 投产率 and 资金到位率 on {@code asOf}, zone-wide or for one park (a park operator
	 * always gets their own park's). Public for the directors' cockpit.
	 */
	@PreAuthorize("@access.may('FULFILMENT_RATES')")
	public FulfilmentRates rates(LocalDate asOf, @Nullable Long parkId) {
		Optional<Long> scope = this.currentUser.parkScope();
		if (scope.isPresent() && !scope.get().equals(parkId)) {
			if (parkId != null) {
				throw new AccessDeniedException("park " + parkId + " is outside the operator's park");
			}
			return this.fulfilment.rates(asOf, scope.get());
		}
		return this.fulfilment.rates(asOf, parkId);
	}

	/** The project's commitments, if the caller may record its progress. */
	private Commitment trackable(long projectId) {
		ProjectDetail project = this.projects.get(projectId);
		FulfilmentRepository.ProjectState state = this.fulfilment.state(projectId).orElseThrow();
		if (!mayTrack(project, state)) {
			throw new AccessDeniedException("project " + projectId + " is not tracked by the caller");
		}
		return this.fulfilment.commitment(projectId)
			.orElseThrow(() -> new DomainException("fulfilment.error.no-commitment"));
	}

	/** Who may edit the project, and the operator of the park it prefers. */
	private boolean mayTrack(ProjectDetail project, FulfilmentRepository.ProjectState state) {
		if (project.editable()) {
			return true;
		}
		CrmUser user = this.currentUser.require();
		return user.hasRole(Roles.PARK_OPERATOR) && state.parkId() != null
				&& Objects.equals(state.parkId(), user.parkId());
	}

	private static ConcurrentEditException stale() {
		return new ConcurrentEditException("fulfilment.error.stale");
	}

	private static CommitmentForm check(CommitmentForm f) {
		if (f.constructionStart() != null && f.productionDate() != null
				&& f.productionDate().isBefore(f.constructionStart())) {
			throw new DomainException("fulfilment.error.production-before-start");
		}
		if (f.jobs() != null && f.jobs() < 0) {
			throw new DomainException("fulfilment.error.negative", "jobs");
		}
		return new CommitmentForm(f.projectId(), f.version(), f.contractDate(), money(f.investment(), "investment"),
				money(f.fixedAssetInvestment(), "fixedAssetInvestment"), money(f.buildingAreaM2(), "buildingAreaM2"),
				f.constructionStart(), f.productionDate(), money(f.annualOutput(), "annualOutput"),
				money(f.annualTax(), "annualTax"), f.jobs());
	}

	private static ProgressForm check(ProgressForm f) {
		if (f.actualStart() != null && f.actualProduction() != null && f.actualProduction().isBefore(f.actualStart())) {
			throw new DomainException("fulfilment.error.production-before-start");
		}
		if (f.actualProduction() != null && f.actualCapacity() != null
				&& f.actualCapacity().isBefore(f.actualProduction())) {
			throw new DomainException("fulfilment.error.capacity-before-production");
		}
		if (f.workStoppedSince() != null && f.actualStart() == null) {
			throw new DomainException("fulfilment.error.stopped-before-start");
		}
		if (f.actualProduction() != null && f.actualStart() == null) {
			throw new DomainException("fulfilment.error.production-before-start");
		}
		return new ProgressForm(f.projectId(), f.version(), f.actualStart(), f.actualProduction(), f.actualCapacity(),
				money(f.builtAreaM2(), "builtAreaM2"), f.workStoppedSince());
	}

	private static FundsForm check(FundsForm f) {
		if (f.receivedOn() == null) {
			throw new DomainException("validation.required", "receivedOn");
		}
		if (f.amount() == null) {
			throw new DomainException("validation.required", "amount");
		}
		if (f.amount().signum() <= 0) {
			throw new DomainException("fulfilment.error.amount-positive");
		}
		if (f.kind() == null) {
			throw new DomainException("validation.required", "kind");
		}
		if (f.origin() == null) {
			throw new DomainException("validation.required", "origin");
		}
		return new FundsForm(f.projectId(), f.receivedOn(), money(f.amount(), "amount"), f.kind(), f.origin(),
				TextRules.optional(f.note(), "note", NOTE_MAX));
	}

	/** Non-negative, two decimals, at most {@link #AMOUNT_MAX}. */
	private static @Nullable BigDecimal money(@Nullable BigDecimal value, String field) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0) {
			throw new DomainException("fulfilment.error.negative", field);
		}
		if (value.compareTo(AMOUNT_MAX) > 0) {
			throw new DomainException("fulfilment.error.too-large", field);
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
