package cn.zhaoshang.crm.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.investor.IndustryCluster;
import cn.zhaoshang.crm.project.ProjectFigures;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The director's cockpit and the monthly pipeline report. Who sees what is decided here:
 * directors and admins see every section over every project; staff see every section over
 * the projects (and activities) they own, with the staff table reduced to their own row;
 * park operators see only the land section, of their own park. The .xlsx and the PDF are
 * rendered from the very {@link Cockpit} the screen shows.
 * <p>
 * The screen's cockpit runs its sections side by side ({@link CockpitSections}).
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	static final String PROJECTS_OVER_100M_USD = "PROJECTS_OVER_100M_USD";

	static final String FDI_CUMULATIVE = "FDI_CUMULATIVE";

	/** plan_indicator codes of the target shares, by cluster. */
	static final Map<IndustryCluster, String> SHARE_CODES = Map.of(IndustryCluster.AUTO, "OUTPUT_SHARE_AUTO",
			IndustryCluster.EMERGING, "OUTPUT_SHARE_EMERGING", IndustryCluster.TRADITIONAL, "OUTPUT_SHARE_TRADITIONAL");

	/** 1 亿美元 in 万美元: the plan states FDI in 亿美元, the projects in 万美元. */
	private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

	/** The plan's targets close a five-year plan (十三五: 2016-2020). */
	private static final int PLAN_YEARS = 5;

	private final ReportRepository reports;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final BigDecimal usdCnyRate;

	private final CockpitSections sections;

	public ReportService(ReportRepository reports, CurrentUser currentUser, AuditLog audit,
			@Value("${crm.usd-cny-rate:7.10}") BigDecimal usdCnyRate, CockpitSections sections) {
		this.reports = reports;
		this.currentUser = currentUser;
		this.audit = audit;
		this.usdCnyRate = usdCnyRate;
		this.sections = sections;
	}

	/**
	 * The cockpit for the signed-in user: see the class comment for who sees what. Not in
	 * a transaction of its own, so that its sections can run side by side.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	@PreAuthorize("@access.may('REPORTS')")
	public Cockpit cockpit(ReportFilter filter) {
		return compute(filter, LocalDate.now());
	}

	/**
	 * The monthly pipeline report as .xlsx: one sheet per section, numbers as number
	 * cells, units in the headers. Audited as an export.
	 */
	@Transactional
	@PreAuthorize("@access.may('REPORTS')")
	public Cockpit monthlyXlsx(YearMonth month, @Nullable Long parkId, ReportLabels labels, OutputStream out) {
		Cockpit cockpit = compute(ReportFilter.month(month, parkId), LocalDate.now());
		try {
			MonthlyReportXlsx.write(cockpit, title(cockpit, month, labels), labels, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.audit.record("EXPORT", "report", null, "monthly report " + month + " xlsx, park " + parkId);
		return cockpit;
	}

	/**
	 * The monthly pipeline report as PDF, with an embedded Chinese font so it renders
	 * without fonts on the reader's machine. Audited as an export.
	 */
	@Transactional
	@PreAuthorize("@access.may('REPORTS')")
	public Cockpit monthlyPdf(YearMonth month, @Nullable Long parkId, ReportLabels labels, OutputStream out) {
		Cockpit cockpit = compute(ReportFilter.month(month, parkId), LocalDate.now());
		try {
			MonthlyReportPdf.write(cockpit, title(cockpit, month, labels), labels, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.audit.record("EXPORT", "report", null, "monthly report " + month + " pdf, park " + parkId);
		return cockpit;
	}

	private String title(Cockpit cockpit, YearMonth month, ReportLabels labels) {
		Long park = cockpit.filter().parkId();
		String parkName = (park != null)
				? this.reports.parkName(park, "zh".equals(labels.locale().getLanguage())).orElse("")
				: labels.text("report.all-parks");
		return labels.text("report.title", month.getYear(), month.getMonthValue(), parkName);
	}

	/** Everything, under the caller's scope, with supervision as of {@code today}. */
	Cockpit compute(ReportFilter asked, LocalDate today) {
		CrmUser user = this.currentUser.require();
		boolean all = user.hasRole(Roles.DIRECTOR) || user.hasRole(Roles.ADMIN);
		boolean staff = !all && user.hasRole(Roles.STAFF);
		if (!all && !staff) {
			// a park operator: the land of their park, nothing about projects or people
			long park = (user.parkId() != null) ? user.parkId() : -1L;
			ReportFilter own = new ReportFilter(asked.from(), asked.to(), park, null, asked.stuckDays());
			return new Cockpit(own, EnumSet.of(CockpitSection.LAND), List.of(), List.of(), null,
					this.reports.land(park, new ReportRepository.Scope(null, null, null)), null, List.of());
		}
		ReportRepository.Scope scope = ReportRepository.Scope.of(asked, staff ? user.id() : null);
		CockpitSections.Run run = this.sections.start();
		// the longest first
		var reached = run.section(() -> this.reports.reachedByStep(asked, scope));
		var byOwner = run.section(() -> this.reports.byOwner(today, asked.stuckDays(), scope));
		var staffPerformance = run.section(() -> this.reports.staffPerformance(asked, scope));
		var standing = run.section(() -> this.reports.standing(asked, scope));
		var medians = run.section(() -> this.reports.medianDays(asked, scope));
		var land = run.section(() -> this.reports.land(asked.parkId(), scope.anyPark()));
		var targets = run.section(() -> targets(asked, scope));
		var milestones = run.section(() -> this.reports.milestones(asked, scope));
		var stuck = run
			.section(() -> this.reports.stuckProjects(today, asked.stuckDays(), scope, Supervision.MAX_STUCK));
		List<OwnerSupervision> owners = run.join(byOwner);
		// every stuck project has an owner, and every owner with one is listed
		int stuckCount = owners.stream().mapToInt(OwnerSupervision::stuckProjects).sum();
		Supervision supervision = new Supervision(today, asked.stuckDays(), run.join(stuck), stuckCount, owners);
		Set<CockpitSection> sections = EnumSet.allOf(CockpitSection.class);
		Targets planTargets = run.join(targets).orElse(null);
		if (planTargets == null) {
			sections.remove(CockpitSection.TARGETS);
		}
		List<FunnelStage> funnel = List
			.copyOf(ReportRepository.funnel(run.join(standing), run.join(reached), run.join(medians)).values());
		return new Cockpit(asked, sections, funnel, run.join(milestones), planTargets, run.join(land), supervision,
				run.join(staffPerformance));
	}

	/**
	 * Progress toward the plan's targets, from the window's start to the period's end (or
	 * the window's, if earlier). Empty when the plan's indicators are not there.
	 */
	private Optional<Targets> targets(ReportFilter filter, ReportRepository.Scope scope) {
		List<String> codes = new ArrayList<>(List.of(PROJECTS_OVER_100M_USD, FDI_CUMULATIVE));
		codes.addAll(SHARE_CODES.values());
		Map<String, ReportRepository.Indicator> indicators = this.reports.indicators(codes);
		ReportRepository.Indicator major = indicators.get(PROJECTS_OVER_100M_USD);
		ReportRepository.Indicator fdi = indicators.get(FDI_CUMULATIVE);
		if (major == null || fdi == null) {
			return Optional.empty();
		}
		LocalDate windowFrom = LocalDate.of(fdi.targetYear() - PLAN_YEARS + 1, 1, 1);
		LocalDate windowEnd = LocalDate.of(fdi.targetYear(), 12, 31);
		LocalDate windowTo = filter.to().isBefore(windowEnd) ? filter.to() : windowEnd;
		LocalDateTime until = windowTo.plusDays(1).atStartOfDay();
		BigDecimal majorTotal = ProjectFigures.MAJOR_USD.multiply(this.usdCnyRate);
		ReportRepository.SignedInWindow signed = this.reports.signedInWindow(windowFrom.atStartOfDay(), until,
				majorTotal, scope);
		BigDecimal total = signed.investmentByCluster().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		List<ClusterShare> mix = new ArrayList<>();
		for (IndustryCluster cluster : IndustryCluster.values()) {
			BigDecimal investment = signed.investmentByCluster().getOrDefault(cluster, BigDecimal.ZERO);
			ReportRepository.Indicator share = indicators.get(SHARE_CODES.get(cluster));
			mix.add(new ClusterShare(cluster, investment, Ratios.pct(investment, total),
					(share != null) ? share.target().stripTrailingZeros() : null));
		}
		BigDecimal unknown = signed.investmentByCluster().get(null);
		if (unknown != null && unknown.signum() != 0) {
			mix.add(new ClusterShare(null, unknown, Ratios.pct(unknown, total), null));
		}
		return Optional.of(new Targets(windowFrom, windowTo, signed.majorProjects(), major.target().intValue(),
				signed.foreignUsd(), fdi.target().multiply(WAN_PER_YI).stripTrailingZeros(), total, mix));
	}

}
