package cn.zhaoshang.crm.ui.admission;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.zhaoshang.crm.admission.AdmissionRules;
import cn.zhaoshang.crm.admission.AdmissionRulesForm;
import cn.zhaoshang.crm.admission.AdmissionService;
import cn.zhaoshang.crm.reference.IndustryRef;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Edits a park's admission rules; saving writes the next version (evaluations made with
 * the old one keep it). An empty threshold is not checked.
 */
class RulesDialog extends Dialog {

	final Map<String, BigDecimalField> thresholds = new LinkedHashMap<>();

	final Checkbox veto = new Checkbox();

	final MultiSelectComboBox<IndustryRef> excluded = new MultiSelectComboBox<>();

	final TextArea note = new TextArea();

	final Paragraph error = new Paragraph();

	final Button save = new Button();

	RulesDialog(AdmissionService admission, List<IndustryRef> industries, AdmissionRules current,
			Consumer<AdmissionRules> onSaved) {
		setHeaderTitle(getTranslation("admission.rules.edit-title", current.version() + 1));
		setWidth("min(760px, 96vw)");
		BigDecimalField intensity = field("minInvestmentIntensity", "admission.rules.min-intensity",
				current.minInvestmentIntensity());
		BigDecimalField output = field("minOutputPerMu", "admission.rules.min-output", current.minOutputPerMu());
		BigDecimalField tax = field("minTaxPerMu", "admission.rules.min-tax", current.minTaxPerMu());
		BigDecimalField energy = field("maxEnergyPerOutput", "admission.rules.max-energy",
				current.maxEnergyPerOutput());
		BigDecimalField cod = field("maxCodT", "admission.rules.max-cod", current.maxCodT());
		BigDecimalField nh3n = field("maxNh3nT", "admission.rules.max-nh3n", current.maxNh3nT());
		BigDecimalField so2 = field("maxSo2T", "admission.rules.max-so2", current.maxSo2T());
		BigDecimalField nox = field("maxNoxT", "admission.rules.max-nox", current.maxNoxT());
		BigDecimalField band = field("conditionalBandPct", "admission.rules.band", current.conditionalBandPct());
		this.veto.setLabel(getTranslation("admission.rules.veto"));
		this.veto.setValue(current.vetoHighPollution());
		boolean chinese = "zh".equals(getLocale().getLanguage());
		this.excluded.setLabel(getTranslation("admission.rules.excluded"));
		this.excluded.setItems(industries); // the taxonomy: a few dozen rows
		this.excluded.setItemLabelGenerator(i -> chinese ? i.nameZh() : i.nameEn());
		this.excluded.select(industries.stream().filter(i -> current.excludedIndustryIds().contains(i.id())).toList());
		this.note.setLabel(getTranslation("admission.rules.note"));
		this.note.setMaxLength(500);
		var form = new FormLayout();
		this.thresholds.values().forEach(form::add);
		form.add(this.veto, this.excluded, this.note);
		form.setColspan(this.excluded, 2);
		form.setColspan(this.note, 2);
		this.error.addClassName("form-error");
		add(new Paragraph(getTranslation("admission.rules.edit-help")), form, this.error);

		this.save.setText(getTranslation("admission.rules.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> {
			this.error.setText("");
			try {
				AdmissionRules saved = admission.saveRules(new AdmissionRulesForm(current.parkId(), current.version(),
						intensity.getValue(), output.getValue(), tax.getValue(), energy.getValue(), cod.getValue(),
						nh3n.getValue(), so2.getValue(), nox.getValue(), this.veto.getValue(), band.getValue(),
						this.excluded.getSelectedItems().stream().map(IndustryRef::id).toList(), this.note.getValue()));
				close();
				onSaved.accept(saved);
			}
			catch (DomainException ex) {
				BigDecimalField field = (ex.arguments().length > 0)
						? this.thresholds.get(String.valueOf(ex.arguments()[0])) : null;
				String text = getTranslation(ex.messageKey(), ex.arguments());
				if (ex.messageKey().equals("admission.error.band-range")) {
					field = band;
				}
				if (field != null) {
					field.setErrorMessage(text);
					field.setInvalid(true);
				}
				else {
					this.error.setText(text);
				}
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

	private BigDecimalField field(String name, String labelKey, BigDecimal value) {
		BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
		field.setValue(value);
		this.thresholds.put(name, field);
		return field;
	}

}
