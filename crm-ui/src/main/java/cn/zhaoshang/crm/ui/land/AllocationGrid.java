package cn.zhaoshang.crm.ui.land;

import java.util.Locale;

import cn.zhaoshang.crm.land.AllocationRow;
import cn.zhaoshang.crm.land.AllocationService;
import cn.zhaoshang.crm.land.AllocationStatus;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Reservations and allocations with their lifecycle, and the actions crm-core says the
 * user may take on each row (confirm, release); crm-core checks them again.
 */
public class AllocationGrid extends Grid<AllocationRow> {

	private final AllocationService allocations;

	private final Runnable onChange;

	/**
	 * @param showPark the project page shows where; the park page shows for whom
	 */
	public AllocationGrid(AllocationService allocations, boolean showPark, Runnable onChange) {
		this.allocations = allocations;
		this.onChange = onChange;
		addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		Locale locale = getLocale();
		boolean chinese = "zh".equals(locale.getLanguage());
		addColumn(AllocationRow::plotCode).setHeader(getTranslation("allocation.field.plot"))
			.setKey("plot")
			.setAutoWidth(true)
			.setFlexGrow(0);
		if (showPark) {
			addColumn(a -> (chinese ? a.parkNameZh() : a.parkNameEn())
					+ ((a.zoneNameZh() != null) ? " · " + (chinese ? a.zoneNameZh() : a.zoneNameEn()) : ""))
				.setHeader(getTranslation("allocation.field.park"))
				.setKey("park")
				.setFlexGrow(2);
		}
		else {
			addColumn(a -> a.projectCode() + " " + a.projectName())
				.setHeader(getTranslation("allocation.field.project"))
				.setKey("project")
				.setFlexGrow(3);
			addColumn(a -> getTranslation(a.projectStage().messageKey()))
				.setHeader(getTranslation("allocation.field.stage"))
				.setKey("stage")
				.setAutoWidth(true);
		}
		addColumn(a -> Formats.area(a.areaMu(), locale)).setHeader(getTranslation("allocation.field.area"))
			.setKey("area")
			.setAutoWidth(true);
		addComponentColumn(this::status).setHeader(getTranslation("allocation.field.status"))
			.setKey("status")
			.setAutoWidth(true);
		addColumn(this::history).setHeader(getTranslation("allocation.field.history")).setKey("history").setFlexGrow(3);
		addComponentColumn(this::actions).setHeader(getTranslation("allocation.field.actions"))
			.setKey("actions")
			.setAutoWidth(true)
			.setFlexGrow(0);
		setPartNameGenerator(a -> a.holdsLand() ? null : "inactive");
	}

	private Span status(AllocationRow a) {
		Span badge = new Span(getTranslation(a.expired() ? "allocation.status.expired" : a.status().messageKey()));
		badge.addClassNames("allocation-status",
				"allocation-" + (a.expired() ? "expired" : a.status().name().toLowerCase(Locale.ROOT)));
		return badge;
	}

	/** Who reserved it and when, until when, who confirmed or released it and why. */
	private String history(AllocationRow a) {
		StringBuilder text = new StringBuilder(getTranslation("allocation.history.reserved",
				String.valueOf(a.reservedBy()), Formats.dateTime(a.reservedAt())));
		if (a.status() == AllocationStatus.RESERVED && a.expiresAt() != null) {
			text.append(getTranslation("common.separator"))
				.append(getTranslation("allocation.history.expires", Formats.dateTime(a.expiresAt())));
		}
		if (a.confirmedAt() != null) {
			text.append(getTranslation("common.separator"))
				.append(getTranslation("allocation.history.confirmed", String.valueOf(a.confirmedBy()),
						Formats.dateTime(a.confirmedAt())));
		}
		if (a.status() == AllocationStatus.RELEASED) {
			text.append(getTranslation("common.separator"))
				.append(getTranslation("allocation.history.released",
						(a.releasedBy() != null) ? a.releasedBy() : getTranslation("allocation.history.system"),
						Formats.dateTime(a.releasedAt()),
						(a.releaseKind() != null) ? getTranslation(a.releaseKind().messageKey()) : ""));
			if (a.releaseReason() != null) {
				text.append(getTranslation("common.colon")).append(a.releaseReason());
			}
		}
		return text.toString();
	}

	private HorizontalLayout actions(AllocationRow a) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(false);
		if (a.confirmable()) {
			Button confirm = new Button(getTranslation("allocation.action.confirm"), click -> confirm(a));
			confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
			confirm.addClassName("confirm-allocation");
			actions.add(confirm);
		}
		else if (a.status() == AllocationStatus.RESERVED && !a.expired() && !a.projectStage().isSignedOrLater()) {
			Span waiting = new Span(getTranslation("allocation.hint.not-signed"));
			waiting.addClassName("allocation-hint");
			actions.add(waiting);
		}
		if (a.releasable()) {
			Button release = new Button(getTranslation("allocation.action.release"),
					click -> new ReleaseDialog(this.allocations, a, this::changed).open());
			release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			release.addClassName("release-allocation");
			actions.add(release);
		}
		return actions;
	}

	private void confirm(AllocationRow a) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("allocation-confirm");
		dialog.setHeader(getTranslation("allocation.confirm.title"));
		dialog.setText(getTranslation("allocation.confirm.text", a.plotCode(), Formats.area(a.areaMu(), getLocale()),
				a.projectCode() + " " + a.projectName()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation("allocation.action.confirm"));
		dialog.addConfirmListener(e -> {
			this.allocations.confirm(a.id(), a.version());
			Notification.show(getTranslation("allocation.confirmed", a.plotCode()), 4000,
					Notification.Position.BOTTOM_START);
			changed();
		});
		dialog.open();
	}

	private void changed() {
		this.onChange.run();
	}

}
