package cn.zhaoshang.crm.tenant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenant performance (亩均效益). Park operators enter, import and regrade their own park's
 * figures; directors and administrators every park's, and they alone change the grade
 * cut-offs (each change is a new version). A row is graded when it is saved, with the
 * park's cut-offs in force, and remembers which version graded it.
 */
@Service
@Transactional(readOnly = true)
public class TenantPerformanceService {

	public static final int YEAR_MIN = 2000;

	public static final int YEAR_MAX = 2100;

	static final String ENTITY = "tenant_performance";

	static final String ENTITY_GRADING = "performance_grading";

	static final int NOTE_MAX = 500;

	private final TenantPerformanceRepository performance;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	public TenantPerformanceService(TenantPerformanceRepository performance, CurrentUser currentUser, AuditLog audit) {
		this.performance = performance;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	// ---------------------------------------------------------------- figures

	/** The years with figures, newest first, in the caller's park (or all). */
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public List<Integer> years(@Nullable Long parkId) {
		return this.performance.years(park(parkId));
	}

	/** The tenants' figures for a year, in one park or (directors, admins) all. */
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public List<PerformanceRow> list(@Nullable Long parkId, int year, PageRequest page) {
		return this.performance.find(park(parkId), year, page);
	}

	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public int count(@Nullable Long parkId, int year) {
		return this.performance.count(park(parkId), year);
	}

	/** A tenant's years in a park, oldest first. */
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public List<PerformanceRow> history(long investorId, long parkId) {
		mayUse(parkId);
		return this.performance.history(investorId, parkId);
	}

	/** Tenants of the park by the start of their Chinese name, for choosing one. */
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public List<TenantRef> tenants(long parkId, String prefix, int limit) {
		mayUse(parkId);
		return this.performance.tenants(parkId, prefix.strip(), Math.clamp(limit, 1, 100));
	}

	/**
	 * Saves a tenant's year (new when {@code id} is null), graded with the park's
	 * cut-offs in force, and returns its id. A second row for the same tenant, park and
	 * year is refused ({@code tenant.error.year-exists}); a stale version with
	 * {@link ConcurrentEditException}.
	 */
	@Transactional
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public long save(PerformanceForm form) {
		mayUse(form.parkId());
		PerformanceForm f = check(form);
		if (this.performance.tenant(f.investorId(), f.parkId()).isEmpty()) {
			throw new DomainException("tenant.error.not-a-tenant");
		}
		if (f.projectId() != null && !this.performance.projectOfTenant(f.projectId(), f.investorId(), f.parkId())) {
			throw new DomainException("tenant.error.project-not-of-tenant");
		}
		return write(f, false);
	}

	// ---------------------------------------------------------------- import

	/**
	 * Reads and checks a file of tenant figures for the park without writing anything;
	 * {@code year} is used where the file has no 年度 column.
	 */
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public PerformanceImportPreview previewImport(byte[] content, String fileName, long parkId, int year) {
		mayUse(parkId);
		checkYear(year);
		GradingCutoffs cutoffs = this.performance.currentCutoffs(parkId).orElse(null);
		var lookup = new PerformanceImport.Lookup() {

			@Override
			public Optional<TenantRef> tenant(@Nullable String uscc, String name) {
				return TenantPerformanceService.this.performance.tenant(uscc, name, parkId);
			}

			@Override
			public Optional<PerformanceRow> existing(long investorId, int y) {
				return TenantPerformanceService.this.performance.find(investorId, parkId, y);
			}

			@Override
			public Optional<Long> landedProject(long investorId) {
				return TenantPerformanceService.this.performance.landedProject(investorId, parkId);
			}

			@Override
			public @Nullable GradingCutoffs cutoffs() {
				return cutoffs;
			}

		};
		return new PerformanceImportPreview(fileName, parkId,
				PerformanceImport.check(PerformanceImport.read(content, fileName), parkId, year, lookup));
	}

	/**
	 * Writes every row of a clean preview (new years added, existing ones replaced), or
	 * nothing: one transaction, refused while any row has a problem. Returns the rows
	 * written.
	 */
	@Transactional
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public int commitImport(PerformanceImportPreview preview) {
		mayUse(preview.parkId());
		if (preview.hasErrors()) {
			throw new DomainException("import.error.has-errors", preview.errorRows());
		}
		for (PerformanceImportRow row : preview.rows()) {
			PerformanceForm f = check(row.form());
			if (f.parkId() != preview.parkId() || this.performance.tenant(f.investorId(), f.parkId()).isEmpty()) {
				throw new DomainException("tenant.error.not-a-tenant");
			}
			write(f, true);
		}
		this.audit.record("IMPORT", ENTITY, null,
				preview.rows().size() + " rows for park " + preview.parkId() + " from " + preview.fileName());
		return preview.rows().size();
	}

	// ---------------------------------------------------------------- grading

	/** The park's cut-offs in force. */
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public GradingCutoffs cutoffs(long parkId) {
		mayUse(parkId);
		return this.performance.currentCutoffs(parkId)
			.orElseThrow(() -> new DomainException("tenant.error.no-cutoffs"));
	}

	/** Every version of the park's cut-offs, newest first. */
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public List<GradingCutoffs> cutoffHistory(long parkId) {
		mayUse(parkId);
		return this.performance.cutoffHistory(parkId);
	}

	/**
	 * Saves edited cut-offs as the park's next version (A ≥ B ≥ C ≥ 0 on each figure).
	 * Rows already graded keep their grade until regraded.
	 */
	@Transactional
	@PreAuthorize("@access.may('POLICY_EDIT')")
	public GradingCutoffs saveCutoffs(GradingForm form) {
		CrmUser user = this.currentUser.require();
		GradingForm f = check(form);
		int latest = this.performance.latestGradingVersion(f.parkId());
		if (latest != f.basedOnVersion()) {
			throw new ConcurrentEditException("tenant.error.cutoffs-stale", latest);
		}
		long id;
		try {
			id = this.performance.insertCutoffs(f, latest + 1, user.id());
		}
		catch (DuplicateKeyException ex) {
			throw new ConcurrentEditException("tenant.error.cutoffs-stale", latest + 1);
		}
		this.audit.record("CREATE", ENTITY_GRADING, id,
				"park " + f.parkId() + " cut-offs version " + (latest + 1) + ": " + f);
		return this.performance.currentCutoffs(f.parkId()).orElseThrow();
	}

	/** Regrades the park's year with the cut-offs in force; returns the rows regraded. */
	@Transactional
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public int regrade(long parkId, int year) {
		mayUse(parkId);
		GradingCutoffs cutoffs = cutoffs(parkId);
		List<PerformanceRow> rows = this.performance.ofYear(parkId, year);
		for (PerformanceRow row : rows) {
			Grade grade = Grading.grade(cutoffs, row.landMu(), row.output(), row.tax());
			this.performance.setGrade(row.id(), grade, (grade != null) ? cutoffs.id() : null);
		}
		this.audit.record("REGRADE", ENTITY, null,
				"park " + parkId + ", year " + year + ", " + rows.size() + " rows, cut-offs v" + cutoffs.version());
		return rows.size();
	}

	// ---------------------------------------------------------------- recovery

	/**
	 * Candidates for recovery (腾笼换鸟) in a year: graded D that year and the year before,
	 * or no production (output zero), with their plots. The park's idle plots are the
	 * idle-land clocks of FulfilmentService.
	 */
	@PreAuthorize("@access.may('TENANT_PERFORMANCE')")
	public List<RecoveryCandidate> recoveryCandidates(@Nullable Long parkId, int year) {
		return this.performance.recovery(park(parkId), year);
	}

	// ---------------------------------------------------------------- helpers

	/**
	 * Inserts or updates, graded now; {@code replace} ignores the version (an import).
	 */
	private long write(PerformanceForm f, boolean replace) {
		GradingCutoffs cutoffs = this.performance.currentCutoffs(f.parkId()).orElse(null);
		Grade grade = (cutoffs != null) ? Grading.grade(cutoffs, f.landMu(), f.output(), f.tax()) : null;
		Long gradingId = (grade != null && cutoffs != null) ? cutoffs.id() : null;
		Optional<PerformanceRow> existing = this.performance.find(f.investorId(), f.parkId(), f.year());
		if (existing.isEmpty()) {
			if (f.id() != null) {
				throw new ConcurrentEditException("tenant.error.stale");
			}
			long id;
			try {
				id = this.performance.insert(f, grade, gradingId);
			}
			catch (DuplicateKeyException ex) {
				throw new DomainException("tenant.error.year-exists", String.valueOf(f.year()));
			}
			this.audit.record("CREATE", ENTITY, id, f + ", grade " + grade);
			return id;
		}
		PerformanceRow before = existing.get();
		if (!replace && (f.id() == null || f.id() != before.id())) {
			throw new DomainException("tenant.error.year-exists", String.valueOf(f.year()));
		}
		int version = replace ? before.version() : f.version();
		if (!this.performance.update(before.id(), version, f, grade, gradingId)) {
			throw new ConcurrentEditException("tenant.error.stale");
		}
		this.audit.record("UPDATE", ENTITY, before.id(),
				before.form() + ", grade " + before.grade() + " -> " + f + ", grade " + grade);
		return before.id();
	}

	/**
	 * The park to show: an operator's own (another is refused), else the one asked for.
	 */
	private @Nullable Long park(@Nullable Long requested) {
		Optional<Long> scope = this.currentUser.parkScope();
		if (scope.isPresent()) {
			if (requested != null && !requested.equals(scope.get())) {
				throw new AccessDeniedException("park " + requested + " is outside the operator's park");
			}
			return scope.get();
		}
		return requested;
	}

	private void mayUse(long parkId) {
		park(parkId);
	}

	private static PerformanceForm check(PerformanceForm f) {
		checkYear(f.year());
		if (f.landMu() != null && f.landMu().signum() == 0) {
			throw new DomainException("tenant.error.zero-land");
		}
		if (f.employees() != null && f.employees() < 0) {
			throw new DomainException("tenant.error.negative", "employees");
		}
		return new PerformanceForm(f.id(), f.version(), f.investorId(), f.parkId(), f.projectId(), f.year(),
				nonNegative(f.landMu(), "landMu", 12), nonNegative(f.output(), "output", 14),
				nonNegative(f.tax(), "tax", 14), nonNegative(f.energyTce(), "energyTce", 12), f.employees());
	}

	private static void checkYear(int year) {
		if (year < YEAR_MIN || year > YEAR_MAX) {
			throw new DomainException("tenant.error.year-range", String.valueOf(YEAR_MIN), String.valueOf(YEAR_MAX));
		}
	}

	private static GradingForm check(GradingForm f) {
		BigDecimal aTax = required(f.aTaxPerMu(), "aTaxPerMu");
		BigDecimal bTax = required(f.bTaxPerMu(), "bTaxPerMu");
		BigDecimal cTax = required(f.cTaxPerMu(), "cTaxPerMu");
		BigDecimal aOut = required(f.aOutputPerMu(), "aOutputPerMu");
		BigDecimal bOut = required(f.bOutputPerMu(), "bOutputPerMu");
		BigDecimal cOut = required(f.cOutputPerMu(), "cOutputPerMu");
		if (aTax.compareTo(bTax) < 0 || bTax.compareTo(cTax) < 0 || aOut.compareTo(bOut) < 0
				|| bOut.compareTo(cOut) < 0) {
			throw new DomainException("tenant.error.cutoffs-order");
		}
		return new GradingForm(f.parkId(), f.basedOnVersion(), aTax, bTax, cTax, aOut, bOut, cOut,
				TextRules.multiline(f.note(), "note", NOTE_MAX));
	}

	private static BigDecimal required(@Nullable BigDecimal value, String field) {
		if (value == null) {
			throw new DomainException("validation.required", field);
		}
		BigDecimal v = nonNegative(value, field, 12);
		return (v != null) ? v : BigDecimal.ZERO;
	}

	private static @Nullable BigDecimal nonNegative(@Nullable BigDecimal value, String field, int precision) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0) {
			throw new DomainException("tenant.error.negative", field);
		}
		return round(value, field, precision);
	}

	/** Two decimals, and small enough for a DECIMAL({@code precision},2) column. */
	static BigDecimal round(BigDecimal value, String field, int precision) {
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
		if (rounded.precision() - rounded.scale() > precision - 2) {
			throw new DomainException("tenant.error.number-too-large", field);
		}
		return rounded;
	}

}
