package cn.zhaoshang.crm.ui.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.zhaoshang.crm.admission.AdmissionResult;
import cn.zhaoshang.crm.admission.AdmissionService;
import cn.zhaoshang.crm.admission.Criterion;
import cn.zhaoshang.crm.admission.CriterionResult;
import cn.zhaoshang.crm.admission.Evaluation;
import cn.zhaoshang.crm.admission.Outcome;
import cn.zhaoshang.crm.project.ProjectDetail;
import cn.zhaoshang.crm.reference.ParkRef;
import cn.zhaoshang.crm.reference.ReferenceData;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * 准入评价 on the project page: run an evaluation against a park, see every evaluation with
 * the rules' version it used, and each criterion with its value, threshold and margin. A
 * director overrides a failed evaluation here, with a written reason.
 */
class AdmissionSection extends VerticalLayout {

	final ComboBox<ParkRef> park = new ComboBox<>();

	final Button evaluate = new Button();

	final Grid<Evaluation> evaluations = new Grid<>();

	final Paragraph detail = new Paragraph();

	final Grid<CriterionResult> criteria = new Grid<>();

	final Button override = new Button();

	private final AdmissionService admission;

	private final boolean director;

	private @Nullable ProjectDetail project;

	AdmissionSection(AdmissionService admission, ReferenceData reference, boolean director) {
		this.admission = admission;
		this.director = director;
		setPadding(false);
		setId("admission-section");
		Locale locale = getLocale();
		boolean chinese = "zh".equals(locale.getLanguage());
		this.park.setLabel(getTranslation("admission.evaluate.park"));
		this.park.setWidth("22em");
		this.park.setItems(reference.parks()); // the zone's four parks
		this.park.setItemLabelGenerator(p -> chinese ? p.nameZh() : p.nameEn());
		this.evaluate.setText(getTranslation("admission.evaluate.run"));
		this.evaluate.addClickListener(click -> run());
		var controls = new HorizontalLayout(this.park, this.evaluate);
		controls.setAlignItems(Alignment.BASELINE);

		this.evaluations.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.evaluations.setAllRowsVisible(true);
		this.evaluations.addColumn(e -> Formats.dateTime(e.evaluatedAt()))
			.setHeader(getTranslation("admission.field.date"))
			.setAutoWidth(true);
		this.evaluations.addColumn(e -> chinese ? e.parkNameZh() : e.parkNameEn())
			.setHeader(getTranslation("admission.field.park"))
			.setFlexGrow(2);
		this.evaluations.addColumn(e -> getTranslation(e.result().messageKey()))
			.setHeader(getTranslation("admission.field.result"))
			.setPartNameGenerator(e -> "result-" + e.result().name().toLowerCase(Locale.ROOT))
			.setAutoWidth(true);
		this.evaluations.addColumn(e -> getTranslation("admission.field.rules-version-n", e.rules().version()))
			.setHeader(getTranslation("admission.field.rules-version"))
			.setAutoWidth(true);
		this.evaluations.addColumn(Evaluation::evaluatedByName)
			.setHeader(getTranslation("admission.field.by"))
			.setAutoWidth(true);
		this.evaluations
			.addColumn(e -> (e.override() != null)
					? getTranslation("admission.override.by", e.override().byName(), e.override().reason()) : "")
			.setHeader(getTranslation("admission.field.override"))
			.setFlexGrow(3);
		this.evaluations.asSingleSelect().addValueChangeListener(e -> showCriteria(e.getValue()));

		this.criteria.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.criteria.setAllRowsVisible(true);
		this.criteria.addColumn(c -> getTranslation(c.criterion().messageKey()))
			.setHeader(getTranslation("admission.field.criterion"))
			.setFlexGrow(2);
		this.criteria.addColumn(c -> value(c.criterion(), c.value()))
			.setHeader(getTranslation("admission.field.value"))
			.setAutoWidth(true);
		this.criteria.addColumn(this::threshold)
			.setHeader(getTranslation("admission.field.threshold"))
			.setAutoWidth(true);
		this.criteria.addColumn(c -> value(c.criterion(), c.margin()))
			.setHeader(getTranslation("admission.field.margin"))
			.setAutoWidth(true);
		this.criteria.addColumn(this::outcome)
			.setHeader(getTranslation("admission.field.outcome"))
			.setPartNameGenerator(c -> "outcome-" + c.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.setFlexGrow(2);

		this.override.setText(getTranslation("admission.override.action"));
		this.override.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.override.addClickListener(click -> openOverride());
		this.override.setVisible(false);
		this.detail.setId("admission-detail");
		var detailRow = new HorizontalLayout(this.detail, this.override);
		detailRow.setAlignItems(Alignment.BASELINE);
		add(new H3(getTranslation("admission.title")), controls, this.evaluations, detailRow, this.criteria);
	}

	void load(ProjectDetail p) {
		this.project = p;
		// park operators read; whoever may edit the project evaluates it
		this.park.setVisible(p.editable());
		this.evaluate.setVisible(p.editable());
		if (this.park.getValue() == null && p.preferredParkId() != null) {
			this.park.getListDataView()
				.getItems()
				.filter(r -> r.id() == p.preferredParkId())
				.findFirst()
				.ifPresent(this.park::setValue);
		}
		refresh(null);
	}

	private void refresh(@Nullable Long select) {
		ProjectDetail p = this.project;
		if (p == null) {
			return;
		}
		List<Evaluation> all = this.admission.evaluations(p.id()); // a handful per
																	// project
		this.evaluations.setItems(all);
		Evaluation chosen = all.stream().filter(e -> select == null || e.id() == select).findFirst().orElse(null);
		if (chosen != null) {
			this.evaluations.select(chosen);
		}
		else {
			showCriteria(null);
		}
	}

	private void run() {
		ProjectDetail p = this.project;
		ParkRef chosen = this.park.getValue();
		if (p == null || chosen == null) {
			this.park.setErrorMessage(getTranslation("validation.required.field"));
			this.park.setInvalid(true);
			return;
		}
		this.park.setInvalid(false);
		try {
			Evaluation e = this.admission.evaluate(p.id(), chosen.id());
			refresh(e.id());
		}
		catch (DomainException ex) {
			this.park.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
			this.park.setInvalid(true);
		}
	}

	private void showCriteria(@Nullable Evaluation e) {
		this.criteria.setVisible(e != null);
		this.detail.setVisible(e != null);
		// an override matters where the project is to be signed: its preferred park,
		// before
		// signing
		ProjectDetail p = this.project;
		this.override.setVisible(e != null && p != null && this.director && e.blocksSigning()
				&& Objects.equals(p.preferredParkId(), e.parkId()) && !p.stage().isSignedOrLater());
		if (e == null) {
			this.criteria.setItems(List.of());
			return;
		}
		this.detail
			.setText(getTranslation("admission.detail", getTranslation(e.result().messageKey()), e.rules().version(),
					Formats.dateTime(e.rules().createdAt()), Formats.dateTime(e.evaluatedAt()), e.evaluatedByName()));
		this.criteria.setItems(e.criteria());
	}

	private void openOverride() {
		Evaluation e = this.evaluations.asSingleSelect().getValue();
		if (e == null) {
			return;
		}
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("admission.override.action"));
		TextArea reason = new TextArea(getTranslation("admission.override.reason"));
		reason.setWidthFull();
		reason.setMaxLength(1000);
		Button confirm = new Button(getTranslation("admission.override.confirm"), click -> {
			try {
				this.admission.override(e.id(), reason.getValue());
				dialog.close();
				refresh(e.id());
			}
			catch (DomainException ex) {
				reason.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
				reason.setInvalid(true);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		dialog.add(new Paragraph(getTranslation("admission.override.help")), reason);
		dialog.setWidth("min(560px, 96vw)");
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
		dialog.open();
	}

	private String outcome(CriterionResult c) {
		String text = getTranslation(c.outcome().messageKey());
		if (c.outcome() == Outcome.MISSING) {
			text += getTranslation("admission.missing",
					c.missing()
						.stream()
						.map(f -> getTranslation("admission.figure." + f))
						.collect(Collectors.joining(getTranslation("common.list-separator"))));
		}
		return text;
	}

	private String threshold(CriterionResult c) {
		if (c.threshold() == null) {
			return "";
		}
		return (c.criterion().minimum() ? "≥ " : "≤ ") + value(c.criterion(), c.threshold());
	}

	/** A value in the criterion's unit, with as many decimals as the rules use. */
	private String value(Criterion criterion, @Nullable BigDecimal value) {
		if (value == null || criterion.industry()) {
			return "";
		}
		Locale locale = getLocale();
		return switch (criterion) {
			case ENERGY_PER_OUTPUT -> Formats.decimal(value, locale, 4) + " " + getTranslation("unit.tce-per-wan");
			case COD, NH3N, SO2, NOX -> Formats.decimal(value, locale, 3) + " " + getTranslation("unit.t-per-year");
			default -> Formats.decimal(value, locale) + " " + getTranslation("unit.wan-per-mu");
		};
	}

	/** For tests and the page: the results shown, newest first. */
	List<AdmissionResult> results() {
		return this.evaluations.getListDataView().getItems().map(Evaluation::result).filter(Objects::nonNull).toList();
	}

}
