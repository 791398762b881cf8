package cn.zhaoshang.crm.ui.project;

import java.time.LocalDate;
import java.util.Map;

import cn.zhaoshang.crm.fulfilment.FulfilmentService;
import cn.zhaoshang.crm.fulfilment.FundsForm;
import cn.zhaoshang.crm.fulfilment.FundsKind;
import cn.zhaoshang.crm.fulfilment.FundsOrigin;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** Records money that arrived for a project (到位资金). */
class FundsDialog extends Dialog {

	final DatePicker receivedOn = new DatePicker();

	final BigDecimalField amount = new BigDecimalField();

	final ComboBox<FundsKind> kind = new ComboBox<>();

	final ComboBox<FundsOrigin> origin = new ComboBox<>();

	final TextField note = new TextField();

	final Button save = new Button();

	FundsDialog(FulfilmentService fulfilment, long projectId, Runnable onSaved) {
		setHeaderTitle(getTranslation("fulfilment.action.funds"));
		this.receivedOn.setLabel(getTranslation("fulfilment.funds.received-on"));
		this.receivedOn.setValue(LocalDate.now());
		this.amount.setLabel(getTranslation("fulfilment.funds.amount-wan"));
		this.kind.setLabel(getTranslation("fulfilment.funds.kind"));
		this.kind.setItems(FundsKind.values());
		this.kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
		this.kind.setValue(FundsKind.FIXED_ASSET);
		this.origin.setLabel(getTranslation("fulfilment.funds.origin"));
		this.origin.setItems(FundsOrigin.values());
		this.origin.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
		this.note.setLabel(getTranslation("fulfilment.funds.note"));
		this.note.setMaxLength(500);
		add(new FormLayout(this.receivedOn, this.amount, this.kind, this.origin, this.note));
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> {
			try {
				fulfilment.addFunds(new FundsForm(projectId, this.receivedOn.getValue(), this.amount.getValue(),
						this.kind.getValue(), this.origin.getValue(), this.note.getValue()));
				close();
				onSaved.run();
			}
			catch (DomainException ex) {
				FormErrors.show(this, ex,
						Map.of("receivedOn", this.receivedOn, "amount", this.amount, "kind", this.kind, "origin",
								this.origin, "note", this.note),
						Map.of("fulfilment.error.amount-positive", this.amount), this.amount);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
