package cn.zhaoshang.crm.ui.project;

import cn.zhaoshang.crm.admission.AdmissionService;
import cn.zhaoshang.crm.admission.BudgetOverrun;
import cn.zhaoshang.crm.admission.Evaluation;
import cn.zhaoshang.crm.admission.SigningCheck;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * In the stage dialog, when a move would sign the project: its latest admission
 * evaluation for the park (a FAIL needs a director's override, which a director may give
 * here with a reason) and the zone budgets it would overdraw (a warning). crm-core
 * decides; this only shows it.
 */
class SigningPanel extends VerticalLayout {

	final Paragraph admission = new Paragraph();

	final Paragraph budgets = new Paragraph();

	final TextArea overrideReason = new TextArea();

	private final AdmissionService admissionService;

	private final boolean director;

	private final long projectId;

	private @Nullable SigningCheck check;

	SigningPanel(AdmissionService admissionService, boolean director, long projectId) {
		this.admissionService = admissionService;
		this.director = director;
		this.projectId = projectId;
		setPadding(false);
		setSpacing(false);
		this.admission.addClassName("signing-warning");
		this.budgets.addClassName("signing-warning");
		this.overrideReason.setLabel(getTranslation("admission.override.reason"));
		this.overrideReason.setMaxLength(1000);
		this.overrideReason.setWidthFull();
		add(this.admission, this.budgets, this.overrideReason);
		show(Stage.LEAD, null);
	}

	/**
	 * Shows what signing means when {@code to} would sign a project now at {@code from}.
	 */
	void show(Stage from, @Nullable Stage to) {
		boolean signing = to != null && to.isSignedOrLater() && !from.isSignedOrLater() && from != Stage.ON_HOLD;
		this.check = signing ? this.admissionService.signingCheck(this.projectId) : null;
		SigningCheck c = this.check;
		Evaluation latest = (c != null) ? c.latest() : null;
		this.admission.setVisible(latest != null);
		if (latest != null) {
			String park = chinese() ? latest.parkNameZh() : latest.parkNameEn();
			String key = c.overrideNeeded()
					? (this.director ? "admission.signing.fail-director" : "admission.signing.fail")
					: "admission.signing.latest";
			this.admission.setText(getTranslation(key, park, getTranslation(latest.result().messageKey()),
					Formats.dateTime(latest.evaluatedAt())));
		}
		this.overrideReason.setVisible(c != null && c.overrideNeeded() && this.director);
		this.budgets.setVisible(c != null && !c.overruns().isEmpty());
		if (c != null && !c.overruns().isEmpty()) {
			StringBuilder text = new StringBuilder(getTranslation("admission.signing.budgets"));
			for (BudgetOverrun o : c.overruns()) {
				text.append(' ')
					.append(getTranslation("admission.signing.budget", getTranslation(o.kind().messageKey()),
							Formats.decimal(o.usedWith(), getLocale()), Formats.decimal(o.total(), getLocale()),
							getTranslation(o.kind().unitKey())));
			}
			this.budgets.setText(text.toString());
		}
	}

	/**
	 * Before the move: a director who wrote a reason overrides the failed evaluation
	 * (crm-core refuses anyone else and a blank reason).
	 */
	void overrideIfGiven() {
		SigningCheck c = this.check;
		if (c != null && c.overrideNeeded() && this.director) {
			Evaluation latest = c.latest();
			if (latest != null) {
				try {
					this.admissionService.override(latest.id(), this.overrideReason.getValue());
				}
				catch (DomainException ex) {
					this.overrideReason.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
					this.overrideReason.setInvalid(true);
					throw ex;
				}
			}
		}
	}

	private boolean chinese() {
		return "zh".equals(getLocale().getLanguage());
	}

}
