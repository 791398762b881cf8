package cn.zhaoshang.crm.ui.land;

import cn.zhaoshang.crm.land.AllocationRow;
import cn.zhaoshang.crm.land.AllocationService;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Releases a reservation or an allocation by hand; the reason is required. */
class ReleaseDialog extends Dialog {

	final TextArea reason = new TextArea();

	final Button release = new Button();

	ReleaseDialog(AllocationService allocations, AllocationRow row, Runnable onReleased) {
		setHeaderTitle(getTranslation("allocation.release.title"));
		add(new Paragraph(getTranslation("allocation.release.text", row.plotCode(),
				Formats.area(row.areaMu(), getLocale()), row.projectCode() + " " + row.projectName())));
		this.reason.setLabel(getTranslation("allocation.field.release-reason"));
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setMaxLength(500);
		this.reason.setWidthFull();
		add(this.reason);
		this.release.setText(getTranslation("allocation.action.release"));
		this.release.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		this.release.addClickListener(click -> {
			try {
				allocations.release(row.id(), row.version(), this.reason.getValue());
				close();
				onReleased.run();
			}
			catch (DomainException ex) {
				if (!LandFields.show(ex, this.reason)) {
					throw ex;
				}
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.release);
	}

}
