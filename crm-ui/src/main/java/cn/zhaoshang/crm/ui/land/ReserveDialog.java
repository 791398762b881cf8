package cn.zhaoshang.crm.ui.land;

import java.math.BigDecimal;
import java.util.List;

import cn.zhaoshang.crm.land.AllocationService;
import cn.zhaoshang.crm.land.ReserveForm;
import cn.zhaoshang.crm.matching.PlotTake;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * Reserves land of one of the plots a match proposes for a land request; the area starts
 * at what the match would take. crm-core decides whether the land is still free.
 */
public class ReserveDialog extends Dialog {

	final ComboBox<PlotTake> plot = new ComboBox<>();

	final BigDecimalField area = new BigDecimalField();

	final Button reserve = new Button();

	public ReserveDialog(AllocationService allocations, long landRequestId, String projectLabel, List<PlotTake> plots,
			Runnable onReserved) {
		setHeaderTitle(getTranslation("allocation.reserve.title"));
		add(new Paragraph(getTranslation("allocation.reserve.text", projectLabel, allocations.reservationDays())));
		this.plot.setLabel(getTranslation("allocation.field.plot"));
		this.plot.setItems(plots);
		this.plot.setItemLabelGenerator(
				p -> getTranslation("allocation.reserve.plot-option", p.code(), Formats.area(p.freeMu(), getLocale())));
		this.plot.setRequiredIndicatorVisible(true);
		this.area.setLabel(getTranslation("allocation.field.area"));
		this.area.setSuffixComponent(new Span(getTranslation("unit.mu")));
		this.area.setRequiredIndicatorVisible(true);
		this.plot.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				this.area.setValue(e.getValue().takeMu().signum() > 0 ? e.getValue().takeMu() : e.getValue().freeMu());
			}
		});
		if (!plots.isEmpty()) {
			this.plot.setValue(plots.getFirst());
		}
		add(new FormLayout(this.plot, this.area));
		this.reserve.setText(getTranslation("allocation.action.reserve"));
		this.reserve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.reserve.addClickListener(click -> {
			if (this.plot.getValue() == null) {
				this.plot.setErrorMessage(getTranslation("validation.required.field"));
				this.plot.setInvalid(true);
				return;
			}
			if (this.area.isInvalid()) {
				return;
			}
			try {
				BigDecimal mu = this.area.getValue();
				allocations.reserve(new ReserveForm(this.plot.getValue().plotId(), landRequestId, mu));
				close();
				onReserved.run();
			}
			catch (DomainException ex) {
				if (!LandFields.show(ex, java.util.Map.of("areaMu", this.area, "plot", this.plot), this.area)) {
					throw ex;
				}
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.reserve);
	}

}
