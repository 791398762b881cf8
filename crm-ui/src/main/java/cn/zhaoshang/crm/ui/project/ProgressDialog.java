package cn.zhaoshang.crm.ui.project;

import java.util.Map;

import cn.zhaoshang.crm.fulfilment.Commitment;
import cn.zhaoshang.crm.fulfilment.FulfilmentService;
import cn.zhaoshang.crm.fulfilment.ProgressForm;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** Actual start, production and capacity dates, the area built and a stop of work. */
class ProgressDialog extends Dialog {

	final DatePicker actualStart = new DatePicker();

	final DatePicker actualProduction = new DatePicker();

	final DatePicker actualCapacity = new DatePicker();

	final BigDecimalField builtArea = new BigDecimalField();

	final DatePicker workStoppedSince = new DatePicker();

	final Button save = new Button();

	ProgressDialog(FulfilmentService fulfilment, Commitment c, Runnable onSaved) {
		setHeaderTitle(getTranslation("fulfilment.action.progress"));
		setWidth("min(720px, 96vw)");
		this.actualStart.setLabel(getTranslation("fulfilment.field.actual-start"));
		this.actualProduction.setLabel(getTranslation("fulfilment.field.actual-production"));
		this.actualCapacity.setLabel(getTranslation("fulfilment.field.actual-capacity"));
		this.builtArea.setLabel(getTranslation("fulfilment.field.built-area"));
		this.workStoppedSince.setLabel(getTranslation("fulfilment.field.work-stopped"));
		this.actualStart.setValue(c.actualStart());
		this.actualProduction.setValue(c.actualProduction());
		this.actualCapacity.setValue(c.actualCapacity());
		this.builtArea.setValue(c.builtAreaM2());
		this.workStoppedSince.setValue(c.workStoppedSince());
		add(new Paragraph(getTranslation("fulfilment.progress.help")), new FormLayout(this.actualStart,
				this.actualProduction, this.actualCapacity, this.builtArea, this.workStoppedSince));
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> {
			try {
				fulfilment.saveProgress(new ProgressForm(c.projectId(), c.version(), this.actualStart.getValue(),
						this.actualProduction.getValue(), this.actualCapacity.getValue(), this.builtArea.getValue(),
						this.workStoppedSince.getValue()));
				close();
				onSaved.run();
			}
			catch (DomainException ex) {
				FormErrors.show(this, ex, Map.of("builtAreaM2", this.builtArea),
						Map.of("fulfilment.error.production-before-start", this.actualProduction,
								"fulfilment.error.capacity-before-production", this.actualCapacity,
								"fulfilment.error.stopped-before-start", this.workStoppedSince),
						this.actualStart);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
