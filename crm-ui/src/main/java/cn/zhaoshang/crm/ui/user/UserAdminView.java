package cn.zhaoshang.crm.ui.user;

import java.util.Objects;
import java.util.stream.Collectors;

import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.ui.base.Formats;
import cn.zhaoshang.crm.ui.base.GridPaging;
import cn.zhaoshang.crm.user.UserAdminService;
import cn.zhaoshang.crm.user.UserFilter;
import cn.zhaoshang.crm.user.UserForm;
import cn.zhaoshang.crm.user.UserRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 用户管理: the CRM's users with roles, park and state; create, edit, reset a password,
 * disable. Lazy: paged and filtered in SQL. Only administrators (crm-core checks it
 * again).
 */
@Route("users")
@Menu(order = 95, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Roles.ADMIN)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

	final TextField text = new TextField();

	final ComboBox<String> role = new ComboBox<>();

	final Checkbox includeDisabled = new Checkbox();

	final Grid<UserRow> grid = new Grid<>();

	final Button create = new Button();

	/** The editor that is open, if any (for tests). */
	@Nullable UserEditor editor;

	private final UserAdminService users;

	private final ParkService parks;

	UserAdminView(UserAdminService users, ParkService parks) {
		this.users = users;
		this.parks = parks;
		setSizeFull();
		// ids: what the browser suite selects by
		this.text.setId("user-search");
		this.role.setId("user-role-filter");
		this.includeDisabled.setId("user-include-disabled");
		this.grid.setId("user-grid");
		this.create.setId("user-new");
		this.text.setLabel(getTranslation("user.filter.text"));
		this.text.setPlaceholder(getTranslation("user.filter.text.placeholder"));
		this.text.setValueChangeMode(ValueChangeMode.LAZY);
		this.text.setClearButtonVisible(true);
		this.role.setLabel(getTranslation("user.field.roles"));
		this.role.setItems(Roles.ALL);
		this.role.setItemLabelGenerator(r -> getTranslation("role." + r));
		this.role.setClearButtonVisible(true);
		this.includeDisabled.setLabel(getTranslation("user.filter.include-disabled"));
		this.includeDisabled.setValue(true);
		this.text.addValueChangeListener(e -> refresh());
		this.role.addValueChangeListener(e -> refresh());
		this.includeDisabled.addValueChangeListener(e -> refresh());

		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setSizeFull();
		this.grid.addColumn(UserRow::username)
			.setHeader(getTranslation("user.field.username"))
			.setSortProperty("username")
			.setKey("username")
			.setAutoWidth(true);
		this.grid.addColumn(UserRow::displayName)
			.setHeader(getTranslation("user.field.display-name"))
			.setSortProperty("displayName")
			.setKey("displayName")
			.setAutoWidth(true);
		this.grid.addColumn(
				u -> u.roles().stream().sorted().map(r -> getTranslation("role." + r)).collect(Collectors.joining("、")))
			.setHeader(getTranslation("user.field.roles"))
			.setKey("roles")
			.setAutoWidth(true);
		boolean chinese = "zh".equals(getLocale().getLanguage());
		ValueProvider<UserRow, String> park = u -> Objects.requireNonNullElse(chinese ? u.parkNameZh() : u.parkNameEn(),
				"");
		// park names run long (中小科技企业创新创业产业园, "Tsinghua University Automotive
		// Research Institute Park"): wider, and whole in the tooltip
		this.grid.addColumn(park)
			.setHeader(getTranslation("user.field.park"))
			.setKey("park")
			.setFlexGrow(2)
			.setTooltipGenerator(park);
		this.grid.addColumn(this::state)
			.setHeader(getTranslation("user.field.state"))
			.setKey("state")
			.setAutoWidth(true);
		this.grid.addColumn(u -> Formats.dateTime(u.lastLoginAt()))
			.setHeader(getTranslation("user.field.last-login"))
			.setSortProperty("lastLoginAt")
			.setKey("lastLogin")
			.setAutoWidth(true);
		this.grid.addItemClickListener(click -> open(this.users.get(click.getItem().id()), click.getItem()));

		this.create.setText(getTranslation("user.action.new"));
		this.create.setIcon(VaadinIcon.PLUS.create());
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(click -> open(UserForm.blank(), null));
		var filters = new HorizontalLayout(this.text, this.role, this.includeDisabled, this.create);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		add(filters, this.grid);
		refresh();
	}

	private String state(UserRow u) {
		if (!u.enabled()) {
			return getTranslation("user.state.disabled");
		}
		return getTranslation(u.locked() ? "user.state.locked" : "user.state.active");
	}

	private void open(UserForm form, @Nullable UserRow row) {
		this.editor = new UserEditor(this.users, this.parks, form, (row != null) && row.enabled(), this::refresh);
		this.editor.open();
	}

	void refresh() {
		UserFilter filter = new UserFilter(this.text.getValue(), this.role.getValue(), this.includeDisabled.getValue());
		this.grid.setItems(query -> this.users.list(filter, GridPaging.of(query)).stream(),
				query -> this.users.count(filter));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.users");
	}

}
