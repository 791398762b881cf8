package cn.zhaoshang.crm.ui.land;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.zhaoshang.crm.land.LandRequestForm;
import cn.zhaoshang.crm.land.LandRequestService;
import cn.zhaoshang.crm.park.LandUse;
import cn.zhaoshang.crm.park.ParkRef;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.park.ZoneRef;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/** Adds or edits a project's land request; crm-core's refusals go next to their field. */
class LandRequestDialog extends Dialog {

	final BigDecimalField area = new BigDecimalField();

	final ComboBox<ParkRef> park = new ComboBox<>();

	final ComboBox<ZoneRef> zone = new ComboBox<>();

	final ComboBox<LandUse> landUse = new ComboBox<>();

	final BigDecimalField power = new BigDecimalField();

	final BigDecimalField water = new BigDecimalField();

	final BigDecimalField gas = new BigDecimalField();

	final TextArea notes = new TextArea();

	final Button save = new Button();

	private final LandRequestForm loaded;

	LandRequestDialog(LandRequestService requests, ParkService parks, LandRequestForm form, Runnable onSaved) {
		this.loaded = form;
		boolean chinese = "zh".equals(getLocale().getLanguage());
		setHeaderTitle(getTranslation((form.id() == null) ? "land-request.new" : "land-request.edit"));
		setWidth("min(720px, 96vw)");
		number(this.area, "land-request.field.area", "unit.mu", form.areaMu());
		this.area.setRequiredIndicatorVisible(true);
		this.park.setLabel(getTranslation("land-request.field.park"));
		this.park.setItems(parks.parks()); // the four parks
		this.park.setItemLabelGenerator(p -> chinese ? p.nameZh() : p.nameEn());
		this.park.setClearButtonVisible(true);
		this.zone.setLabel(getTranslation("land-request.field.zone"));
		this.zone.setItemLabelGenerator(z -> chinese ? z.nameZh() : z.nameEn());
		this.zone.setClearButtonVisible(true);
		this.park.addValueChangeListener(e -> {
			this.zone.clear();
			this.zone.setItems((e.getValue() != null) ? parks.zones(e.getValue().id()) : java.util.List.of());
			this.zone.setEnabled(e.getValue() != null);
		});
		this.zone.setEnabled(false);
		this.park.getListDataView()
			.getItems()
			.filter(p -> Long.valueOf(p.id()).equals(form.parkId()))
			.findFirst()
			.ifPresent(this.park::setValue);
		this.zone.getListDataView()
			.getItems()
			.filter(z -> Long.valueOf(z.id()).equals(form.zoneId()))
			.findFirst()
			.ifPresent(this.zone::setValue);
		this.landUse.setLabel(getTranslation("land-request.field.land-use"));
		this.landUse.setItems(Arrays.asList(LandUse.values()));
		this.landUse.setItemLabelGenerator(u -> getTranslation(u.messageKey()));
		this.landUse.setValue(form.landUse());
		number(this.power, "land-request.field.power", "unit.kva", form.powerKva());
		number(this.water, "land-request.field.water", "unit.t-per-day", form.waterTPerDay());
		number(this.gas, "land-request.field.gas", "unit.m3-per-day", form.gasM3PerDay());
		this.notes.setLabel(getTranslation("land-request.field.notes"));
		this.notes.setMaxLength(500);
		this.notes.setValue((form.notes() != null) ? form.notes() : "");
		FormLayout layout = new FormLayout(this.area, this.landUse, this.park, this.zone, this.power, this.water,
				this.gas, this.notes);
		layout.setColspan(this.notes, 2);
		add(layout);
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save(requests, onSaved));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

	private void number(BigDecimalField field, String labelKey, String unitKey, @Nullable BigDecimal value) {
		field.setLabel(getTranslation(labelKey));
		field.setSuffixComponent(new Span(getTranslation(unitKey)));
		field.setValue(value);
	}

	void save(LandRequestService requests, Runnable onSaved) {
		if (this.area.isInvalid() || this.power.isInvalid() || this.water.isInvalid() || this.gas.isInvalid()) {
			return; // text in a number field: Vaadin already marks it
		}
		LandRequestForm form = new LandRequestForm(this.loaded.id(), this.loaded.version(), this.loaded.projectId(),
				this.area.getValue(), (this.park.getValue() != null) ? Long.valueOf(this.park.getValue().id()) : null,
				(this.zone.getValue() != null) ? Long.valueOf(this.zone.getValue().id()) : null,
				this.landUse.getValue(), this.power.getValue(), this.water.getValue(), this.gas.getValue(),
				this.notes.getValue());
		try {
			requests.save(form);
			close();
			onSaved.run();
		}
		catch (DomainException ex) {
			Map<String, HasValidation> fields = new LinkedHashMap<>();
			fields.put("areaMu", this.area);
			fields.put("parkId", this.park);
			fields.put("zoneId", this.zone);
			fields.put("powerKva", this.power);
			fields.put("waterTPerDay", this.water);
			fields.put("gasM3PerDay", this.gas);
			fields.put("notes", this.notes);
			LandFields.show(ex, fields, this.area);
		}
	}

}
