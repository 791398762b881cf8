package cn.zhaoshang.crm.ui.tenant;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.tenant.GradingCutoffs;
import cn.zhaoshang.crm.tenant.GradingForm;
import cn.zhaoshang.crm.tenant.TenantPerformanceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A park's grade cut-offs (万元/亩), saved as the next version; rows already graded keep
 * their grade until the year is regraded.
 */
class CutoffsDialog extends Dialog {

	final Map<String, BigDecimalField> fields = new LinkedHashMap<>();

	final TextArea note = new TextArea();

	final Paragraph error = new Paragraph();

	final Button save = new Button();

	CutoffsDialog(TenantPerformanceService performance, GradingCutoffs current, Consumer<GradingCutoffs> onSaved) {
		setHeaderTitle(getTranslation("tenant.cutoffs.edit-title", current.version() + 1));
		setWidth("min(640px, 96vw)");
		BigDecimalField aTax = field("aTaxPerMu", "tenant.cutoffs.a-tax", current.aTaxPerMu());
		BigDecimalField bTax = field("bTaxPerMu", "tenant.cutoffs.b-tax", current.bTaxPerMu());
		BigDecimalField cTax = field("cTaxPerMu", "tenant.cutoffs.c-tax", current.cTaxPerMu());
		BigDecimalField aOut = field("aOutputPerMu", "tenant.cutoffs.a-output", current.aOutputPerMu());
		BigDecimalField bOut = field("bOutputPerMu", "tenant.cutoffs.b-output", current.bOutputPerMu());
		BigDecimalField cOut = field("cOutputPerMu", "tenant.cutoffs.c-output", current.cOutputPerMu());
		this.note.setLabel(getTranslation("admission.rules.note"));
		this.note.setMaxLength(500);
		var form = new FormLayout(aTax, aOut, bTax, bOut, cTax, cOut, this.note);
		form.setColspan(this.note, 2);
		this.error.addClassName("form-error");
		add(new Paragraph(getTranslation("tenant.cutoffs.help")), form, this.error);
		this.save.setText(getTranslation("admission.rules.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> {
			try {
				GradingCutoffs saved = performance
					.saveCutoffs(new GradingForm(current.parkId(), current.version(), aTax.getValue(), bTax.getValue(),
							cTax.getValue(), aOut.getValue(), bOut.getValue(), cOut.getValue(), this.note.getValue()));
				close();
				onSaved.accept(saved);
			}
			catch (DomainException ex) {
				BigDecimalField field = (ex.arguments().length > 0) ? this.fields.get(String.valueOf(ex.arguments()[0]))
						: null;
				String key = ex.messageKey().startsWith("validation.") ? ex.messageKey() + ".field" : ex.messageKey();
				if (field != null) {
					field.setErrorMessage(getTranslation(key, ex.arguments()));
					field.setInvalid(true);
				}
				else {
					this.error.setText(getTranslation(ex.messageKey(), ex.arguments()));
				}
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

	private BigDecimalField field(String name, String labelKey, BigDecimal value) {
		BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
		field.setValue(value);
		this.fields.put(name, field);
		return field;
	}

}
