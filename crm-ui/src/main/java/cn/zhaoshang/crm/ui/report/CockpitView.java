package cn.zhaoshang.crm.ui.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import cn.zhaoshang.crm.investor.IndustryCluster;
import cn.zhaoshang.crm.park.ParkOverview;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.report.ClusterShare;
import cn.zhaoshang.crm.report.Cockpit;
import cn.zhaoshang.crm.report.CockpitSection;
import cn.zhaoshang.crm.report.FunnelStage;
import cn.zhaoshang.crm.report.Milestone;
import cn.zhaoshang.crm.report.OwnerSupervision;
import cn.zhaoshang.crm.report.ParkLand;
import cn.zhaoshang.crm.report.ReportFilter;
import cn.zhaoshang.crm.report.ReportLabels;
import cn.zhaoshang.crm.report.ReportService;
import cn.zhaoshang.crm.report.StaffPerformance;
import cn.zhaoshang.crm.report.StuckProject;
import cn.zhaoshang.crm.report.Supervision;
import cn.zhaoshang.crm.report.Targets;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.ui.base.EChart;
import cn.zhaoshang.crm.ui.base.Formats;
import cn.zhaoshang.crm.ui.report.ChartOptions.Series;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 驾驶舱: the pipeline for a period and optionally one park or cluster, in charts with their
 * tables, and the monthly report as .xlsx and PDF. Which sections a user gets, and over
 * which projects, is decided in crm-core (a park operator gets only their park's land);
 * the view shows what it is given.
 */
@Route("cockpit")
@Menu(order = 3, icon = "vaadin:dashboard", title = "menu.cockpit")
@RolesAllowed({ Roles.STAFF, Roles.DIRECTOR, Roles.PARK_OPERATOR, Roles.ADMIN })
class CockpitView extends VerticalLayout implements HasDynamicTitle {

	/** How far back the report's month list goes. */
	private static final int REPORT_MONTHS = 36;

	final Select<Period> period = new Select<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final ComboBox<ParkOverview> park = new ComboBox<>();

	final ComboBox<IndustryCluster> cluster = new ComboBox<>();

	final IntegerField stuckDays = new IntegerField();

	final Select<YearMonth> month = new Select<>();

	final Anchor xlsx;

	final Anchor pdf;

	final VerticalLayout sections = new VerticalLayout();

	private final ReportService reports;

	private final Locale locale;

	private final boolean chinese;

	private @Nullable Cockpit cockpit;

	/** What the downloads use: read in their own request. */
	private volatile YearMonth reportMonth;

	private volatile @Nullable Long reportPark;

	private boolean updating;

	CockpitView(ReportService reports, ParkService parks) {
		this.reports = reports;
		this.locale = getLocale();
		this.chinese = "zh".equals(this.locale.getLanguage());
		setWidthFull();
		addClassName("cockpit");

		// ids: what the browser suite selects by
		this.period.setId("cockpit-period");
		this.from.setId("cockpit-from");
		this.to.setId("cockpit-to");
		this.park.setId("cockpit-park");
		this.cluster.setId("cockpit-cluster");
		this.stuckDays.setId("cockpit-stuck-days");
		this.month.setId("cockpit-month");
		this.period.setLabel(getTranslation("cockpit.filter.period"));
		this.period.setItems(Period.values());
		this.period.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
		this.from.setLabel(getTranslation("cockpit.filter.from"));
		this.to.setLabel(getTranslation("cockpit.filter.to"));
		this.park.setLabel(getTranslation("cockpit.filter.park"));
		this.park.setPlaceholder(getTranslation("report.all-parks"));
		this.park.setClearButtonVisible(true);
		this.park.setWidth("18em");
		this.park.setItemLabelGenerator(p -> this.chinese ? p.nameZh() : p.nameEn());
		// the four parks (a park operator: their own)
		List<ParkOverview> parkList = parks.overview();
		this.park.setItems(parkList);
		this.cluster.setLabel(getTranslation("cockpit.filter.cluster"));
		this.cluster.setPlaceholder(getTranslation("cockpit.filter.all-clusters"));
		this.cluster.setClearButtonVisible(true);
		this.cluster.setItems(IndustryCluster.values());
		this.cluster.setItemLabelGenerator(c -> getTranslation("cluster." + c.name()));
		this.stuckDays.setLabel(getTranslation("cockpit.filter.stuck-days"));
		this.stuckDays.setStepButtonsVisible(true);
		this.stuckDays.setStep(30);
		this.stuckDays.setWidth("9em");
		this.stuckDays.setValue(ReportFilter.DEFAULT_STUCK_DAYS);

		this.month.setLabel(getTranslation("cockpit.report.month"));
		List<YearMonth> months = new ArrayList<>();
		YearMonth now = YearMonth.now();
		for (int i = 0; i < REPORT_MONTHS; i++) {
			months.add(now.minusMonths(i));
		}
		this.month.setItems(months);
		this.month
			.setItemLabelGenerator(m -> getTranslation("cockpit.report.month-label", m.getYear(), m.getMonthValue()));
		this.month.setValue(now.minusMonths(1));
		this.reportMonth = now.minusMonths(1);
		this.month.addValueChangeListener(
				e -> this.reportMonth = (e.getValue() != null) ? e.getValue() : YearMonth.now().minusMonths(1));
		this.xlsx = download("xlsx", getTranslation("cockpit.report.xlsx"));
		this.pdf = download("pdf", getTranslation("cockpit.report.pdf"));

		var filters = new HorizontalLayout(this.period, this.from, this.to, this.park, this.cluster, this.stuckDays);
		filters.setWrap(true);
		filters.setAlignItems(FlexComponent.Alignment.BASELINE);
		var report = new HorizontalLayout(this.month, this.xlsx, this.pdf);
		report.setAlignItems(FlexComponent.Alignment.BASELINE);
		report.addClassName("cockpit-report");
		this.sections.setPadding(false);
		this.sections.setWidthFull();
		add(filters, report, this.sections);

		this.period.addValueChangeListener(e -> {
			if (e.getValue() != null && e.getValue() != Period.CUSTOM) {
				this.updating = true;
				this.from.setValue(e.getValue().from(LocalDate.now()));
				this.to.setValue(e.getValue().to(LocalDate.now()));
				this.updating = false;
				refresh();
			}
		});
		this.from.addValueChangeListener(e -> customPeriod(e.isFromClient()));
		this.to.addValueChangeListener(e -> customPeriod(e.isFromClient()));
		this.park.addValueChangeListener(e -> {
			this.reportPark = (e.getValue() != null) ? e.getValue().id() : null;
			refresh();
		});
		this.cluster.addValueChangeListener(e -> refresh());
		this.stuckDays.addValueChangeListener(e -> refresh());
		this.period.setValue(Period.THIS_YEAR);
		if (parkList.size() == 1) {
			// a park operator: their park is the only one there is
			this.park.setValue(parkList.getFirst());
			this.park.setReadOnly(true);
		}
		Cockpit shown = this.cockpit;
		if (shown != null && !shown.shows(CockpitSection.FUNNEL)) {
			// land only (crm-core's decision): the project filters would change nothing
			List.<Component>of(this.period, this.from, this.to, this.cluster, this.stuckDays)
				.forEach(f -> f.setVisible(false));
		}
	}

	private void customPeriod(boolean byUser) {
		if (this.updating) {
			return;
		}
		if (byUser) {
			this.updating = true;
			this.period.setValue(Period.CUSTOM);
			this.updating = false;
		}
		refresh();
	}

	/**
	 * Recomputes the cockpit for the fields' values; a bad value is marked at its field.
	 */
	void refresh() {
		this.to.setInvalid(false);
		this.stuckDays.setInvalid(false);
		LocalDate start = this.from.getValue();
		LocalDate end = this.to.getValue();
		Integer days = this.stuckDays.getValue();
		if (start == null || end == null) {
			(start == null ? this.from : this.to).setErrorMessage(getTranslation("validation.required.field"));
			(start == null ? this.from : this.to).setInvalid(true);
			return;
		}
		if (days == null) {
			this.stuckDays.setErrorMessage(getTranslation("validation.required.field"));
			this.stuckDays.setInvalid(true);
			return;
		}
		this.from.setInvalid(false);
		ReportFilter filter;
		try {
			filter = new ReportFilter(start, end, (this.park.getValue() != null) ? this.park.getValue().id() : null,
					this.cluster.getValue(), days);
		}
		catch (DomainException ex) {
			var field = ex.messageKey().startsWith("report.error.stuck") ? this.stuckDays : this.to;
			field.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
			field.setInvalid(true);
			return;
		}
		this.cockpit = this.reports.cockpit(filter);
		render(this.cockpit);
	}

	/** The figures on screen (null before the first valid filter). */
	@Nullable Cockpit cockpit() {
		return this.cockpit;
	}

	private void render(Cockpit c) {
		this.sections.removeAll();
		if (c.shows(CockpitSection.FUNNEL)) {
			this.sections.add(funnel(c));
		}
		if (c.shows(CockpitSection.MILESTONES)) {
			this.sections.add(milestones(c));
		}
		Targets targets = c.targets();
		if (c.shows(CockpitSection.TARGETS) && targets != null) {
			this.sections.add(targets(targets));
		}
		if (c.shows(CockpitSection.LAND)) {
			this.sections.add(land(c));
		}
		Supervision supervision = c.supervision();
		if (c.shows(CockpitSection.SUPERVISION) && supervision != null) {
			this.sections.add(supervision(supervision));
		}
		if (c.shows(CockpitSection.STAFF)) {
			this.sections.add(staff(c));
		}
	}

	// ---------------------------------------------------------------- sections

	private Component funnel(Cockpit c) {
		List<FunnelStage> mainLine = c.funnel().stream().filter(s -> s.stage().isMainLine()).toList();
		EChart reached = chart("chart-funnel", ChartOptions.funnel(getTranslation("report.col.reached"),
				names(mainLine, s -> stageName(s.stage())), mainLine.stream().map(FunnelStage::reached).toList()));
		EChart projects = chart("chart-stage-projects",
				ChartOptions.bars(names(c.funnel(), s -> stageName(s.stage())),
						List.of(new Series(getTranslation("report.col.projects"),
								c.funnel().stream().map(FunnelStage::projects).toList())),
						false, true));
		// 万元 and 万美元 on charts of their own: one axis, one unit
		EChart money = chart("chart-stage-investment",
				ChartOptions.bars(names(c.funnel(), s -> stageName(s.stage())),
						List.of(new Series(getTranslation("report.col.investment"),
								c.funnel().stream().map(FunnelStage::investment).toList())),
						false, true));
		EChart usd = chart("chart-stage-foreign-usd",
				ChartOptions.bars(names(c.funnel(), s -> stageName(s.stage())),
						List.of(new Series(getTranslation("report.col.foreign-usd"),
								c.funnel().stream().map(FunnelStage::foreignUsd).toList())),
						false, true));
		Grid<FunnelStage> grid = grid("table-funnel");
		grid.addColumn(s -> stageName(s.stage())).setHeader(getTranslation("report.col.stage")).setAutoWidth(true);
		grid.addColumn(FunnelStage::projects).setHeader(getTranslation("report.col.projects"));
		grid.addColumn(s -> number(s.investment(), 2)).setHeader(getTranslation("report.col.investment"));
		grid.addColumn(s -> number(s.foreignUsd(), 2)).setHeader(getTranslation("report.col.foreign-usd"));
		grid.addColumn(s -> s.stage().isMainLine() ? String.valueOf(s.reached()) : "")
			.setHeader(getTranslation("report.col.reached"));
		grid.addColumn(s -> number(s.conversionPct(), 1)).setHeader(getTranslation("report.col.conversion"));
		grid.addColumn(s -> number(s.medianDays(), 1)).setHeader(getTranslation("report.col.median-days"));
		grid.addColumn(s -> s.stage().isMainLine() ? String.valueOf(s.stays()) : "")
			.setHeader(getTranslation("report.col.stays"));
		// thirteen stages
		grid.setItems(c.funnel());
		return new Panel("section-funnel", getTranslation("report.section.funnel-at", c.filter().to().toString()),
				getTranslation("cockpit.note.funnel"), List.of(reached, projects, money, usd), List.of(grid));
	}

	private Component milestones(Cockpit c) {
		List<String> names = names(c.milestones(), m -> getTranslation(m.messageKey()));
		String thisPeriod = getTranslation("cockpit.series.this-period");
		String lastYear = getTranslation("cockpit.series.last-year");
		EChart count = chart("chart-milestones", ChartOptions.bars(names,
				List.of(new Series(thisPeriod, c.milestones().stream().map(Milestone::projects).toList()),
						new Series(lastYear, c.milestones().stream().map(Milestone::projectsLastYear).toList())),
				false, false));
		EChart money = chart("chart-milestones-investment", ChartOptions.bars(names,
				List.of(new Series(thisPeriod, c.milestones().stream().map(Milestone::investment).toList()),
						new Series(lastYear, c.milestones().stream().map(Milestone::investmentLastYear).toList())),
				false, false));
		Grid<Milestone> grid = grid("table-milestones");
		grid.addColumn(m -> getTranslation(m.messageKey()))
			.setHeader(getTranslation("report.col.milestone"))
			.setAutoWidth(true);
		grid.addColumn(Milestone::projects).setHeader(getTranslation("report.col.projects"));
		grid.addColumn(m -> number(m.investment(), 2)).setHeader(getTranslation("report.col.investment"));
		grid.addColumn(m -> number(m.foreignUsd(), 2)).setHeader(getTranslation("report.col.foreign-usd"));
		grid.addColumn(Milestone::projectsLastYear).setHeader(getTranslation("report.col.projects-last-year"));
		grid.addColumn(m -> number(m.investmentLastYear(), 2))
			.setHeader(getTranslation("report.col.investment-last-year"));
		grid.addColumn(m -> number(m.foreignUsdLastYear(), 2))
			.setHeader(getTranslation("report.col.foreign-usd-last-year"));
		grid.addColumn(m -> number(m.projectsChangePct(), 1)).setHeader(getTranslation("report.col.change"));
		// four milestones
		grid.setItems(c.milestones());
		ReportFilter last = c.filter().lastYear();
		return new Panel("section-milestones", getTranslation("report.section.milestones"),
				getTranslation("cockpit.note.milestones", c.filter().from().toString(), c.filter().to().toString(),
						last.from().toString(), last.to().toString()),
				List.of(count, money), List.of(grid));
	}

	/** A row of the targets table: the same rows as the report's. */
	record TargetRow(String indicator, String unit, @Nullable BigDecimal actual, @Nullable BigDecimal target,
			@Nullable BigDecimal progress) {
	}

	private Component targets(Targets t) {
		EChart gauges = chart("chart-targets",
				ChartOptions.gauges(List.of(getTranslation("report.target.major"), getTranslation("report.target.fdi")),
						java.util.Arrays.asList(t.majorPct(), t.foreignUsdPct())));
		List<String> clusters = names(t.mix(), s -> getTranslation(s.messageKey()));
		EChart mix = chart("chart-mix",
				ChartOptions.bars(clusters,
						List.of(new Series(getTranslation("cockpit.series.actual-share"),
								t.mix().stream().map(ClusterShare::sharePct).toList()),
								new Series(getTranslation("cockpit.series.target-share"),
										t.mix().stream().map(ClusterShare::targetPct).toList())),
						false, false));
		List<TargetRow> rows = new ArrayList<>();
		rows.add(new TargetRow(getTranslation("report.target.major"), getTranslation("report.unit.projects"),
				BigDecimal.valueOf(t.majorProjects()), BigDecimal.valueOf(t.majorTarget()), t.majorPct()));
		rows.add(new TargetRow(getTranslation("report.target.fdi"), getTranslation("report.unit.wan-usd"),
				t.foreignUsd(), t.foreignUsdTarget(), t.foreignUsdPct()));
		rows.add(new TargetRow(getTranslation("report.target.signed-investment"),
				getTranslation("report.unit.wan-yuan"), t.signedInvestment(), null, null));
		for (ClusterShare share : t.mix()) {
			String name = getTranslation(share.messageKey());
			rows.add(new TargetRow(getTranslation("report.target.cluster-investment", name),
					getTranslation("report.unit.wan-yuan"), share.investment(), null, null));
			rows.add(new TargetRow(getTranslation("report.target.cluster-share", name),
					getTranslation("report.unit.percent"), share.sharePct(), share.targetPct(), null));
		}
		Grid<TargetRow> grid = grid("table-targets");
		grid.addColumn(TargetRow::indicator).setHeader(getTranslation("report.col.indicator")).setAutoWidth(true);
		grid.addColumn(TargetRow::unit).setHeader(getTranslation("report.col.unit"));
		grid.addColumn(r -> plain(r.actual())).setHeader(getTranslation("report.col.actual"));
		grid.addColumn(r -> plain(r.target())).setHeader(getTranslation("report.col.target"));
		grid.addColumn(r -> number(r.progress(), 1)).setHeader(getTranslation("report.col.progress"));
		// a handful of rows
		grid.setItems(rows);
		return new Panel("section-targets",
				getTranslation("report.section.targets-window", t.windowFrom().toString(), t.windowTo().toString()),
				getTranslation("cockpit.note.targets"), List.of(gauges, mix), List.of(grid));
	}

	private Component land(Cockpit c) {
		List<String> parks = names(c.land(), p -> this.chinese ? p.nameZh() : p.nameEn());
		EChart areas = chart("chart-land", ChartOptions.bars(parks, List.of(
				new Series(getTranslation("report.col.allocated-mu"),
						c.land().stream().map(ParkLand::allocatedMu).toList()),
				new Series(getTranslation("report.col.reserved-mu"),
						c.land().stream().map(ParkLand::reservedMu).toList()),
				new Series(getTranslation("report.col.free-mu"), c.land().stream().map(ParkLand::freeMu).toList()),
				new Series(getTranslation("report.col.idle-mu"), c.land().stream().map(ParkLand::idleMu).toList())),
				true, true));
		EChart intensity = chart("chart-intensity",
				ChartOptions.bars(parks, List.of(new Series(getTranslation("report.col.intensity"),
						c.land().stream().map(ParkLand::intensity).toList())), false, true));
		Grid<ParkLand> grid = grid("table-land");
		grid.addColumn(p -> this.chinese ? p.nameZh() : p.nameEn())
			.setHeader(getTranslation("report.col.park"))
			.setAutoWidth(true);
		grid.addColumn(p -> Formats.area(p.allocatedMu(), this.locale))
			.setHeader(getTranslation("report.col.allocated-mu"));
		grid.addColumn(p -> Formats.area(p.reservedMu(), this.locale))
			.setHeader(getTranslation("report.col.reserved-mu"));
		grid.addColumn(p -> Formats.area(p.freeMu(), this.locale)).setHeader(getTranslation("report.col.free-mu"));
		grid.addColumn(p -> Formats.area(p.idleMu(), this.locale)).setHeader(getTranslation("report.col.idle-mu"));
		grid.addColumn(ParkLand::tenants).setHeader(getTranslation("report.col.tenants"));
		grid.addColumn(p -> number(p.intensity(), 2)).setHeader(getTranslation("report.col.intensity"));
		// one row per park
		grid.setItems(c.land());
		return new Panel("section-land", getTranslation("report.section.land"), getTranslation("cockpit.note.land"),
				List.of(areas, intensity), List.of(grid));
	}

	private Component supervision(Supervision s) {
		EChart owners = chart("chart-supervision", ChartOptions.bars(names(s.byOwner(), OwnerSupervision::name),
				List.of(new Series(getTranslation("report.col.stuck"),
						s.byOwner().stream().map(OwnerSupervision::stuckProjects).toList()),
						new Series(getTranslation("report.col.overdue"),
								s.byOwner().stream().map(OwnerSupervision::overdueFollowUps).toList())),
				false, false));
		Grid<OwnerSupervision> byOwner = grid("table-supervision-owners");
		byOwner.addColumn(OwnerSupervision::name).setHeader(getTranslation("report.col.owner")).setAutoWidth(true);
		byOwner.addColumn(OwnerSupervision::stuckProjects).setHeader(getTranslation("report.col.stuck"));
		byOwner.addColumn(OwnerSupervision::overdueFollowUps).setHeader(getTranslation("report.col.overdue"));
		byOwner.addColumn(o -> (o.oldestDue() != null) ? o.oldestDue().toString() : "")
			.setHeader(getTranslation("report.col.oldest-due"));
		// one row per owner with something to answer for
		byOwner.setItems(s.byOwner());
		Grid<StuckProject> stuck = grid("table-supervision-stuck");
		stuck.addColumn(StuckProject::code).setHeader(getTranslation("report.col.code")).setAutoWidth(true);
		stuck.addColumn(StuckProject::name).setHeader(getTranslation("report.col.project")).setFlexGrow(3);
		stuck.addColumn(p -> stageName(p.stage())).setHeader(getTranslation("report.col.stage")).setAutoWidth(true);
		stuck.addColumn(StuckProject::ownerName).setHeader(getTranslation("report.col.owner")).setAutoWidth(true);
		stuck.addColumn(p -> p.since().toLocalDate().toString()).setHeader(getTranslation("report.col.since"));
		stuck.addColumn(StuckProject::days).setHeader(getTranslation("report.col.days"));
		// at most Supervision.MAX_STUCK rows, longest first
		stuck.setItems(s.stuck());
		var caption = new Span(getTranslation("report.section.supervision-stuck", s.stuckDays(), s.stuckTotal()));
		caption.addClassName("cockpit-caption");
		return new Panel("section-supervision",
				getTranslation("report.section.supervision-owners", s.asOf().toString()),
				getTranslation("cockpit.note.supervision"), List.of(owners), List.of(byOwner, caption, stuck));
	}

	private Component staff(Cockpit c) {
		List<String> names = names(c.staff(), StaffPerformance::name);
		EChart counts = chart("chart-staff",
				ChartOptions.bars(names,
						List.of(new Series(getTranslation("report.col.new-leads"),
								c.staff().stream().map(StaffPerformance::newLeads).toList()),
								new Series(getTranslation("report.col.visits"),
										c.staff().stream().map(StaffPerformance::visits).toList()),
								new Series(getTranslation("report.col.inspections"),
										c.staff().stream().map(StaffPerformance::siteInspections).toList()),
								new Series(getTranslation("report.col.signings"),
										c.staff().stream().map(StaffPerformance::signings).toList())),
						false, false));
		EChart money = chart("chart-staff-investment",
				ChartOptions
					.bars(names,
							List.of(new Series(getTranslation("report.col.signed-investment"),
									c.staff().stream().map(StaffPerformance::signedInvestment).toList())),
							false, false));
		Grid<StaffPerformance> grid = grid("table-staff");
		grid.addColumn(StaffPerformance::name).setHeader(getTranslation("report.col.staff")).setAutoWidth(true);
		grid.addColumn(StaffPerformance::newLeads).setHeader(getTranslation("report.col.new-leads"));
		grid.addColumn(StaffPerformance::visits).setHeader(getTranslation("report.col.visits"));
		grid.addColumn(StaffPerformance::siteInspections).setHeader(getTranslation("report.col.inspections"));
		grid.addColumn(StaffPerformance::signings).setHeader(getTranslation("report.col.signings"));
		grid.addColumn(p -> number(p.signedInvestment(), 2)).setHeader(getTranslation("report.col.signed-investment"));
		grid.addColumn(p -> number(p.signedForeignUsd(), 2)).setHeader(getTranslation("report.col.signed-usd"));
		// one row per staff member
		grid.setItems(c.staff());
		return new Panel("section-staff", getTranslation("report.section.staff"), getTranslation("cockpit.note.staff"),
				List.of(counts, money), List.of(grid));
	}

	// ---------------------------------------------------------------- helpers

	private static EChart chart(String id, java.util.Map<String, Object> option) {
		EChart chart = new EChart();
		chart.setId(id);
		chart.setOption(option);
		return chart;
	}

	private static <T> Grid<T> grid(String id) {
		Grid<T> grid = new Grid<>();
		grid.setId(id);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		return grid;
	}

	private static <T> List<String> names(List<T> items, Function<T, String> name) {
		return items.stream().map(name).toList();
	}

	private String stageName(Stage stage) {
		return getTranslation(stage.messageKey());
	}

	private String number(@Nullable BigDecimal value, int decimals) {
		return Formats.number(value, decimals, this.locale);
	}

	/** A figure with its own decimals (a count shows none). */
	private String plain(@Nullable BigDecimal value) {
		return (value == null) ? ""
				: Formats.number(value, Math.clamp(value.stripTrailingZeros().scale(), 0, 2), this.locale);
	}

	private Anchor download(String kind, String text) {
		Locale lang = this.locale;
		ReportLabels labels = new ReportLabels() {

			@Override
			public String text(String key, Object... arguments) {
				return getTranslation(lang, key, arguments);
			}

			@Override
			public Locale locale() {
				return lang;
			}

		};
		Anchor link = new Anchor(event -> {
			YearMonth chosen = this.reportMonth;
			Long chosenPark = this.reportPark;
			event.setFileName("pipeline-report-" + chosen + ("pdf".equals(kind) ? ".pdf" : ".xlsx"));
			if ("pdf".equals(kind)) {
				event.getResponse().setContentType("application/pdf");
				this.reports.monthlyPdf(chosen, chosenPark, labels, event.getOutputStream());
			}
			else {
				event.getResponse().setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
				this.reports.monthlyXlsx(chosen, chosenPark, labels, event.getOutputStream());
			}
		}, text);
		link.setId("report-" + kind);
		return link;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.cockpit");
	}

	/**
	 * A section: title, a note on how it is counted, and its charts or, on demand, its
	 * tables.
	 */
	static final class Panel extends Div {

		/** Switches between the charts and the tables with the same numbers. */
		final Button toggle = new Button();

		private final Div charts = new Div();

		private final Div tables = new Div();

		Panel(String id, String title, String note, List<Component> chartList, List<Component> tableList) {
			setId(id);
			addClassName("cockpit-section");
			var heading = new H3(title);
			var explanation = new Span(note);
			explanation.addClassName("cockpit-note");
			this.toggle.setId(id + "-toggle");
			this.toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			this.toggle.addClickListener(e -> showCharts(!this.charts.isVisible()));
			var header = new HorizontalLayout(heading, this.toggle);
			header.setAlignItems(FlexComponent.Alignment.BASELINE);
			header.setWidthFull();
			header.expand(heading);
			this.charts.addClassName("cockpit-charts");
			chartList.forEach(this.charts::add);
			this.tables.addClassName("cockpit-tables");
			tableList.forEach(this.tables::add);
			add(header, explanation, this.charts, this.tables);
			showCharts(true);
		}

		void showCharts(boolean charts) {
			this.charts.setVisible(charts);
			this.tables.setVisible(!charts);
			this.toggle.setText(getTranslation(charts ? "cockpit.view.show-tables" : "cockpit.view.show-charts"));
			this.toggle.setIcon(new Icon(charts ? VaadinIcon.TABLE : VaadinIcon.BAR_CHART));
		}

		boolean chartsShown() {
			return this.charts.isVisible();
		}

	}

	/** Quick choices of the period. */
	enum Period {

		THIS_MONTH, LAST_MONTH, THIS_QUARTER, THIS_YEAR, LAST_YEAR, CUSTOM;

		String messageKey() {
			return "cockpit.period." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		LocalDate from(LocalDate today) {
			return switch (this) {
				case THIS_MONTH, CUSTOM -> today.withDayOfMonth(1);
				case LAST_MONTH -> today.minusMonths(1).withDayOfMonth(1);
				case THIS_QUARTER -> today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
				case THIS_YEAR -> today.withDayOfYear(1);
				case LAST_YEAR -> today.minusYears(1).withDayOfYear(1);
			};
		}

		LocalDate to(LocalDate today) {
			return switch (this) {
				case THIS_MONTH, CUSTOM -> YearMonth.from(today).atEndOfMonth();
				case LAST_MONTH -> YearMonth.from(today.minusMonths(1)).atEndOfMonth();
				case THIS_QUARTER -> from(today).plusMonths(3).minusDays(1);
				case THIS_YEAR -> today.withMonth(12).withDayOfMonth(31);
				case LAST_YEAR -> today.minusYears(1).withMonth(12).withDayOfMonth(31);
			};
		}

	}

}
