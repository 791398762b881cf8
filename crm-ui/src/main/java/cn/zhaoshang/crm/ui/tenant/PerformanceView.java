package cn.zhaoshang.crm.ui.tenant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.zhaoshang.crm.fulfilment.FulfilmentService;
import cn.zhaoshang.crm.fulfilment.IdleLand;
import cn.zhaoshang.crm.park.ParkOverview;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.tenant.GradingCutoffs;
import cn.zhaoshang.crm.tenant.PerformanceRow;
import cn.zhaoshang.crm.tenant.RecoveryCandidate;
import cn.zhaoshang.crm.tenant.TenantPerformanceService;
import cn.zhaoshang.crm.ui.base.Formats;
import cn.zhaoshang.crm.ui.base.GridPaging;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The park operator's workspace for 亩均效益 and 腾笼换鸟: the tenants' yearly figures with their
 * grades (entered, imported from .xlsx, regraded), the recovery candidates by tenant and
 * plot, and the idle-land clocks. Directors and administrators pick any park.
 */
@Route("performance")
@Menu(order = 35, icon = "vaadin:chart", title = "menu.performance")
@RolesAllowed({ Roles.DIRECTOR, Roles.PARK_OPERATOR, Roles.ADMIN })
class PerformanceView extends VerticalLayout implements HasDynamicTitle {

	final ComboBox<ParkOverview> park = new ComboBox<>();

	final ComboBox<Integer> year = new ComboBox<>();

	final Button add = new Button();

	final Button importFile = new Button();

	final Button regrade = new Button();

	final Button cutoffsButton = new Button();

	final Paragraph cutoffs = new Paragraph();

	final Grid<PerformanceRow> grid = new Grid<>();

	final Grid<RecoveryCandidate> recovery = new Grid<>();

	final Grid<IdleLand> idleLand = new Grid<>();

	private final TenantPerformanceService performance;

	private final FulfilmentService fulfilment;

	private final boolean manager;

	PerformanceView(TenantPerformanceService performance, FulfilmentService fulfilment, ParkService parks,
			CurrentUser currentUser) {
		this.performance = performance;
		this.fulfilment = fulfilment;
		CrmUser user = currentUser.require();
		this.manager = user.hasRole(Roles.DIRECTOR) || user.hasRole(Roles.ADMIN);
		Locale locale = getLocale();
		boolean chinese = "zh".equals(locale.getLanguage());

		this.park.setLabel(getTranslation("tenant.field.park"));
		this.park.setWidth("18em");
		this.park.setItems(parks.overview()); // four parks; an operator gets their own
		this.park.setItemLabelGenerator(p -> chinese ? p.nameZh() : p.nameEn());
		this.year.setLabel(getTranslation("tenant.field.year"));
		this.year.setItemLabelGenerator(String::valueOf);
		this.add.setText(getTranslation("tenant.action.add"));
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener(click -> editRow(null));
		this.importFile.setText(getTranslation("tenant.action.import"));
		this.importFile.addClickListener(click -> {
			ParkOverview p = this.park.getValue();
			Integer y = this.year.getValue();
			if (p != null && y != null) {
				new PerformanceImportDialog(this.performance, p.id(), y, this::refresh).open();
			}
		});
		this.regrade.setText(getTranslation("tenant.action.regrade"));
		this.regrade.addClickListener(click -> {
			ParkOverview p = this.park.getValue();
			Integer y = this.year.getValue();
			if (p != null && y != null) {
				int rows = this.performance.regrade(p.id(), y);
				Notification.show(getTranslation("tenant.regraded", rows), 4000, Notification.Position.BOTTOM_START);
				refresh();
			}
		});
		this.cutoffsButton.setText(getTranslation("tenant.action.cutoffs"));
		this.cutoffsButton.setVisible(this.manager);
		this.cutoffsButton.addClickListener(click -> {
			ParkOverview p = this.park.getValue();
			if (p != null) {
				new CutoffsDialog(this.performance, this.performance.cutoffs(p.id()), saved -> refresh()).open();
			}
		});
		var bar = new HorizontalLayout(this.park, this.year, this.add, this.importFile, this.regrade,
				this.cutoffsButton);
		bar.setAlignItems(Alignment.BASELINE);
		bar.setWrap(true);
		this.cutoffs.setId("cutoffs");

		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setHeight("320px");
		this.grid.addColumn(PerformanceRow::investorName)
			.setHeader(getTranslation("tenant.field.tenant"))
			.setKey("tenant")
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(1);
		this.grid.addColumn(PerformanceRow::projectCode)
			.setHeader(getTranslation("tenant.field.project"))
			.setAutoWidth(true);
		this.grid.addColumn(r -> Formats.area(r.landMu(), locale))
			.setHeader(getTranslation("tenant.field.land"))
			.setKey("landMu")
			.setSortable(true)
			.setAutoWidth(true);
		this.grid.addColumn(r -> Formats.wanYuan(r.output(), locale))
			.setHeader(getTranslation("tenant.field.output"))
			.setAutoWidth(true);
		this.grid.addColumn(r -> Formats.wanYuan(r.tax(), locale))
			.setHeader(getTranslation("tenant.field.tax"))
			.setAutoWidth(true);
		this.grid.addColumn(r -> (r.employees() != null) ? String.valueOf(r.employees()) : "")
			.setHeader(getTranslation("tenant.field.employees"))
			.setAutoWidth(true);
		this.grid.addColumn(r -> perMu(r.taxPerMu(), locale))
			.setHeader(getTranslation("tenant.field.tax-per-mu"))
			.setKey("taxPerMu")
			.setSortable(true)
			.setAutoWidth(true);
		this.grid.addColumn(r -> perMu(r.outputPerMu(), locale))
			.setHeader(getTranslation("tenant.field.output-per-mu"))
			.setKey("outputPerMu")
			.setSortable(true)
			.setAutoWidth(true);
		this.grid.addColumn(this::grade)
			.setHeader(getTranslation("tenant.field.grade"))
			.setKey("grade")
			.setSortable(true)
			.setPartNameGenerator(
					r -> (r.grade() != null) ? "grade-" + r.grade().name().toLowerCase(Locale.ROOT) : null)
			.setAutoWidth(true);
		this.grid.addItemClickListener(e -> editRow(e.getItem()));

		this.recovery.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.recovery.setAllRowsVisible(true);
		this.recovery.addColumn(RecoveryCandidate::investorName)
			.setHeader(getTranslation("tenant.field.tenant"))
			.setFlexGrow(3);
		this.recovery.addColumn(c -> (c.plots() != null) ? c.plots() : "—")
			.setHeader(getTranslation("tenant.field.plots"))
			.setAutoWidth(true);
		this.recovery.addColumn(c -> Formats.area((c.plotsMu() != null) ? c.plotsMu() : c.landMu(), locale))
			.setHeader(getTranslation("tenant.field.land"))
			.setAutoWidth(true);
		this.recovery.addColumn(c -> gradeText(c.previousGrade()) + " → " + gradeText(c.grade()))
			.setHeader(getTranslation("tenant.field.grades"))
			.setAutoWidth(true);
		this.recovery.addColumn(c -> Formats.wanYuan(c.output(), locale))
			.setHeader(getTranslation("tenant.field.output"))
			.setAutoWidth(true);
		this.recovery
			.addColumn(c -> c.reasons()
				.stream()
				.map(r -> getTranslation(r.messageKey()))
				.collect(Collectors.joining(getTranslation("common.list-separator"))))
			.setHeader(getTranslation("tenant.field.reasons"))
			.setFlexGrow(3);

		this.idleLand.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.idleLand.setAllRowsVisible(true);
		this.idleLand.addColumn(i -> i.projectCode() + " · " + i.projectName())
			.setHeader(getTranslation("tenant.idle.project"))
			.setFlexGrow(3);
		this.idleLand.addColumn(i -> (i.plots() != null) ? i.plots() : "—")
			.setHeader(getTranslation("tenant.field.plots"))
			.setAutoWidth(true);
		this.idleLand.addColumn(i -> getTranslation("fulfilment.idle.basis." + i.clock().basis().name()))
			.setHeader(getTranslation("tenant.idle.basis"))
			.setFlexGrow(2);
		this.idleLand.addColumn(i -> i.clock().since().toString())
			.setHeader(getTranslation("tenant.idle.since"))
			.setAutoWidth(true);
		this.idleLand
			.addColumn(i -> i.clock().idleFrom() + " · "
					+ ((i.clock().fee() != null) ? Formats.wanYuan(i.clock().fee(), locale)
							: getTranslation("fulfilment.idle.fee-unknown")))
			.setHeader(getTranslation("tenant.idle.fee-due"))
			.setAutoWidth(true);
		this.idleLand.addColumn(i -> i.clock().takeBackFrom().toString())
			.setHeader(getTranslation("tenant.idle.take-back"))
			.setAutoWidth(true);
		this.idleLand.addColumn(i -> getTranslation("fulfilment.idle.status." + i.clock().status().name()))
			.setHeader(getTranslation("tenant.idle.status"))
			.setPartNameGenerator(i -> "idle-" + i.clock().status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.setAutoWidth(true);
		this.idleLand.addColumn(IdleLand::ownerName).setHeader(getTranslation("tenant.idle.owner")).setAutoWidth(true);

		add(bar, this.cutoffs, this.grid, new H3(getTranslation("tenant.recovery.title")),
				new Paragraph(getTranslation("tenant.recovery.help")), this.recovery,
				new H3(getTranslation("tenant.idle.title")), new Paragraph(getTranslation("tenant.idle.help")),
				this.idleLand);

		this.park.addValueChangeListener(e -> fillYears());
		this.year.addValueChangeListener(e -> refresh());
		this.park.getListDataView().getItems().findFirst().ifPresent(this.park::setValue);
	}

	/** The years with figures, plus last year and this one (to enter them). */
	private void fillYears() {
		ParkOverview p = this.park.getValue();
		if (p == null) {
			return;
		}
		int now = LocalDate.now().getYear();
		TreeSet<Integer> years = new TreeSet<>(this.performance.years(p.id()));
		years.add(now - 1);
		years.add(now);
		List<Integer> newestFirst = List.copyOf(years.descendingSet());
		Integer keep = this.year.getValue();
		this.year.setItems(newestFirst);
		List<Integer> withFigures = this.performance.years(p.id());
		this.year.setValue((keep != null && years.contains(keep)) ? keep
				: withFigures.isEmpty() ? Integer.valueOf(now - 1) : withFigures.getFirst());
		refresh();
	}

	void refresh() {
		ParkOverview p = this.park.getValue();
		Integer y = this.year.getValue();
		boolean ready = p != null && y != null;
		this.add.setEnabled(ready);
		this.importFile.setEnabled(ready);
		this.regrade.setEnabled(ready);
		if (!ready) {
			return;
		}
		long parkId = p.id();
		int yearShown = y;
		this.grid.setItems(query -> this.performance.list(parkId, yearShown, GridPaging.of(query)).stream(),
				query -> this.performance.count(parkId, yearShown));
		GradingCutoffs c = this.performance.cutoffs(parkId);
		Locale locale = getLocale();
		this.cutoffs.setText(getTranslation("tenant.cutoffs.text", c.version(), Formats.decimal(c.aTaxPerMu(), locale),
				Formats.decimal(c.bTaxPerMu(), locale), Formats.decimal(c.cTaxPerMu(), locale),
				Formats.decimal(c.aOutputPerMu(), locale), Formats.decimal(c.bOutputPerMu(), locale),
				Formats.decimal(c.cOutputPerMu(), locale)));
		this.recovery.setItems(this.performance.recoveryCandidates(parkId, yearShown)); // a
																						// few
		this.idleLand.setItems(this.fulfilment.idleLand(LocalDate.now())); // a few
	}

	private void editRow(@Nullable PerformanceRow row) {
		ParkOverview p = this.park.getValue();
		Integer y = this.year.getValue();
		if (p != null && y != null) {
			new PerformanceDialog(this.performance, p.id(), y, row, this::refresh).open();
		}
	}

	private String grade(PerformanceRow r) {
		String grade = gradeText(r.grade());
		return (r.previousGrade() != null)
				? grade + " (" + getTranslation("tenant.field.previous", r.previousGrade()) + ")" : grade;
	}

	private String gradeText(@Nullable Object grade) {
		return (grade != null) ? grade.toString() : getTranslation("tenant.grade.none");
	}

	private String perMu(@Nullable BigDecimal value, Locale locale) {
		return (value != null) ? Formats.decimal(value, locale) : "";
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.performance");
	}

}
