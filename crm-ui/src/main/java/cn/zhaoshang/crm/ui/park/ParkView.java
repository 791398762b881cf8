package cn.zhaoshang.crm.ui.park;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.zhaoshang.crm.land.AllocationService;
import cn.zhaoshang.crm.land.PlotRecoveryService;
import cn.zhaoshang.crm.matching.MatchingService;
import cn.zhaoshang.crm.matching.ProjectFit;
import cn.zhaoshang.crm.park.AdmissionThresholds;
import cn.zhaoshang.crm.park.IndustryRef;
import cn.zhaoshang.crm.park.ParkDetail;
import cn.zhaoshang.crm.park.ParkOverview;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.park.PlotForm;
import cn.zhaoshang.crm.park.PlotRow;
import cn.zhaoshang.crm.park.PlotStatus;
import cn.zhaoshang.crm.park.ZoneLand;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.ui.base.Formats;
import cn.zhaoshang.crm.ui.base.GridPaging;
import cn.zhaoshang.crm.ui.land.AllocationGrid;
import cn.zhaoshang.crm.ui.land.ProjectLandPanel;
import cn.zhaoshang.crm.ui.land.ReasonList;
import cn.zhaoshang.crm.ui.land.ReserveDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One park (园区): its land totals, free land by zone, the industries it admits and its
 * admission thresholds; the plan of its plots coloured by status and the plot table; its
 * reservations and allocations with confirm and release; and, for its operator and
 * directors, the open projects that fit it (matched tenants), best first, with reasons.
 * What a user sees and may do is decided in crm-core.
 */
@Route("park")
@RolesAllowed({ Roles.STAFF, Roles.DIRECTOR, Roles.PARK_OPERATOR, Roles.ADMIN })
class ParkView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

	final H2 title = new H2();

	final Paragraph focus = new Paragraph();

	final FlexLayout totals = new FlexLayout();

	final TabSheet tabs = new TabSheet();

	final Grid<ZoneLand> zones = new Grid<>();

	final Div industries = new Div();

	final FormLayout thresholds = new FormLayout();

	final Svg plan = new Svg();

	final Grid<PlotRow> plots = new Grid<>();

	final Button addPlot = new Button();

	final AllocationGrid allocations;

	final Checkbox openOnly = new Checkbox();

	final Grid<ProjectFit> tenants = new Grid<>();

	private final ParkService parks;

	private final AllocationService allocationService;

	private final MatchingService matching;

	private final CrmUser user;

	private long parkId = -1;

	private @Nullable ParkDetail detail;

	private List<ProjectFit> fits = List.of();

	/** The recovery dialog that is open, if any (for tests). */
	@Nullable PlotRecoveryDialog recoveryDialog;

	private final PlotRecoveryService recovery;

	ParkView(ParkService parks, AllocationService allocationService, MatchingService matching, CurrentUser currentUser,
			PlotRecoveryService recovery) {
		this.recovery = recovery;
		this.parks = parks;
		this.allocationService = allocationService;
		this.matching = matching;
		this.user = currentUser.require();
		setSizeFull();
		Locale locale = getLocale();
		boolean chinese = "zh".equals(locale.getLanguage());
		this.focus.addClassName("park-focus");
		this.totals.addClassName("land-totals");
		this.totals.setFlexWrap(FlexLayout.FlexWrap.WRAP);

		// overview: land by zone, admitted industries, thresholds
		this.zones.setId("park-zones");
		this.zones.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.zones.setAllRowsVisible(true);
		this.zones
			.addColumn(
					z -> (z.zoneId() == null) ? getTranslation("park.zone.none") : (chinese ? z.nameZh() : z.nameEn()))
			.setHeader(getTranslation("park.zone.name"))
			.setFlexGrow(2);
		area(this.zones, "park.field.planned-area", ZoneLand::plannedAreaMu, locale);
		area(this.zones, "park.zone.plotted", ZoneLand::plottedMu, locale);
		area(this.zones, "park.field.available", ZoneLand::freeMu, locale);
		area(this.zones, "park.field.reserved", ZoneLand::reservedMu, locale);
		area(this.zones, "park.field.allocated", ZoneLand::allocatedMu, locale);
		area(this.zones, "park.zone.largest-free", ZoneLand::largestFreeMu, locale);
		this.zones
			.addColumn(z -> z.plannedIndustries()
				.stream()
				.map(i -> chinese ? i.nameZh() : i.nameEn())
				.collect(Collectors.joining(getTranslation("common.list-separator"))))
			.setHeader(getTranslation("park.zone.industries"))
			.setFlexGrow(3);
		this.industries.addClassName("chips");
		this.industries.setId("park-industries");
		VerticalLayout overview = new VerticalLayout(new H3(getTranslation("park.zone.title")), this.zones,
				new H3(getTranslation("park.industries.title")), this.industries,
				new H3(getTranslation("park.thresholds.title")), this.thresholds);
		overview.setPadding(false);

		// plots: plan and table
		this.plan.addClassName("plot-plan");
		this.plan.setId("plot-plan");
		this.plots.setId("park-plots");
		this.plots.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.plots.setAllRowsVisible(true);
		this.plots.addColumn(PlotRow::code).setHeader(getTranslation("plot.field.code")).setAutoWidth(true);
		this.plots.addColumn(p -> (p.zoneId() == null) ? "" : (chinese ? p.zoneNameZh() : p.zoneNameEn()))
			.setHeader(getTranslation("plot.field.zone"))
			.setAutoWidth(true);
		this.plots.addColumn(p -> getTranslation(p.landUse().messageKey()))
			.setHeader(getTranslation("plot.field.land-use"))
			.setAutoWidth(true);
		this.plots.addComponentColumn(p -> statusBadge(p.status()))
			.setHeader(getTranslation("plot.field.status"))
			.setAutoWidth(true);
		plotArea("plot.field.area", PlotRow::areaMu, locale);
		plotArea("park.field.available", PlotRow::freeArea, locale);
		plotArea("park.field.reserved", PlotRow::reservedMu, locale);
		plotArea("park.field.allocated", PlotRow::allocatedMu, locale);
		this.plots.addColumn(p -> Formats.decimal(p.powerKva(), locale))
			.setHeader(getTranslation("plot.field.power"))
			.setAutoWidth(true);
		this.plots.addColumn(p -> Formats.decimal(p.waterTPerDay(), locale))
			.setHeader(getTranslation("plot.field.water"))
			.setAutoWidth(true);
		this.plots.addColumn(p -> Formats.decimal(p.gasM3PerDay(), locale))
			.setHeader(getTranslation("plot.field.gas"))
			.setAutoWidth(true);
		this.plots.addColumn(PlotRow::notes).setHeader(getTranslation("plot.field.notes")).setFlexGrow(2);
		this.addPlot.setText(getTranslation("plot.action.add"));
		this.addPlot
			.addClickListener(click -> new PlotEditor(this.parks, PlotForm.empty(this.parkId), this::refresh).open());
		if (keepsPlots()) {
			this.plots.addComponentColumn(p -> {
				Button edit = new Button(getTranslation("plot.action.edit"),
						click -> new PlotEditor(this.parks, PlotForm.of(p), this::refresh).open());
				edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
				return edit;
			}).setAutoWidth(true).setFlexGrow(0);
		}
		// 腾笼换鸟: the next step of the idle-land cycle, for the park's operator or a
		// director
		this.plots.addComponentColumn(p -> {
			String action = PlotRecoveryDialog.actionKey(p.status());
			if (action.isEmpty() || !runsLand()) {
				return new Span();
			}
			Button step = new Button(getTranslation(action, p.code()), click -> {
				this.recoveryDialog = new PlotRecoveryDialog(this.recovery, p, () -> {
					refresh();
					Notification
						.show(getTranslation("plot.recovery.done", p.code()), 3000, Notification.Position.BOTTOM_START)
						.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				});
				this.recoveryDialog.open();
			});
			step.setId("plot-recovery-" + p.code());
			step.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			return step;
		})
			.setHeader(getTranslation("plot.recovery.title"))
			.setKey("recovery")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setFrozenToEnd(true); // the wide plot table scrolls in English; the step
									// stays in view
		Component legend = legend();
		HorizontalLayout planRow = new HorizontalLayout(this.plan, legend);
		planRow.setWrap(true);
		VerticalLayout plotTab = new VerticalLayout(planRow, this.addPlot, this.plots);
		plotTab.setPadding(false);

		// reservations and allocations
		this.allocations = new AllocationGrid(allocationService, false, this::refresh);
		this.allocations.setId("park-allocations");
		this.allocations.setAllRowsVisible(true);
		this.openOnly.setLabel(getTranslation("allocation.filter.open-only"));
		this.openOnly.setValue(true);
		this.openOnly.addValueChangeListener(e -> showAllocations());
		VerticalLayout allocationTab = new VerticalLayout(this.openOnly, this.allocations);
		allocationTab.setPadding(false);

		// matched tenants
		this.tenants.setId("matched-tenants");
		this.tenants.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.tenants.setAllRowsVisible(true);
		this.tenants.addComponentColumn(this::projectCell)
			.setHeader(getTranslation("matching.field.project"))
			.setFlexGrow(3);
		this.tenants.addColumn(f -> getTranslation(f.need().stage().messageKey()))
			.setHeader(getTranslation("matching.field.stage"))
			.setAutoWidth(true);
		this.tenants.addColumn(f -> Formats.area(f.need().areaMu(), locale))
			.setHeader(getTranslation("matching.field.need"))
			.setAutoWidth(true);
		this.tenants.addColumn(f -> Formats.wanYuan(f.need().investmentTotal(), locale))
			.setHeader(getTranslation("matching.field.investment"))
			.setAutoWidth(true);
		this.tenants.addComponentColumn(f -> ProjectLandPanel.verdictBadge(f.best().verdict()))
			.setHeader(getTranslation("matching.field.verdict"))
			.setAutoWidth(true);
		this.tenants.addColumn(f -> f.best().score())
			.setHeader(getTranslation("matching.field.score"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.tenants
			.addColumn(f -> ((f.best().zoneId() != null)
					? (chinese ? f.best().zoneNameZh() : f.best().zoneNameEn()) + getTranslation("common.colon") : "")
					+ ProjectLandPanel.takes(this, f.best().plots(), locale))
			.setHeader(getTranslation("matching.field.plots"))
			.setFlexGrow(3);
		this.tenants.addComponentColumn(this::reserve).setKey("reserve").setAutoWidth(true).setFlexGrow(0);
		// the reasons per criterion under each project, full width
		this.tenants.setItemDetailsRenderer(new ComponentRenderer<>(f -> new ReasonList(f.best().reasons())));
		this.tenants.setDetailsVisibleOnClick(false);
		// the tab sheet attaches the grid only when its tab is chosen: open them then
		this.tenants.addAttachListener(e -> openReasons());

		this.tabs.setWidthFull();
		this.tabs.add(getTranslation("park.tab.overview"), overview).setId("park-tab-overview");
		this.tabs.add(getTranslation("park.tab.plots"), plotTab).setId("park-tab-plots");
		this.tabs.add(getTranslation("park.tab.allocations"), allocationTab).setId("park-tab-allocations");
		if (seesTenants()) {
			this.tabs.add(getTranslation("park.tab.tenants"), this.tenants).setId("park-tab-tenants");
		}
		add(this.title, this.focus, this.totals, this.tabs);
	}

	/**
	 * Another park than the operator's own (or one that does not exist) leads back to the
	 * park list with the reason, never to an error page.
	 */
	@Override
	public void setParameter(BeforeEvent event, Long id) {
		this.parkId = id;
		try {
			refresh();
		}
		catch (AccessDeniedException | DomainException ex) {
			String key = (ex instanceof DomainException domain) ? domain.messageKey() : "error.access-denied";
			Notification notification = Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER);
			notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
			event.forwardTo(ParkListView.class);
		}
	}

	private void refresh() {
		ParkDetail d = this.parks.detail(this.parkId);
		this.detail = d;
		Locale locale = getLocale();
		boolean chinese = "zh".equals(locale.getLanguage());
		ParkOverview o = d.overview();
		this.title.setText(chinese ? o.nameZh() : o.nameEn());
		this.focus.setText(chinese ? d.focusZh() : d.focusEn());
		this.totals.removeAll();
		total("park.field.planned-area", Formats.area(o.plannedAreaMu(), locale), "total-planned");
		total("park.field.available", Formats.area(o.availableMu(), locale), "total-free");
		total("park.field.reserved", Formats.area(o.reservedMu(), locale), "total-reserved");
		total("park.field.allocated", Formats.area(o.allocatedMu(), locale), "total-allocated");
		total("park.field.idle", Formats.area(o.idleMu(), locale), "total-idle");
		this.zones.setItems(d.zones());
		this.industries.removeAll();
		for (IndustryRef industry : d.admittedIndustries()) {
			Span chip = new Span(chinese ? industry.nameZh() : industry.nameEn());
			chip.addClassName("chip");
			this.industries.add(chip);
		}
		showThresholds(d.thresholds(), locale);
		List<PlotRow> rows = this.parks.plots(this.parkId); // a park's tens of plots
		this.plots.setItems(rows);
		this.plan.setSvg(PlotPlan.svg(rows,
				p -> getTranslation("plot.tooltip", p.code(), getTranslation(p.status().messageKey()),
						Formats.area(p.areaMu(), locale), Formats.area(p.freeArea(), locale)),
				locale));
		this.addPlot.setVisible(keepsPlots());
		showAllocations();
		if (seesTenants()) {
			// ranked in memory from the open requests (bounded in crm-core)
			this.fits = this.matching.tenantsFor(this.parkId);
			this.tenants.setItems(this.fits);
			openReasons();
		}
	}

	private void openReasons() {
		this.fits.forEach(f -> this.tenants.setDetailsVisible(f, true));
	}

	private void showAllocations() {
		boolean open = this.openOnly.getValue();
		long park = this.parkId;
		this.allocations.setItems(q -> this.allocationService.forPark(park, open, GridPaging.of(q)).stream(),
				q -> this.allocationService.countForPark(park, open));
	}

	private void showThresholds(AdmissionThresholds t, Locale locale) {
		this.thresholds.removeAll();
		String perMu = getTranslation("unit.wan-per-mu");
		threshold("park.thresholds.intensity", t.minInvestmentIntensity(), "≥ ", perMu, locale);
		threshold("park.thresholds.output", t.minOutputPerMu(), "≥ ", perMu, locale);
		threshold("park.thresholds.tax", t.minTaxPerMu(), "≥ ", perMu, locale);
		threshold("park.thresholds.energy", t.maxEnergyPerOutput(), "≤ ", getTranslation("unit.tce-per-wan"), locale);
	}

	private void threshold(String labelKey, @Nullable BigDecimal value, String sign, String unit, Locale locale) {
		String text = (value == null) ? getTranslation("park.thresholds.not-set")
				: sign + Formats.decimal(value, locale) + " " + unit;
		this.thresholds.addFormItem(new Span(text), getTranslation(labelKey));
	}

	private void total(String labelKey, String value, String id) {
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("total-label");
		Span number = new Span(value);
		number.addClassName("total-value");
		Div card = new Div(label, number);
		card.addClassName("total-card");
		card.setId(id);
		this.totals.add(card);
	}

	private Component reserve(ProjectFit fit) {
		if (!this.user.hasRole(Roles.DIRECTOR) && !this.user.hasRole(Roles.PARK_OPERATOR)
				|| fit.best().plots().isEmpty()) {
			return new Div();
		}
		Button reserve = new Button(getTranslation("allocation.action.reserve"),
				click -> new ReserveDialog(this.allocationService, fit.need().landRequestId(),
						fit.need().projectCode() + " " + fit.need().projectName(), fit.best().plots(), this::refresh)
					.open());
		reserve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		reserve.addClassName("reserve-tenant");
		return reserve;
	}

	private Component projectCell(ProjectFit f) {
		boolean chinese = "zh".equals(getLocale().getLanguage());
		Span name = new Span(f.need().projectCode() + " " + f.need().projectName());
		name.addClassName("cell-title");
		String industry = chinese ? f.need().industryNameZh() : f.need().industryNameEn();
		Span more = new Span(((f.need().investorName() != null) ? f.need().investorName() : "—")
				+ ((industry != null) ? getTranslation("common.list-separator") + industry : ""));
		more.addClassName("cell-subtitle");
		return new Div(name, more);
	}

	private Span statusBadge(PlotStatus status) {
		Span badge = new Span(getTranslation(status.messageKey()));
		badge.addClassNames("plot-status", "plot-" + status.name().toLowerCase(Locale.ROOT));
		return badge;
	}

	private Component legend() {
		VerticalLayout legend = new VerticalLayout();
		legend.setWidth(null);
		legend.addClassName("plot-legend");
		legend.setSpacing(false);
		for (PlotStatus status : PlotStatus.values()) {
			Span swatch = new Span();
			swatch.addClassNames("swatch", "plot-" + status.name().toLowerCase(Locale.ROOT));
			legend.add(new HorizontalLayout(swatch, new Span(getTranslation(status.messageKey()))));
		}
		Span partial = new Span();
		partial.addClassNames("swatch", "plot-free-part-swatch");
		legend.add(new HorizontalLayout(partial, new Span(getTranslation("plot.legend.free-part"))));
		return legend;
	}

	private void area(Grid<ZoneLand> grid, String headerKey, java.util.function.Function<ZoneLand, BigDecimal> value,
			Locale locale) {
		grid.addColumn(z -> Formats.area(value.apply(z), locale))
			.setHeader(getTranslation(headerKey))
			.setAutoWidth(true);
	}

	private void plotArea(String headerKey, java.util.function.Function<PlotRow, BigDecimal> value, Locale locale) {
		this.plots.addColumn(p -> Formats.area(value.apply(p), locale))
			.setHeader(getTranslation(headerKey))
			.setAutoWidth(true);
	}

	/** Plots are kept by admins and by the park's own operator (crm-core checks it). */
	/**
	 * Directors and the park's operator run its land (crm-core decides; this only hides
	 * the button).
	 */
	private boolean runsLand() {
		return this.user.hasRole(Roles.DIRECTOR)
				|| (this.user.hasRole(Roles.PARK_OPERATOR) && Long.valueOf(this.parkId).equals(this.user.parkId()));
	}

	private boolean keepsPlots() {
		return this.user.hasRole(Roles.ADMIN)
				|| (this.user.hasRole(Roles.PARK_OPERATOR) && Long.valueOf(this.parkId).equals(this.user.parkId()));
	}

	private boolean seesTenants() {
		return this.user.hasRole(Roles.DIRECTOR) || this.user.hasRole(Roles.PARK_OPERATOR)
				|| this.user.hasRole(Roles.ADMIN);
	}

	@Override
	public String getPageTitle() {
		ParkDetail d = this.detail;
		if (d == null) {
			return getTranslation("menu.parks");
		}
		return "zh".equals(getLocale().getLanguage()) ? d.overview().nameZh() : d.overview().nameEn();
	}

}
