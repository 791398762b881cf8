package cn.zhaoshang.crm.ui.audit;

import cn.zhaoshang.crm.audit.AuditFilter;
import cn.zhaoshang.crm.audit.AuditService;
import cn.zhaoshang.crm.reference.ReferenceData;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.ui.base.NumberFields;
import cn.zhaoshang.crm.ui.i18n.TranslationProvider;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 审计日志: who changed what, when and from where, searched by user, entity and period. Lazy:
 * every page is one query in crm-core. Read-only: the trail cannot be changed from the
 * CRM.
 */
@Route("audit-log")
@Menu(order = 90, icon = "vaadin:records", title = "menu.audit")
@RolesAllowed({ Roles.DIRECTOR, Roles.ADMIN })
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

	final TextField username = new TextField();

	final ComboBox<String> entityType = new ComboBox<>();

	final IntegerField entityId = new IntegerField();

	final ComboBox<String> action = new ComboBox<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final HistoryGrid grid = new HistoryGrid(true);

	final Span total = new Span();

	private final AuditService audit;

	AuditLogView(AuditService audit, ReferenceData reference) {
		this.audit = audit;
		this.grid.nameReferences(reference::parks, reference::zones, reference::industries);
		setSizeFull();
		this.username.setLabel(getTranslation("audit.filter.user"));
		this.username.setPlaceholder(getTranslation("audit.filter.user.placeholder"));
		this.username.setValueChangeMode(ValueChangeMode.LAZY);
		this.username.setMaxLength(60);
		this.username.setClearButtonVisible(true);
		this.entityType.setLabel(getTranslation("audit.filter.entity"));
		this.entityType.setItems(audit.entityTypes()); // a dozen kinds at most
		this.entityType
			.setItemLabelGenerator(type -> TranslationProvider.translateOr("audit.entity." + type, getLocale(), type));
		this.entityType.setClearButtonVisible(true);
		this.entityId.setLabel(getTranslation("audit.filter.entity-id"));
		this.entityId.setMin(1);
		NumberFields.explained(this.entityId);
		this.entityId.setClearButtonVisible(true);
		this.action.setLabel(getTranslation("audit.filter.action"));
		this.action.setItems(audit.actions());
		this.action.setItemLabelGenerator(a -> TranslationProvider.translateOr("audit.action." + a, getLocale(), a));
		this.action.setClearButtonVisible(true);
		this.from.setLabel(getTranslation("audit.filter.from"));
		this.to.setLabel(getTranslation("audit.filter.to"));
		this.from.setClearButtonVisible(true);
		this.to.setClearButtonVisible(true);

		this.username.addValueChangeListener(e -> refresh());
		this.entityType.addValueChangeListener(e -> refresh());
		this.entityId.addValueChangeListener(e -> refresh());
		this.action.addValueChangeListener(e -> refresh());
		this.from.addValueChangeListener(e -> refresh());
		this.to.addValueChangeListener(e -> refresh());

		this.grid.setSizeFull();
		this.username.setId("audit-user");
		this.entityType.setId("audit-entity");
		this.entityId.setId("audit-entity-id");
		this.action.setId("audit-action");
		this.from.setId("audit-from");
		this.to.setId("audit-to");
		this.grid.setId("audit-grid");
		this.total.setId("audit-total");
		var filters = new HorizontalLayout(this.username, this.entityType, this.entityId, this.action, this.from,
				this.to, this.total);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		add(filters, this.grid);
		refresh();
	}

	/**
	 * Applies the filter, or says at the field what is wrong with it (checked again in
	 * crm-core).
	 */
	void refresh() {
		this.to.setInvalid(false);
		this.entityId.setInvalid(false);
		if (this.from.getValue() != null && this.to.getValue() != null
				&& this.from.getValue().isAfter(this.to.getValue())) {
			this.to.setErrorMessage(getTranslation("audit.error.period-reversed"));
			this.to.setInvalid(true);
			return;
		}
		if (this.entityId.getValue() != null && this.entityType.getValue() == null) {
			this.entityId.setErrorMessage(getTranslation("audit.error.id-without-type"));
			this.entityId.setInvalid(true);
			return;
		}
		AuditFilter filter = filter();
		this.grid.show(page -> this.audit.search(filter, page), () -> this.audit.count(filter));
		this.total.setText(getTranslation("audit.total", this.audit.count(filter)));
	}

	AuditFilter filter() {
		return new AuditFilter(this.username.getValue(), this.entityType.getValue(),
				(this.entityId.getValue() != null) ? Long.valueOf(this.entityId.getValue()) : null,
				this.action.getValue(), this.from.getValue(), this.to.getValue());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.audit");
	}

}
