package cn.zhaoshang.crm.ui.project;

import java.util.List;
import java.util.Locale;

import cn.zhaoshang.crm.investor.IndustryCluster;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.investor.Ownership;
import cn.zhaoshang.crm.park.ParkOverview;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.project.ProjectFilter;
import cn.zhaoshang.crm.project.ProjectForm;
import cn.zhaoshang.crm.project.ProjectRow;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.reference.IndustryRef;
import cn.zhaoshang.crm.reference.ReferenceData;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.ui.base.Formats;
import cn.zhaoshang.crm.ui.base.GridPaging;
import cn.zhaoshang.crm.ui.base.XlsxDownload;
import cn.zhaoshang.crm.user.UserAccountService;
import cn.zhaoshang.crm.user.UserRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 招商项目: the projects the user may see (crm-core decides), filtered and sorted in SQL, one
 * page at a time. Code-named projects show their code name to those without need-to-know.
 */
@Route("projects")
@Menu(order = 15, icon = "vaadin:briefcase", title = "menu.projects")
@RolesAllowed({ Roles.STAFF, Roles.DIRECTOR, Roles.PARK_OPERATOR, Roles.ADMIN })
class ProjectListView extends VerticalLayout implements HasDynamicTitle {

	final TextField name = new TextField();

	final ComboBox<Stage> stage = new ComboBox<>();

	final ComboBox<ParkOverview> park = new ComboBox<>();

	final ComboBox<UserRef> owner = new ComboBox<>();

	final DatePicker signingFrom = new DatePicker();

	final ComboBox<IndustryRef> industry = new ComboBox<>();

	final ComboBox<IndustryCluster> cluster = new ComboBox<>();

	final ComboBox<Ownership> ownership = new ComboBox<>();

	final TextField country = new TextField();

	final DatePicker signingTo = new DatePicker();

	final Grid<ProjectRow> grid = new Grid<>();

	final Button create = new Button();

	@Nullable ProjectEditor editor;

	private final @Nullable List<UserRef> staffForReassignment;

	private final Span total = new Span();

	private final ProjectService projects;

	/** What the grid shows, read by the export (which runs in its own request). */
	private volatile ProjectFilter currentFilter = ProjectFilter.none();

	ProjectListView(ProjectService projects, InvestorService investors, UserAccountService users, ParkService parks,
			CurrentUser currentUser, ReferenceData reference) {
		this.projects = projects;
		this.staffForReassignment = ProjectEditors.staffIfManager(users, currentUser);
		// only a hint for the button: crm-core refuses park operators anyway
		boolean canCreate = !currentUser.require().roles().equals(java.util.Set.of(Roles.PARK_OPERATOR));
		setSizeFull();
		this.name.setId("project-search");
		this.name.setLabel(getTranslation("project.filter.name"));
		this.name.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.name.setClearButtonVisible(true);
		this.name.setMaxLength(100);
		this.name.setValueChangeMode(ValueChangeMode.LAZY);
		this.name.addValueChangeListener(e -> refresh());
		this.stage.setLabel(getTranslation("project.field.stage"));
		this.stage.setItems(Stage.values());
		this.stage.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
		this.stage.setClearButtonVisible(true);
		this.stage.addValueChangeListener(e -> refresh());
		this.park.setLabel(getTranslation("project.filter.park"));
		this.park.setItems(parks.overview()); // the zone's four parks (an operator: one)
		this.park.setItemLabelGenerator(p -> "zh".equals(getLocale().getLanguage()) ? p.nameZh() : p.nameEn());
		this.park.setClearButtonVisible(true);
		this.park.addValueChangeListener(e -> refresh());
		this.owner.setLabel(getTranslation("project.field.owner"));
		this.owner.setItemLabelGenerator(UserRef::displayName);
		this.owner.setClearButtonVisible(true);
		this.owner.setVisible(this.staffForReassignment != null);
		if (this.staffForReassignment != null) {
			this.owner.setItems(this.staffForReassignment);
		}
		this.owner.addValueChangeListener(e -> refresh());
		this.signingFrom.setLabel(getTranslation("project.filter.signing-from"));
		this.signingTo.setLabel(getTranslation("project.filter.signing-to"));
		this.signingFrom.addValueChangeListener(e -> refresh());
		this.signingTo.addValueChangeListener(e -> refresh());
		this.total.setId("project-total");
		configureInvestorFilters(reference);

		Locale locale = getLocale();
		this.grid.setId("project-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
		this.grid.addColumn(ProjectRow::code)
			.setHeader(getTranslation("project.field.code"))
			.setSortProperty("code")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(ProjectRow::displayName)
			.setHeader(getTranslation("project.field.name"))
			.setSortProperty("name")
			.setFlexGrow(3);
		this.grid.addColumn(ProjectRow::investorName)
			.setHeader(getTranslation("project.field.investor"))
			.setFlexGrow(2);
		this.grid.addColumn(row -> getTranslation(row.stage().messageKey()))
			.setHeader(getTranslation("project.field.stage"))
			.setSortProperty("stage")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(row -> Formats.wanYuan(row.investmentTotal(), locale))
			.setHeader(getTranslation("project.field.investment"))
			.setSortProperty("investmentTotal")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(row -> Formats.area(row.landRequestedMu(), locale))
			.setHeader(getTranslation("project.field.land"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(ProjectRow::expectedSigningDate)
			.setHeader(getTranslation("project.field.expected-signing"))
			.setSortProperty("expectedSigningDate")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(ProjectRow::ownerName)
			.setHeader(getTranslation("project.field.owner"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addItemClickListener(
				click -> getUI().ifPresent(ui -> ui.navigate(ProjectView.class, click.getItem().id())));

		this.create.setId("project-new");
		this.create.setText(getTranslation("project.action.new"));
		this.create.setIcon(VaadinIcon.PLUS.create());
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.setVisible(canCreate);
		this.create.addClickListener(click -> {
			this.editor = new ProjectEditor(projects, investors, reference,
					new ProjectForm(null, 0, "", null, false, null, null, null, null, null, null, null, null, null,
							null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
							null),
					this.staffForReassignment, id -> getUI().ifPresent(ui -> ui.navigate(ProjectView.class, id)));
			this.editor.open();
		});
		var filters = new HorizontalLayout(this.name, this.stage, this.park, this.industry, this.cluster,
				this.ownership, this.country, this.owner, this.signingFrom, this.signingTo, this.total, exportLink(),
				this.create);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		add(filters, this.grid);
		refresh();
	}

	private void configureInvestorFilters(ReferenceData reference) {
		Locale locale = getLocale();
		this.industry.setLabel(getTranslation("project.field.industry"));
		this.industry.setItems(reference.industries());
		this.industry.setItemLabelGenerator(i -> i.name(locale));
		this.industry.setClearButtonVisible(true);
		this.industry.addValueChangeListener(e -> refresh());
		this.cluster.setLabel(getTranslation("project.filter.cluster"));
		this.cluster.setItems(IndustryCluster.values());
		this.cluster.setItemLabelGenerator(c -> getTranslation("cluster." + c.name()));
		this.cluster.setClearButtonVisible(true);
		this.cluster.addValueChangeListener(e -> refresh());
		this.ownership.setLabel(getTranslation("project.filter.ownership"));
		this.ownership.setItems(Ownership.values());
		this.ownership.setItemLabelGenerator(o -> getTranslation("ownership." + o.name()));
		this.ownership.setClearButtonVisible(true);
		this.ownership.addValueChangeListener(e -> refresh());
		this.country.setLabel(getTranslation("project.filter.country"));
		this.country.setPlaceholder(getTranslation("investor.filter.country.placeholder"));
		this.country.setMaxLength(2);
		this.country.setWidth("7em");
		this.country.setClearButtonVisible(true);
		this.country.setValueChangeMode(ValueChangeMode.LAZY);
		this.country.addValueChangeListener(e -> refresh());
	}

	/**
	 * The rows the user sees, as .xlsx in the user's language (crm-core applies the
	 * scope).
	 */
	private Anchor exportLink() {
		Locale locale = getLocale();
		return XlsxDownload.link("project-export", getTranslation("action.export-xlsx"), "projects",
				key -> getTranslation(locale, key),
				(label, out) -> this.projects.exportXlsx(this.currentFilter, label, out));
	}

	ProjectFilter filter() {
		String code = this.country.getValue().strip();
		return new ProjectFilter(this.name.getValue(), this.stage.getValue(), null,
				(this.owner.getValue() != null) ? Long.valueOf(this.owner.getValue().id()) : null,
				(this.park.getValue() != null) ? Long.valueOf(this.park.getValue().id()) : null,
				this.signingFrom.getValue(), this.signingTo.getValue(),
				(this.industry.getValue() != null) ? this.industry.getValue().id() : null, this.cluster.getValue(),
				this.ownership.getValue(), code.isEmpty() ? null : code);
	}

	private void refresh() {
		ProjectFilter filter = filter();
		this.currentFilter = filter;
		this.grid.setItems(query -> this.projects.list(filter, GridPaging.of(query)).stream(),
				query -> this.projects.count(filter));
		this.total.setText(getTranslation("project.total", this.projects.count(filter)));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.projects");
	}

}
