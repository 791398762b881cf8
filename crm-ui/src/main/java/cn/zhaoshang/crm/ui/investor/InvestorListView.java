package cn.zhaoshang.crm.ui.investor;

import java.util.Locale;

import cn.zhaoshang.crm.investor.IndustryCluster;
import cn.zhaoshang.crm.investor.InvestorFilter;
import cn.zhaoshang.crm.investor.InvestorForm;
import cn.zhaoshang.crm.investor.InvestorRow;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.investor.Ownership;
import cn.zhaoshang.crm.investor.SavedFilter;
import cn.zhaoshang.crm.reference.IndustryRef;
import cn.zhaoshang.crm.reference.ReferenceData;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.shared.LeadSource;
import cn.zhaoshang.crm.ui.base.Formats;
import cn.zhaoshang.crm.ui.base.GridPaging;
import cn.zhaoshang.crm.ui.base.XlsxDownload;
import cn.zhaoshang.crm.user.UserAccountService;
import cn.zhaoshang.crm.user.UserRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
 * 客商库: every target and tenant firm. Lazy: the grid asks crm-core for one page at a time,
 * filtered and sorted in SQL.
 */
@Route("investors")
@Menu(order = 10, icon = "vaadin:building", title = "menu.investors")
@RolesAllowed({ Roles.STAFF, Roles.DIRECTOR, Roles.ADMIN })
class InvestorListView extends VerticalLayout implements HasDynamicTitle {

	final TextField name = new TextField();

	final ComboBox<IndustryCluster> cluster = new ComboBox<>();

	final ComboBox<Ownership> ownership = new ComboBox<>();

	final ComboBox<Boolean> tenant = new ComboBox<>();

	final TextField country = new TextField();

	final MultiSelectComboBox<InvestorFilter.Flag> flags = new MultiSelectComboBox<>();

	final Checkbox mine = new Checkbox();

	final ComboBox<IndustryRef> industry = new ComboBox<>();

	final ComboBox<LeadSource> source = new ComboBox<>();

	final ComboBox<UserRef> owner = new ComboBox<>();

	final Grid<InvestorRow> grid = new Grid<>();

	final Button create = new Button();

	final ComboBox<SavedFilter> saved = new ComboBox<>();

	final Button saveFilter = new Button();

	final Button importButton = new Button();

	/** The import dialog that is open, if any (for tests). */
	@Nullable InvestorImportDialog importDialog;

	/** The editor that is open, if any (for tests). */
	@Nullable InvestorEditor editor;

	private final Span total = new Span();

	private final InvestorService investors;

	/** What the grid shows, read by the export (which runs in its own request). */
	private volatile InvestorFilter currentFilter = InvestorFilter.none();

	private final ReferenceData reference;

	InvestorListView(InvestorService investors, ReferenceData reference, UserAccountService users) {
		this.investors = investors;
		this.reference = reference;
		setSizeFull();
		configureFilters();
		configureMoreFilters(reference, users);
		configureGrid();
		this.create.setId("investor-new");
		this.create.setText(getTranslation("investor.action.new"));
		this.create.setIcon(VaadinIcon.PLUS.create());
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(click -> open(InvestorForm.blank()));
		this.grid.addItemClickListener(click -> open(this.investors.get(click.getItem().id())));
		this.importButton.setText(getTranslation("import.action"));
		this.importButton.setIcon(VaadinIcon.UPLOAD.create());
		this.importButton.addClickListener(click -> {
			this.importDialog = new InvestorImportDialog(this.investors, this::refresh);
			this.importDialog.open();
		});
		configureSavedFilters();
		var filters = new HorizontalLayout(this.saved, this.name, this.cluster, this.industry, this.ownership,
				this.tenant, this.country, this.flags, this.source, this.owner, this.mine, this.saveFilter, this.total,
				exportLink(), this.importButton, this.create);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		add(filters, this.grid);
		refresh();
	}

	private void configureFilters() {
		this.name.setId("investor-search");
		this.name.setLabel(getTranslation("investor.filter.name"));
		this.name.setPlaceholder(getTranslation("investor.filter.name.placeholder"));
		this.name.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.name.setClearButtonVisible(true);
		this.name.setMaxLength(100);
		this.name.setValueChangeMode(ValueChangeMode.LAZY);
		this.name.addValueChangeListener(e -> refresh());

		this.cluster.setLabel(getTranslation("investor.field.cluster"));
		this.cluster.setItems(IndustryCluster.values());
		this.cluster.setItemLabelGenerator(c -> getTranslation("cluster." + c.name()));
		this.cluster.setClearButtonVisible(true);
		this.cluster.addValueChangeListener(e -> refresh());

		this.ownership.setLabel(getTranslation("investor.field.ownership"));
		this.ownership.setItems(Ownership.values());
		this.ownership.setItemLabelGenerator(o -> getTranslation("ownership." + o.name()));
		this.ownership.setClearButtonVisible(true);
		this.ownership.addValueChangeListener(e -> refresh());

		this.tenant.setLabel(getTranslation("investor.filter.tenant"));
		this.tenant.setItems(Boolean.TRUE, Boolean.FALSE);
		this.tenant
			.setItemLabelGenerator(t -> getTranslation(t ? "investor.filter.tenant.yes" : "investor.filter.tenant.no"));
		this.tenant.setClearButtonVisible(true);
		this.tenant.addValueChangeListener(e -> refresh());

		this.country.setLabel(getTranslation("investor.field.country"));
		this.country.setPlaceholder(getTranslation("investor.filter.country.placeholder"));
		this.country.setMaxLength(2);
		this.country.setWidth("7em");
		this.country.setClearButtonVisible(true);
		this.country.setValueChangeMode(ValueChangeMode.LAZY);
		this.country.addValueChangeListener(e -> refresh());
		this.flags.setLabel(getTranslation("investor.field.flags"));
		this.flags.setItems(InvestorFilter.Flag.values());
		this.flags.setItemLabelGenerator(f -> getTranslation("investor.tag." + f.name()));
		this.flags.addValueChangeListener(e -> refresh());
		this.mine.setLabel(getTranslation("investor.filter.mine"));
		this.mine.addValueChangeListener(e -> refresh());
	}

	private void configureGrid() {
		Locale locale = getLocale();
		boolean chinese = "zh".equals(locale.getLanguage());
		this.grid.setId("investor-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
		this.grid.addColumn(InvestorRow::nameZh)
			.setTooltipGenerator(InvestorRow::nameZh)
			.setHeader(getTranslation("investor.field.name-zh"))
			.setSortProperty("nameZh")
			.setKey("nameZh")
			.setFlexGrow(3)
			.setResizable(true);
		this.grid.addColumn(InvestorRow::nameEn)
			.setTooltipGenerator(row -> (row.nameEn() != null) ? row.nameEn() : "")
			.setHeader(getTranslation("investor.field.name-en"))
			.setSortProperty("nameEn")
			.setKey("nameEn")
			.setFlexGrow(3)
			.setResizable(true);
		this.grid.addColumn(row -> chinese ? row.industryZh() : row.industryEn())
			.setHeader(getTranslation("investor.field.industry"))
			.setKey("industry")
			.setFlexGrow(2);
		this.grid.addColumn(InvestorRow::countryCode)
			.setHeader(getTranslation("investor.field.country"))
			.setSortProperty("countryCode")
			.setKey("country")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid
			.addColumn(row -> (row.ownership() != null) ? getTranslation("ownership." + row.ownership().name()) : "")
			.setHeader(getTranslation("investor.field.ownership"))
			.setKey("ownership")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(this::flags)
			.setHeader(getTranslation("investor.field.flags"))
			.setKey("flags")
			.setFlexGrow(2);
		this.grid.addColumn(InvestorRow::ownerName)
			.setHeader(getTranslation("investor.field.owner"))
			.setKey("owner")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(InvestorRow::projectCount)
			.setHeader(getTranslation("investor.field.projects"))
			.setKey("projects")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(row -> Formats.dateTime(row.updatedAt()))
			.setHeader(getTranslation("investor.field.updated"))
			.setSortProperty("updatedAt")
			.setKey("updatedAt")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.setMultiSort(true);
	}

	private String flags(InvestorRow row) {
		var flags = new StringBuilder();
		if (row.fortune500Rank() != null) {
			flags.append(getTranslation("investor.flag.fortune500", row.fortune500Rank())).append(' ');
		}
		if (row.china500()) {
			flags.append(getTranslation("investor.flag.china500")).append(' ');
		}
		if (row.existingTenant()) {
			flags.append(getTranslation("investor.flag.tenant"));
		}
		return flags.toString().strip();
	}

	private void configureMoreFilters(ReferenceData reference, UserAccountService users) {
		Locale locale = getLocale();
		this.industry.setLabel(getTranslation("investor.field.industry"));
		this.industry.setItems(reference.industries());
		this.industry.setItemLabelGenerator(i -> i.name(locale));
		this.industry.setClearButtonVisible(true);
		this.industry.addValueChangeListener(e -> refresh());
		this.source.setLabel(getTranslation("investor.field.source"));
		this.source.setItems(LeadSource.values());
		this.source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
		this.source.setClearButtonVisible(true);
		this.source.addValueChangeListener(e -> refresh());
		this.owner.setLabel(getTranslation("investor.field.owner"));
		this.owner.setItems(users.colleagues());
		this.owner.setItemLabelGenerator(UserRef::displayName);
		this.owner.setClearButtonVisible(true);
		this.owner.addValueChangeListener(e -> refresh());
	}

	/** The current filter's rows as .xlsx, in the user's language. */
	private Anchor exportLink() {
		Locale locale = getLocale();
		return XlsxDownload.link("investor-export", getTranslation("action.export-xlsx"), "investors",
				key -> getTranslation(locale, key),
				(label, out) -> this.investors.exportXlsx(this.currentFilter, label, out));
	}

	private void configureSavedFilters() {
		this.saved.setLabel(getTranslation("investor.filter.saved"));
		this.saved.setItemLabelGenerator(SavedFilter::name);
		this.saved.setClearButtonVisible(true);
		// a user's own handful of filters
		this.saved.setItems(this.investors.savedFilters());
		this.saved.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				apply(e.getValue().filter());
			}
		});
		this.saveFilter.setText(getTranslation("investor.filter.save"));
		this.saveFilter.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.saveFilter.addClickListener(click -> {
			var dialog = new com.vaadin.flow.component.dialog.Dialog();
			dialog.setHeaderTitle(getTranslation("investor.filter.save"));
			var filterName = new com.vaadin.flow.component.textfield.TextField(
					getTranslation("investor.filter.saved-name"));
			filterName.setMaxLength(100);
			var ok = new Button(getTranslation("action.save"), save -> {
				try {
					this.investors.saveFilter(filterName.getValue(), filter());
				}
				catch (cn.zhaoshang.crm.shared.DomainException ex) {
					filterName.setErrorMessage(getTranslation(ex.messageKey() + ".field", ex.arguments()));
					filterName.setInvalid(true);
					return;
				}
				this.saved.setItems(this.investors.savedFilters());
				dialog.close();
			});
			ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			dialog.add(filterName);
			dialog.getFooter().add(new Button(getTranslation("action.cancel"), cancel -> dialog.close()), ok);
			dialog.open();
		});
	}

	/** Shows a saved filter in the fields (each change refreshes the grid). */
	void apply(InvestorFilter f) {
		this.name.setValue((f.name() != null) ? f.name() : "");
		this.cluster.setValue(f.cluster());
		this.ownership.setValue(f.ownership());
		this.tenant.setValue(f.existingTenant());
		this.country.setValue((f.countryCode() != null) ? f.countryCode() : "");
		this.flags.setValue(f.flags());
		this.mine.setValue(f.mine());
		this.industry.setValue((f.industryId() != null)
				? this.reference.industries().stream().filter(i -> i.id() == f.industryId()).findFirst().orElse(null)
				: null);
		this.source.setValue(f.source());
		this.owner.setValue((f.ownerId() != null)
				? this.owner.getListDataView().getItems().filter(u -> u.id() == f.ownerId()).findFirst().orElse(null)
				: null);
	}

	void open(InvestorForm form) {
		this.editor = new InvestorEditor(this.investors, this.reference.industries(), form, saved -> {
			refresh();
			Notification.show(getTranslation("investor.saved"), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		});
		this.editor.open();
	}

	InvestorFilter filter() {
		String code = this.country.getValue().strip();
		return new InvestorFilter(this.name.getValue(), this.cluster.getValue(), this.ownership.getValue(),
				this.tenant.getValue(), code.isEmpty() ? null : code, this.flags.getValue(), this.mine.getValue(),
				(this.industry.getValue() != null) ? this.industry.getValue().id() : null, this.source.getValue(),
				(this.owner.getValue() != null) ? Long.valueOf(this.owner.getValue().id()) : null);
	}

	private void refresh() {
		InvestorFilter filter = filter();
		this.currentFilter = filter;
		this.grid.setItems(query -> this.investors.list(filter, GridPaging.of(query)).stream(),
				query -> this.investors.count(filter));
		this.total.setText(getTranslation("investor.total", this.investors.count(filter)));
		this.total.setId("investor-total");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.investors");
	}

}
