package cn.zhaoshang.crm.ui.land;

import java.util.List;
import java.util.Locale;

import cn.zhaoshang.crm.land.AllocationService;
import cn.zhaoshang.crm.land.LandRequestForm;
import cn.zhaoshang.crm.land.LandRequestRow;
import cn.zhaoshang.crm.land.LandRequestService;
import cn.zhaoshang.crm.matching.MatchOption;
import cn.zhaoshang.crm.matching.MatchingService;
import cn.zhaoshang.crm.matching.PlotTake;
import cn.zhaoshang.crm.matching.ProjectMatching;
import cn.zhaoshang.crm.park.ParkRef;
import cn.zhaoshang.crm.matching.Verdict;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.project.ProjectDetail;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

/**
 * The land part of the project page: the project's land requests, its reservations and
 * allocations, and for the chosen request the parks and zones that fit it, best first,
 * with the reason for each criterion and a "reserve" action.
 */
@SpringComponent
@Scope("prototype")
public class ProjectLandPanel extends VerticalLayout {

	final Grid<LandRequestRow> requests = new Grid<>();

	final Button addRequest = new Button();

	final AllocationGrid allocationGrid;

	/**
	 * How many parks that do not admit the industry are named (a province has hundreds).
	 */
	static final int NOT_ADMITTING_NAMED = 8;

	final Grid<MatchOption> options = new Grid<>();

	final Paragraph matchingFor = new Paragraph();

	/** The parks that do not admit the project's industry: named, not weighed. */
	final Paragraph notAdmitting = new Paragraph();

	private final LandRequestService requestService;

	private final AllocationService allocationService;

	private final MatchingService matching;

	private final ParkService parks;

	private final CrmUser user;

	private @Nullable ProjectDetail project;

	private @Nullable ProjectMatching shown;

	public ProjectLandPanel(LandRequestService requestService, AllocationService allocationService,
			MatchingService matching, ParkService parks, CurrentUser currentUser) {
		this.requestService = requestService;
		this.allocationService = allocationService;
		this.matching = matching;
		this.parks = parks;
		this.user = currentUser.require();
		setPadding(false);
		setId("project-land");
		this.allocationGrid = new AllocationGrid(allocationService, true, this::refresh);
		this.allocationGrid.setAllRowsVisible(true);
		this.allocationGrid.setId("project-allocations");

		Locale locale = getLocale();
		this.requests.setId("land-requests");
		this.requests.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.requests.setAllRowsVisible(true);
		this.requests.addColumn(r -> Formats.area(r.areaMu(), locale))
			.setHeader(getTranslation("land-request.field.area"))
			.setAutoWidth(true);
		this.requests.addColumn(r -> Formats.area(r.remainingMu(), locale))
			.setHeader(getTranslation("land-request.field.remaining"))
			.setAutoWidth(true);
		this.requests.addColumn(this::where).setHeader(getTranslation("land-request.field.where")).setFlexGrow(2);
		this.requests.addColumn(r -> (r.landUse() != null) ? getTranslation(r.landUse().messageKey()) : "")
			.setHeader(getTranslation("land-request.field.land-use"))
			.setAutoWidth(true);
		this.requests.addColumn(r -> utilities(r, locale))
			.setHeader(getTranslation("land-request.field.utilities"))
			.setFlexGrow(2);
		this.requests.addColumn(LandRequestRow::notes).setHeader(getTranslation("land-request.field.notes"));
		this.requests.addComponentColumn(this::requestActions).setAutoWidth(true).setFlexGrow(0);

		this.addRequest.setText(getTranslation("land-request.action.add"));
		this.addRequest.addClickListener(click -> {
			ProjectDetail p = this.project;
			if (p != null) {
				new LandRequestDialog(this.requestService, this.parks, LandRequestForm.empty(p.id()), this::refresh)
					.open();
			}
		});

		this.options.setId("match-options");
		this.options.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.options.setAllRowsVisible(true);
		this.options.addColumn(o -> place(o, locale)).setHeader(getTranslation("matching.field.place")).setFlexGrow(2);
		this.options.addComponentColumn(o -> verdictBadge(o.verdict()))
			.setHeader(getTranslation("matching.field.verdict"))
			.setAutoWidth(true);
		this.options.addColumn(MatchOption::score)
			.setHeader(getTranslation("matching.field.score"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.options.addColumn(o -> takes(this, o.plots(), locale))
			.setHeader(getTranslation("matching.field.plots"))
			.setFlexGrow(3);
		this.options.addComponentColumn(this::reserveButton).setKey("reserve").setAutoWidth(true).setFlexGrow(0);
		// the reasons per criterion under each option, full width; the best ones open
		this.options.setItemDetailsRenderer(new ComponentRenderer<>(o -> new ReasonList(o.reasons())));

		HorizontalLayout requestHeader = new HorizontalLayout(new H3(getTranslation("land-request.title")),
				this.addRequest);
		requestHeader.setAlignItems(Alignment.BASELINE);
		add(requestHeader, this.requests, new H3(getTranslation("allocation.title")), this.allocationGrid,
				new H3(getTranslation("matching.title")), this.matchingFor, this.options, this.notAdmitting);
		this.notAdmitting.setId("match-not-admitting");
		this.notAdmitting.addClassName("allocation-hint");
	}

	/** Shows the land of this project (called whenever the project page loads). */
	public void show(ProjectDetail p) {
		this.project = p;
		this.addRequest.setVisible(p.editable() && !p.nameHidden() && !this.user.hasRole(Roles.PARK_OPERATOR));
		refresh();
	}

	private void refresh() {
		ProjectDetail p = this.project;
		if (p == null) {
			return;
		}
		List<LandRequestRow> rows = this.requestService.forProject(p.id()); // a few
		this.requests.setItems(rows);
		this.allocationGrid.setItems(this.allocationService.forProject(p.id())); // a few
		ProjectMatching current = this.shown;
		LandRequestRow toMatch = rows.stream()
			.filter(r -> current != null && r.id() == current.need().landRequestId())
			.findFirst()
			.orElse(rows.stream().filter(r -> r.remainingMu().signum() > 0).findFirst().orElse(null));
		match(toMatch);
	}

	private void match(@Nullable LandRequestRow request) {
		if (request == null) {
			this.shown = null;
			this.matchingFor.setText(getTranslation("matching.no-request"));
			this.options.setItems(List.of());
			this.notAdmitting.setText("");
			return;
		}
		ProjectMatching result = this.matching.forRequest(request.id());
		this.shown = result;
		this.matchingFor.setText(getTranslation(result.covered() ? "matching.for-covered" : "matching.for",
				Formats.area(result.need().areaMu(), getLocale())));
		this.options.setItems(result.options()); // the admitting parks' zones
		this.notAdmitting.setText(notAdmitting(result));
		// open the reasons of the options that fit, and of the first when none does
		result.options()
			.stream()
			.filter(o -> o.verdict() != Verdict.DOES_NOT_FIT)
			.forEach(o -> this.options.setDetailsVisible(o, true));
		if (!result.options().isEmpty()) {
			this.options.setDetailsVisible(result.options().getFirst(), true);
		}
	}

	private Component requestActions(LandRequestRow r) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(false);
		Button match = new Button(getTranslation("matching.action.match"), click -> match(r));
		match.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		actions.add(match);
		ProjectDetail p = this.project;
		if (p != null && p.editable() && !this.user.hasRole(Roles.PARK_OPERATOR)) {
			Button edit = new Button(getTranslation("land-request.action.edit"),
					click -> new LandRequestDialog(this.requestService, this.parks, LandRequestForm.of(r),
							this::refresh)
						.open());
			edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			Button delete = new Button(getTranslation("land-request.action.delete"), click -> delete(r));
			delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			delete.setEnabled(r.heldMu().signum() == 0);
			actions.add(edit, delete);
		}
		return actions;
	}

	private void delete(LandRequestRow r) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("land-request.delete.title"));
		dialog.setText(getTranslation("land-request.delete.text", Formats.area(r.areaMu(), getLocale())));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation("land-request.action.delete"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(e -> {
			this.requestService.delete(r.id(), r.version());
			this.shown = null;
			refresh();
		});
		dialog.open();
	}

	/** Reserve is offered where crm-core would allow it: see AllocationService. */
	private Component reserveButton(MatchOption o) {
		ProjectDetail p = this.project;
		ProjectMatching result = this.shown;
		boolean mayReserve = p != null && (this.user.hasRole(Roles.DIRECTOR) || this.user.hasRole(Roles.PARK_OPERATOR)
				|| (this.user.hasRole(Roles.STAFF) && p.editable()));
		if (!mayReserve || result == null || result.covered() || o.verdict() == Verdict.DOES_NOT_FIT
				|| o.plots().isEmpty()) {
			return new Div();
		}
		Button reserve = new Button(getTranslation("allocation.action.reserve"),
				click -> new ReserveDialog(this.allocationService, result.need().landRequestId(),
						p.code() + " " + p.name(), o.plots(), this::refresh)
					.open());
		reserve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		reserve.addClassName("reserve-option");
		return reserve;
	}

	private String where(LandRequestRow r) {
		boolean chinese = "zh".equals(getLocale().getLanguage());
		if (r.parkId() == null) {
			return getTranslation("land-request.any-park");
		}
		String park = chinese ? r.parkNameZh() : r.parkNameEn();
		String zone = chinese ? r.zoneNameZh() : r.zoneNameEn();
		return (zone != null) ? park + " · " + zone : String.valueOf(park);
	}

	/** "Not admitted in …: A, B, C": the parks left out of the ranking, and why. */
	private String notAdmitting(ProjectMatching result) {
		List<ParkRef> parks = result.notAdmitting();
		if (parks.isEmpty()) {
			return "";
		}
		if (result.need().highPollution()) {
			return getTranslation("matching.not-admitted.high-pollution", parks.size());
		}
		boolean chinese = "zh".equals(getLocale().getLanguage());
		List<String> names = parks.stream()
			.limit(NOT_ADMITTING_NAMED)
			.map(p -> chinese ? p.nameZh() : p.nameEn())
			.toList();
		String list = String.join(getTranslation("common.list-separator"), names);
		return (parks.size() > names.size())
				? getTranslation("matching.not-admitted.many", parks.size(), list, parks.size() - names.size())
				: getTranslation("matching.not-admitted", parks.size(), list);
	}

	/** "park · zone" in the user's language. */
	public static String place(MatchOption o, Locale locale) {
		boolean chinese = "zh".equals(locale.getLanguage());
		String park = chinese ? o.parkNameZh() : o.parkNameEn();
		String zone = chinese ? o.zoneNameZh() : o.zoneNameEn();
		return (zone != null) ? park + " · " + zone : park;
	}

	/** The plots a match proposes and what it takes of each. */
	public static String takes(Component context, List<PlotTake> plots, Locale locale) {
		return String.join(context.getTranslation("common.list-separator"),
				plots.stream()
					.map(t -> context.getTranslation("matching.take", t.code(), Formats.decimal(t.takeMu(), locale),
							Formats.decimal(t.freeMu(), locale)))
					.toList());
	}

	private String utilities(LandRequestRow r, Locale locale) {
		StringBuilder text = new StringBuilder();
		if (r.powerKva() != null) {
			text.append(Formats.decimal(r.powerKva(), locale)).append(' ').append(getTranslation("unit.kva"));
		}
		if (r.waterTPerDay() != null) {
			text.append((text.length() > 0) ? getTranslation("common.list-separator") : "")
				.append(Formats.decimal(r.waterTPerDay(), locale))
				.append(' ')
				.append(getTranslation("unit.t-per-day"));
		}
		if (r.gasM3PerDay() != null) {
			text.append((text.length() > 0) ? getTranslation("common.list-separator") : "")
				.append(Formats.decimal(r.gasM3PerDay(), locale))
				.append(' ')
				.append(getTranslation("unit.m3-per-day"));
		}
		return text.toString();
	}

	/** A coloured badge for a verdict; the park page uses it too. */
	public static Span verdictBadge(Verdict verdict) {
		Span badge = new Span();
		badge.setText(badge.getTranslation(verdict.messageKey()));
		badge.addClassNames("verdict", "verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		return badge;
	}

}
