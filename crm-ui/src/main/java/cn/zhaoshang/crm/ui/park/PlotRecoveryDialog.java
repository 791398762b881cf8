package cn.zhaoshang.crm.ui.park;

import cn.zhaoshang.crm.land.PlotRecoveryService;
import cn.zhaoshang.crm.land.RecoveryRoute;
import cn.zhaoshang.crm.park.PlotRow;
import cn.zhaoshang.crm.park.PlotStatus;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One step of a plot through 腾笼换鸟: ALLOCATED → IDLE (with the basis), IDLE → RECLAIMING
 * (with the route 收回/转让/出租), RECLAIMING → AVAILABLE. crm-core checks the step, the park
 * and the version; its refusals go next to the field.
 */
class PlotRecoveryDialog extends Dialog {

	final TextArea note = new TextArea();

	final Select<RecoveryRoute> route = new Select<>();

	final Button confirm = new Button();

	private final PlotRow plot;

	PlotRecoveryDialog(PlotRecoveryService recovery, PlotRow plot, Runnable onDone) {
		this.plot = plot;
		setId("plot-recovery-dialog");
		setHeaderTitle(getTranslation(actionKey(plot.status()), plot.code()));
		this.note.setLabel(getTranslation("plot.recovery.note"));
		this.note.setMaxLength(500);
		this.note.setRequiredIndicatorVisible(true);
		this.note.setWidthFull();
		this.note.setId("plot-recovery-note");
		this.route.setLabel(getTranslation("plot.recovery.route"));
		this.route.setItems(RecoveryRoute.values());
		this.route.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
		this.route.setVisible(plot.status() == PlotStatus.IDLE);
		this.route.setId("plot-recovery-route");
		add(this.route, this.note);
		this.confirm.setText(getTranslation(actionKey(plot.status()) + ".confirm"));
		this.confirm.setId("plot-recovery-confirm");
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(click -> {
			try {
				switch (plot.status()) {
					case ALLOCATED -> recovery.markIdle(plot.id(), plot.version(), this.note.getValue());
					case IDLE ->
						recovery.startRecovery(plot.id(), plot.version(), this.route.getValue(), this.note.getValue());
					case RECLAIMING -> recovery.offerAgain(plot.id(), plot.version(), this.note.getValue());
					default -> throw new IllegalStateException("no recovery step from " + plot.status());
				}
				close();
				onDone.run();
			}
			catch (ConcurrentEditException ex) {
				throw ex; // the reload message of the error handler
			}
			catch (DomainException ex) {
				if (ex.messageKey().equals("plot.error.route-required")) {
					this.route.setErrorMessage(getTranslation(ex.messageKey()));
					this.route.setInvalid(true);
				}
				else {
					String key = ex.messageKey().startsWith("validation.") ? ex.messageKey() + ".field"
							: ex.messageKey();
					this.note.setErrorMessage(getTranslation(key, ex.arguments()));
					this.note.setInvalid(true);
				}
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

	/** The step a plot in this status can take, or null when it has none. */
	static String actionKey(PlotStatus status) {
		return switch (status) {
			case ALLOCATED -> "plot.recovery.mark-idle";
			case IDLE -> "plot.recovery.start";
			case RECLAIMING -> "plot.recovery.offer";
			default -> "";
		};
	}

	PlotRow plot() {
		return this.plot;
	}

}
