package cn.zhaoshang.crm.ui.tenant;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.tenant.PerformanceForm;
import cn.zhaoshang.crm.tenant.PerformanceRow;
import cn.zhaoshang.crm.tenant.TenantPerformanceService;
import cn.zhaoshang.crm.tenant.TenantRef;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's figures for one year, new or edited, with the tenant's history in the park.
 * The grade is crm-core's, at saving.
 */
class PerformanceDialog extends Dialog {

	final ComboBox<TenantRef> tenant = new ComboBox<>();

	final BigDecimalField land = new BigDecimalField();

	final BigDecimalField output = new BigDecimalField();

	final BigDecimalField tax = new BigDecimalField();

	final BigDecimalField energy = new BigDecimalField();

	final IntegerField employees = new IntegerField();

	final Grid<PerformanceRow> history = new Grid<>();

	final Button save = new Button();

	PerformanceDialog(TenantPerformanceService performance, long parkId, int year, @Nullable PerformanceRow row,
			Runnable onSaved) {
		setHeaderTitle(getTranslation((row == null) ? "tenant.dialog.new" : "tenant.dialog.edit",
				String.valueOf((row != null) ? row.year() : year)));
		setWidth("min(820px, 96vw)");
		Locale locale = getLocale();
		this.tenant.setLabel(getTranslation("tenant.field.tenant"));
		this.tenant.setItemLabelGenerator(TenantRef::name);
		this.tenant.setRequiredIndicatorVisible(true);
		if (row != null) {
			TenantRef fixed = new TenantRef(row.investorId(), row.investorName());
			this.tenant.setItems(fixed);
			this.tenant.setValue(fixed);
			this.tenant.setReadOnly(true);
		}
		else {
			// the park's tenants by name prefix, fetched as the user types
			this.tenant.setItems(query -> {
				int offset = query.getOffset();
				int limit = query.getLimit();
				return (offset == 0) ? performance.tenants(parkId, query.getFilter().orElse(""), limit).stream()
						: Stream.empty();
			});
		}
		this.land.setLabel(getTranslation("tenant.field.land-mu"));
		this.output.setLabel(getTranslation("tenant.field.output-wan"));
		this.tax.setLabel(getTranslation("tenant.field.tax-wan"));
		this.energy.setLabel(getTranslation("tenant.field.energy"));
		this.employees.setLabel(getTranslation("tenant.field.employees"));
		if (row != null) {
			this.land.setValue(row.landMu());
			this.output.setValue(row.output());
			this.tax.setValue(row.tax());
			this.energy.setValue(row.energyTce());
			this.employees.setValue(row.employees());
		}
		var form = new FormLayout(this.tenant, this.land, this.output, this.tax, this.energy, this.employees);
		form.setColspan(this.tenant, 2);
		add(form);

		if (row != null) {
			this.history.addThemeVariants(GridVariant.LUMO_COMPACT);
			this.history.setAllRowsVisible(true);
			this.history.addColumn(PerformanceRow::year).setHeader(getTranslation("tenant.field.year"));
			this.history.addColumn(r -> Formats.decimal(r.taxPerMu(), locale))
				.setHeader(getTranslation("tenant.field.tax-per-mu"));
			this.history.addColumn(r -> Formats.decimal(r.outputPerMu(), locale))
				.setHeader(getTranslation("tenant.field.output-per-mu"));
			this.history.addColumn(r -> (r.grade() != null) ? r.grade().name() : getTranslation("tenant.grade.none"))
				.setHeader(getTranslation("tenant.field.grade"));
			this.history
				.addColumn(r -> (r.gradingVersion() != null)
						? getTranslation("tenant.field.cutoffs-version-n", r.gradingVersion()) : "—")
				.setHeader(getTranslation("tenant.field.cutoffs-version"));
			this.history.setItems(performance.history(row.investorId(), parkId)); // a few
																					// years
			add(new H4(getTranslation("tenant.history.title")), this.history);
		}

		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> {
			TenantRef chosen = this.tenant.getValue();
			if (chosen == null) {
				this.tenant.setErrorMessage(getTranslation("validation.required.field"));
				this.tenant.setInvalid(true);
				return;
			}
			try {
				performance.save(new PerformanceForm((row != null) ? row.id() : null, (row != null) ? row.version() : 0,
						chosen.investorId(), parkId, (row != null) ? row.projectId() : null,
						(row != null) ? row.year() : year, this.land.getValue(), this.output.getValue(),
						this.tax.getValue(), this.energy.getValue(), this.employees.getValue()));
				close();
				onSaved.run();
			}
			catch (DomainException ex) {
				Map<String, HasValidation> fields = Map.of("landMu", this.land, "output", this.output, "tax", this.tax,
						"energyTce", this.energy, "employees", this.employees);
				HasValidation field = ex.messageKey().equals("tenant.error.zero-land") ? this.land
						: (ex.arguments().length > 0) ? fields.get(String.valueOf(ex.arguments()[0])) : null;
				if (field == null) {
					field = this.tenant;
				}
				field.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
				field.setInvalid(true);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
