package cn.zhaoshang.crm.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The cockpit as tables, for the .xlsx and the PDF: one place decides the rows, columns
 * and units, so both files carry the same numbers. Cells are Integer, BigDecimal,
 * LocalDate, LocalDateTime or String, or null for "none".
 */
final class ReportTables {

	/**
	 * A titled table.
	 *
	 * @param sheet the short name of the .xlsx sheet it goes on
	 */
	record Table(String sheet, String title, List<String> headers, List<List<@Nullable Object>> rows) {

		Table {
			headers = List.copyOf(headers);
			rows = List.copyOf(rows);
		}

	}

	private ReportTables() {
	}

	/** The tables of the sections the cockpit shows, in report order. */
	static List<Table> of(Cockpit cockpit, ReportLabels labels) {
		List<Table> tables = new ArrayList<>();
		boolean chinese = "zh".equals(labels.locale().getLanguage());
		if (cockpit.shows(CockpitSection.FUNNEL)) {
			tables.add(funnel(cockpit, labels));
		}
		if (cockpit.shows(CockpitSection.MILESTONES)) {
			tables.add(milestones(cockpit, labels));
		}
		Targets targets = cockpit.targets();
		if (cockpit.shows(CockpitSection.TARGETS) && targets != null) {
			tables.add(targets(targets, labels));
		}
		if (cockpit.shows(CockpitSection.LAND)) {
			tables.add(land(cockpit, labels, chinese));
		}
		Supervision supervision = cockpit.supervision();
		if (cockpit.shows(CockpitSection.SUPERVISION) && supervision != null) {
			tables.add(owners(supervision, labels));
			tables.add(stuck(supervision, labels));
		}
		if (cockpit.shows(CockpitSection.STAFF)) {
			tables.add(staff(cockpit, labels));
		}
		return tables;
	}

	private static List<String> headers(ReportLabels labels, String... keys) {
		return Arrays.stream(keys).map(key -> labels.text(key)).toList();
	}

	private static List<@Nullable Object> row(@Nullable Object... cells) {
		return Arrays.asList(cells);
	}

	private static Table funnel(Cockpit cockpit, ReportLabels labels) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (FunnelStage s : cockpit.funnel()) {
			rows.add(row(labels.text(s.stage().messageKey()), s.projects(), s.investment(), s.foreignUsd(),
					s.stage().isMainLine() ? s.reached() : null, s.conversionPct(), s.medianDays(),
					s.stage().isMainLine() ? s.stays() : null));
		}
		return new Table(labels.text("report.sheet.funnel"),
				labels.text("report.section.funnel-at", cockpit.filter().to().toString()),
				headers(labels, "report.col.stage", "report.col.projects", "report.col.investment",
						"report.col.foreign-usd", "report.col.reached", "report.col.conversion",
						"report.col.median-days", "report.col.stays"),
				rows);
	}

	private static Table milestones(Cockpit cockpit, ReportLabels labels) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Milestone m : cockpit.milestones()) {
			rows.add(row(labels.text(m.messageKey()), m.projects(), m.investment(), m.foreignUsd(),
					m.projectsLastYear(), m.investmentLastYear(), m.foreignUsdLastYear(), m.projectsChangePct()));
		}
		return new Table(labels.text("report.sheet.milestones"), labels.text("report.section.milestones"),
				headers(labels, "report.col.milestone", "report.col.projects", "report.col.investment",
						"report.col.foreign-usd", "report.col.projects-last-year", "report.col.investment-last-year",
						"report.col.foreign-usd-last-year", "report.col.change"),
				rows);
	}

	private static Table targets(Targets t, ReportLabels labels) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		rows.add(row(labels.text("report.target.major"), labels.text("report.unit.projects"), t.majorProjects(),
				t.majorTarget(), t.majorPct()));
		rows.add(row(labels.text("report.target.fdi"), labels.text("report.unit.wan-usd"), t.foreignUsd(),
				t.foreignUsdTarget(), t.foreignUsdPct()));
		rows.add(row(labels.text("report.target.signed-investment"), labels.text("report.unit.wan-yuan"),
				t.signedInvestment(), null, null));
		for (ClusterShare share : t.mix()) {
			String cluster = labels.text(share.messageKey());
			rows.add(row(labels.text("report.target.cluster-investment", cluster), labels.text("report.unit.wan-yuan"),
					share.investment(), null, null));
			rows.add(row(labels.text("report.target.cluster-share", cluster), labels.text("report.unit.percent"),
					share.sharePct(), share.targetPct(), null));
		}
		return new Table(labels.text("report.sheet.targets"),
				labels.text("report.section.targets-window", t.windowFrom().toString(), t.windowTo().toString()),
				headers(labels, "report.col.indicator", "report.col.unit", "report.col.actual", "report.col.target",
						"report.col.progress"),
				rows);
	}

	private static Table land(Cockpit cockpit, ReportLabels labels, boolean chinese) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (ParkLand p : cockpit.land()) {
			rows.add(row(chinese ? p.nameZh() : p.nameEn(), p.allocatedMu(), p.reservedMu(), p.freeMu(), p.idleMu(),
					p.tenants(), p.intensity()));
		}
		return new Table(labels.text("report.sheet.land"), labels.text("report.section.land"),
				headers(labels, "report.col.park", "report.col.allocated-mu", "report.col.reserved-mu",
						"report.col.free-mu", "report.col.idle-mu", "report.col.tenants", "report.col.intensity"),
				rows);
	}

	private static Table owners(Supervision s, ReportLabels labels) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (OwnerSupervision o : s.byOwner()) {
			rows.add(row(o.name(), o.stuckProjects(), o.overdueFollowUps(), o.oldestDue()));
		}
		return new Table(labels.text("report.sheet.supervision"),
				labels.text("report.section.supervision-owners", s.asOf().toString()),
				headers(labels, "report.col.owner", "report.col.stuck", "report.col.overdue", "report.col.oldest-due"),
				rows);
	}

	private static Table stuck(Supervision s, ReportLabels labels) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (StuckProject p : s.stuck()) {
			rows.add(row(p.code(), p.name(), labels.text(p.stage().messageKey()), p.ownerName(),
					p.since().toLocalDate(), p.days()));
		}
		return new Table(labels.text("report.sheet.supervision"),
				labels.text("report.section.supervision-stuck", s.stuckDays(), s.stuckTotal()),
				headers(labels, "report.col.code", "report.col.project", "report.col.stage", "report.col.owner",
						"report.col.since", "report.col.days"),
				rows);
	}

	private static Table staff(Cockpit cockpit, ReportLabels labels) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (StaffPerformance p : cockpit.staff()) {
			rows.add(row(p.name(), p.newLeads(), p.visits(), p.siteInspections(), p.signings(), p.signedInvestment(),
					p.signedForeignUsd()));
		}
		return new Table(labels.text("report.sheet.staff"), labels.text("report.section.staff"),
				headers(labels, "report.col.staff", "report.col.new-leads", "report.col.visits",
						"report.col.inspections", "report.col.signings", "report.col.signed-investment",
						"report.col.signed-usd"),
				rows);
	}

}
