package cn.zhaoshang.crm.ui.park;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.zhaoshang.crm.park.LandUse;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.park.PlotForm;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits a plot: code, zone, area, land use, utilities and its rectangle on the
 * plan. crm-core keeps the park's plots within its planned area and says so at the field.
 */
class PlotEditor extends Dialog {

	final TextField code = new TextField();

	final ComboBox<ZoneRef> zone = new ComboBox<>();

	final BigDecimalField area = new BigDecimalField();

	final ComboBox<LandUse> landUse = new ComboBox<>();

	final BigDecimalField power = new BigDecimalField();

	final BigDecimalField water = new BigDecimalField();

	final BigDecimalField gas = new BigDecimalField();

	final IntegerField planX = new IntegerField();

	final IntegerField planY = new IntegerField();

	final IntegerField planW = new IntegerField();

	final IntegerField planH = new IntegerField();

	final BigDecimalField landPrice = new BigDecimalField();

	final TextArea notes = new TextArea();

	final Button save = new Button();

	private final PlotForm loaded;

	PlotEditor(ParkService parks, PlotForm form, Runnable onSaved) {
		this.loaded = form;
		boolean chinese = "zh".equals(getLocale().getLanguage());
		setHeaderTitle(getTranslation((form.id() == null) ? "plot.editor.new" : "plot.editor.edit"));
		setWidth("min(860px, 96vw)");
		this.code.setLabel(getTranslation("plot.field.code"));
		this.code.setRequiredIndicatorVisible(true);
		this.code.setMaxLength(30);
		this.code.setValue((form.code() != null) ? form.code() : "");
		this.zone.setLabel(getTranslation("plot.field.zone"));
		this.zone.setItems(parks.zones(form.parkId())); // a park's few zones
		this.zone.setItemLabelGenerator(z -> chinese ? z.nameZh() : z.nameEn());
		this.zone.setClearButtonVisible(true);
		this.zone.getListDataView()
			.getItems()
			.filter(z -> Long.valueOf(z.id()).equals(form.zoneId()))
			.findFirst()
			.ifPresent(this.zone::setValue);
		number(this.area, "plot.field.area", "unit.mu", form.areaMu());
		this.area.setRequiredIndicatorVisible(true);
		this.landUse.setLabel(getTranslation("plot.field.land-use"));
		this.landUse.setItems(Arrays.asList(LandUse.values()));
		this.landUse.setItemLabelGenerator(u -> getTranslation(u.messageKey()));
		this.landUse.setValue(form.landUse());
		this.landUse.setRequiredIndicatorVisible(true);
		number(this.power, "plot.field.power", "unit.kva", form.powerKva());
		number(this.water, "plot.field.water", "unit.t-per-day", form.waterTPerDay());
		number(this.gas, "plot.field.gas", "unit.m3-per-day", form.gasM3PerDay());
		grid(this.planX, "plot.field.plan-x", form.planX());
		grid(this.planY, "plot.field.plan-y", form.planY());
		grid(this.planW, "plot.field.plan-w", form.planW());
		grid(this.planH, "plot.field.plan-h", form.planH());
		number(this.landPrice, "plot.field.land-price", "unit.wan-yuan", form.landPrice());
		this.notes.setLabel(getTranslation("plot.field.notes"));
		this.notes.setMaxLength(500);
		this.notes.setValue((form.notes() != null) ? form.notes() : "");
		FormLayout layout = new FormLayout(this.code, this.zone, this.area, this.landUse, this.power, this.water,
				this.gas, this.landPrice, this.planX, this.planY, this.planW, this.planH, this.notes);
		layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 4));
		layout.setColspan(this.code, 2);
		layout.setColspan(this.zone, 2);
		layout.setColspan(this.area, 2);
		layout.setColspan(this.landUse, 2);
		layout.setColspan(this.landPrice, 1);
		layout.setColspan(this.notes, 4);
		add(layout);
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save(parks, onSaved));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

	private void number(BigDecimalField field, String labelKey, String unitKey, @Nullable BigDecimal value) {
		field.setLabel(getTranslation(labelKey));
		field.setSuffixComponent(new Span(getTranslation(unitKey)));
		field.setValue(value);
	}

	private void grid(IntegerField field, String labelKey, @Nullable Integer value) {
		field.setLabel(getTranslation(labelKey));
		field.setMin(0);
		field.setMax(PlotPlan.SIZE);
		field.setValue(value);
	}

	void save(ParkService parks, Runnable onSaved) {
		PlotForm form = new PlotForm(this.loaded.id(), this.loaded.version(), this.loaded.parkId(),
				(this.zone.getValue() != null) ? Long.valueOf(this.zone.getValue().id()) : null, this.code.getValue(),
				this.area.getValue(), this.landUse.getValue(), this.power.getValue(), this.water.getValue(),
				this.gas.getValue(), this.planX.getValue(), this.planY.getValue(), this.planW.getValue(),
				this.planH.getValue(), this.landPrice.getValue(), this.notes.getValue());
		try {
			parks.savePlot(form);
			close();
			onSaved.run();
		}
		catch (DomainException ex) {
			Map<String, HasValidation> fields = new LinkedHashMap<>();
			fields.put("code", this.code);
			fields.put("zoneId", this.zone);
			fields.put("areaMu", this.area);
			fields.put("landUse", this.landUse);
			fields.put("powerKva", this.power);
			fields.put("waterTPerDay", this.water);
			fields.put("gasM3PerDay", this.gas);
			fields.put("plan", this.planX);
			fields.put("landPrice", this.landPrice);
			fields.put("notes", this.notes);
			String name = (ex.arguments().length > 0) ? String.valueOf(ex.arguments()[0]) : "";
			HasValidation field = fields.getOrDefault(name, this.code);
			String key = ex.messageKey().startsWith("validation.") ? ex.messageKey() + ".field" : ex.messageKey();
			field.setErrorMessage(getTranslation(key, ex.arguments()));
			field.setInvalid(true);
		}
	}

}
