package cn.zhaoshang.crm.ui.project;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import cn.zhaoshang.crm.investor.InvestorRef;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.project.ProjectForm;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.reference.IndustryRef;
import cn.zhaoshang.crm.reference.ParkRef;
import cn.zhaoshang.crm.reference.ReferenceData;
import cn.zhaoshang.crm.reference.ZoneRef;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.LeadSource;
import cn.zhaoshang.crm.ui.base.Formats;
import cn.zhaoshang.crm.ui.base.NumberFields;
import cn.zhaoshang.crm.user.UserRef;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a project's figures (never its stage: that moves only through the
 * stage dialog). Numbers are BigDecimal end to end; crm-core's refusals go next to their
 * field.
 */
class ProjectEditor extends Dialog {

	final TextField name = new TextField();

	final ComboBox<InvestorRef> investor = new ComboBox<>();

	final TextField codeName = new TextField();

	final Checkbox confidential = new Checkbox();

	final IntegerField jobs = new IntegerField();

	final TextField capacity = new TextField();

	final DatePicker expectedSigning = new DatePicker();

	final TextArea description = new TextArea();

	final Button save = new Button();

	final ComboBox<IndustryRef> industry = new ComboBox<>();

	final ComboBox<ParkRef> park = new ComboBox<>();

	final ComboBox<ZoneRef> zone = new ComboBox<>();

	final ComboBox<LeadSource> source = new ComboBox<>();

	/** Directors and admins hand projects to a staff member (reassign owner). */
	final ComboBox<UserRef> owner = new ComboBox<>();

	final com.vaadin.flow.component.html.Span derived = new com.vaadin.flow.component.html.Span();

	/** Figure fields by the form's component name, in display order. */
	final Map<String, BigDecimalField> figures = new LinkedHashMap<>();

	private final ProjectForm loaded;

	ProjectEditor(ProjectService projects, InvestorService investors, ReferenceData reference, ProjectForm form,
			@Nullable List<UserRef> staffForReassignment, LongConsumer onSaved) {
		this.loaded = form;
		chooseReferences(reference, form);
		this.owner.setLabel(getTranslation("project.field.owner"));
		this.owner.setItemLabelGenerator(UserRef::displayName);
		this.owner.setVisible(staffForReassignment != null);
		if (staffForReassignment != null) {
			// the zone's staff: a few dozen people
			this.owner.setItems(staffForReassignment);
			staffForReassignment.stream()
				.filter(u -> Long.valueOf(u.id()).equals(form.ownerId()))
				.findFirst()
				.ifPresent(this.owner::setValue);
		}
		setHeaderTitle(getTranslation((form.id() == null) ? "project.editor.new" : "project.editor.edit"));
		setWidth("min(1000px, 96vw)");
		this.name.setId("project-name");
		this.investor.setId("project-investor");
		this.expectedSigning.setId("project-expected-signing");
		this.jobs.setId("project-jobs");
		this.name.setLabel(getTranslation("project.field.name"));
		this.name.setMaxLength(200);
		this.name.setRequiredIndicatorVisible(true);
		this.name.setValue((form.name() != null) ? form.name() : "");
		this.investor.setLabel(getTranslation("project.field.investor"));
		this.investor.setRequiredIndicatorVisible(true);
		this.investor.setItemLabelGenerator(InvestorRef::nameZh);
		this.investor.setItems(query -> investors.lookup(query.getFilter().orElse(""))
			.stream()
			.skip(query.getOffset())
			.limit(query.getLimit()));
		if (form.investorId() != null) {
			this.investor.setValue(new InvestorRef(form.investorId(), investors.get(form.investorId()).nameZh()));
		}
		this.codeName.setLabel(getTranslation("project.field.code-name"));
		this.codeName.setMaxLength(100);
		this.codeName.setValue((form.codeName() != null) ? form.codeName() : "");
		this.confidential.setLabel(getTranslation("project.field.confidential"));
		this.confidential.setValue(form.confidential());
		figure("investmentTotal", "project.field.investment", "unit.wan-yuan", form.investmentTotal());
		figure("investmentForeignUsd", "project.field.investment-usd", "unit.wan-usd", form.investmentForeignUsd());
		figure("fixedAssetInvestment", "project.field.fixed-assets", "unit.wan-yuan", form.fixedAssetInvestment());
		figure("landRequestedMu", "project.field.land", "unit.mu", form.landRequestedMu());
		figure("buildingAreaM2", "project.field.building-area", "unit.m2", form.buildingAreaM2());
		figure("annualOutput", "project.field.output", "unit.wan-yuan", form.annualOutput());
		figure("annualTax", "project.field.tax", "unit.wan-yuan", form.annualTax());
		figure("energyTce", "project.field.energy", "unit.tce", form.energyTce());
		figure("codT", "project.field.cod", "unit.t-per-year", form.codT());
		figure("nh3nT", "project.field.nh3n", "unit.t-per-year", form.nh3nT());
		figure("so2T", "project.field.so2", "unit.t-per-year", form.so2T());
		figure("noxT", "project.field.nox", "unit.t-per-year", form.noxT());
		figure("powerKva", "project.field.power", "unit.kva", form.powerKva());
		figure("waterTPerDay", "project.field.water", "unit.t-per-day", form.waterTPerDay());
		figure("gasM3PerDay", "project.field.gas", "unit.m3-per-day", form.gasM3PerDay());
		this.jobs.setLabel(getTranslation("project.field.jobs"));
		this.jobs.setMin(0);
		NumberFields.explained(this.jobs);
		this.jobs.setValue(form.jobs());
		this.capacity.setLabel(getTranslation("project.field.capacity"));
		this.capacity.setMaxLength(200);
		this.capacity.setValue((form.capacityText() != null) ? form.capacityText() : "");
		this.expectedSigning.setLabel(getTranslation("project.field.expected-signing"));
		this.expectedSigning.setValue(form.expectedSigningDate());
		// the same years crm-core and the database accept
		this.expectedSigning.setMin(java.time.LocalDate.of(2000, 1, 1));
		this.expectedSigning.setMax(java.time.LocalDate.of(2099, 12, 31));
		this.description.setLabel(getTranslation("project.field.description"));
		this.description.setMaxLength(5000);
		this.description.setValue((form.description() != null) ? form.description() : "");

		this.derived.setId("project-derived");
		this.derived.addClassName("derived-figures");
		for (String field : java.util.List.of("investmentTotal", "investmentForeignUsd", "landRequestedMu",
				"annualOutput", "annualTax")) {
			this.figures.get(field).addValueChangeListener(e -> showDerived(projects));
		}
		showDerived(projects);
		var layout = new FormLayout(this.name, this.investor, this.industry, this.source, this.park, this.zone,
				this.codeName, this.confidential, this.owner);
		this.figures.values().forEach(layout::add);
		layout.add(this.jobs, this.capacity, this.expectedSigning, this.description);
		layout.setColspan(this.description, 2);
		add(layout, this.derived);

		this.save.setId("project-save");
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save(projects, onSaved));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

	/** Industry, preferred park and zone (narrowed to the park), source. */
	private void chooseReferences(ReferenceData reference, ProjectForm form) {
		java.util.Locale locale = getLocale();
		this.industry.setLabel(getTranslation("project.field.industry"));
		this.industry.setItemLabelGenerator(i -> i.name(locale));
		this.industry.setClearButtonVisible(true);
		List<IndustryRef> industries = reference.industries();
		this.industry.setItems(industries);
		this.industry.setValue(industries.stream()
			.filter(i -> Long.valueOf(i.id()).equals(form.industryId()))
			.findFirst()
			.orElse(null));
		this.source.setLabel(getTranslation("project.field.source"));
		this.source.setItems(LeadSource.values());
		this.source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
		this.source.setClearButtonVisible(true);
		this.source.setValue(form.source());
		List<ZoneRef> zones = reference.zones();
		this.park.setLabel(getTranslation("project.filter.park"));
		this.park.setItemLabelGenerator(p -> p.name(locale));
		this.park.setClearButtonVisible(true);
		List<ParkRef> parks = reference.parks();
		this.park.setItems(parks);
		this.zone.setLabel(getTranslation("project.field.zone"));
		this.zone.setItemLabelGenerator(z -> z.name(locale));
		this.zone.setClearButtonVisible(true);
		this.park.addValueChangeListener(e -> {
			ParkRef chosen = e.getValue();
			List<ZoneRef> inPark = (chosen != null) ? zones.stream().filter(z -> z.parkId() == chosen.id()).toList()
					: List.of();
			this.zone.setItems(inPark);
			this.zone.setEnabled(!inPark.isEmpty());
		});
		this.park.setValue(parks.stream()
			.filter(p -> Long.valueOf(p.id()).equals(form.preferredParkId()))
			.findFirst()
			.orElse(null));
		this.zone.setEnabled(
				this.park.getValue() != null && zones.stream().anyMatch(z -> z.parkId() == this.park.getValue().id()));
		this.zone.setValue(zones.stream()
			.filter(z -> Long.valueOf(z.id()).equals(form.preferredZoneId()))
			.findFirst()
			.orElse(null));
	}

	/** Investment intensity, output and tax per 亩, major project: as the user types. */
	private void showDerived(ProjectService projects) {
		var f = projects.figuresFor(value("investmentTotal"), value("investmentForeignUsd"), value("landRequestedMu"),
				value("annualOutput"), value("annualTax"));
		java.util.Locale locale = getLocale();
		String perMu = getTranslation("unit.wan-per-mu");
		this.derived.setText(getTranslation("project.editor.derived",
				(f.investmentIntensity() != null) ? Formats.decimal(f.investmentIntensity(), locale) + " " + perMu
						: "—",
				(f.outputPerMu() != null) ? Formats.decimal(f.outputPerMu(), locale) + " " + perMu : "—",
				(f.taxPerMu() != null) ? Formats.decimal(f.taxPerMu(), locale) + " " + perMu : "—",
				getTranslation(f.major() ? "common.yes" : "common.no")));
	}

	private void figure(String field, String labelKey, String unitKey, @Nullable BigDecimal value) {
		BigDecimalField input = new BigDecimalField(getTranslation(labelKey));
		input.setId("project-" + field);
		input.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation(unitKey)));
		NumberFields.explained(input);
		input.setValue(value);
		this.figures.put(field, input);
	}

	private @Nullable BigDecimal value(String field) {
		return this.figures.get(field).getValue();
	}

	void save(ProjectService projects, LongConsumer onSaved) {
		if (this.name.getValue().isBlank()) {
			show(this.name, getTranslation("validation.required.field"));
			return;
		}
		if (this.investor.getValue() == null) {
			show(this.investor, getTranslation("validation.required.field"));
			return;
		}
		if (this.figures.values().stream().anyMatch(BigDecimalField::isInvalid)) {
			return; // text in a number field: Vaadin already marks it
		}
		ProjectForm form = new ProjectForm(this.loaded.id(), this.loaded.version(), this.name.getValue(),
				this.codeName.getValue(), this.confidential.getValue(), this.investor.getValue().id(),
				(this.industry.getValue() != null) ? this.industry.getValue().id() : null, value("investmentTotal"),
				value("investmentForeignUsd"), value("fixedAssetInvestment"), value("landRequestedMu"),
				value("buildingAreaM2"), (this.park.getValue() != null) ? this.park.getValue().id() : null,
				(this.zone.getValue() != null) ? this.zone.getValue().id() : null, value("annualOutput"),
				value("annualTax"), this.jobs.getValue(), value("energyTce"), value("codT"), value("nh3nT"),
				value("so2T"), value("noxT"), value("powerKva"), value("waterTPerDay"), value("gasM3PerDay"),
				this.capacity.getValue(), this.expectedSigning.getValue(), this.source.getValue(),
				this.description.getValue(),
				(this.owner.getValue() != null) ? Long.valueOf(this.owner.getValue().id()) : this.loaded.ownerId());
		try {
			long id;
			if (form.id() == null) {
				id = projects.create(form);
			}
			else {
				projects.update(form);
				id = form.id();
			}
			close();
			onSaved.accept(id);
		}
		catch (DomainException ex) {
			if (!showAtField(ex)) {
				throw ex;
			}
		}
	}

	private boolean showAtField(DomainException ex) {
		String key = ex.messageKey();
		HasValidation field = null;
		if (key.startsWith("project.error.name")) {
			field = this.name;
		}
		else if (key.equals("project.error.code-name-required")) {
			field = this.codeName;
		}
		else if (key.equals("project.error.land-too-large")) {
			field = this.figures.get("landRequestedMu");
		}
		else if (key.equals("project.error.investor-required")) {
			field = this.investor;
		}
		else if (key.equals("project.error.zone-not-in-park")) {
			field = this.zone;
		}
		else if (key.equals("project.error.park-not-found")) {
			field = this.park;
		}
		else if (key.equals("project.error.industry-not-found")) {
			field = this.industry;
		}
		else if (ex.arguments().length > 0) {
			String component = String.valueOf(ex.arguments()[0]);
			field = switch (component) {
				case "jobs" -> this.jobs;
				case "expectedSigningDate" -> this.expectedSigning;
				case "capacityText" -> this.capacity;
				case "description" -> this.description;
				case "codeName" -> this.codeName;
				default -> this.figures.get(component);
			};
		}
		if (field == null) {
			return false;
		}
		show(field, getTranslation(key, ex.arguments()));
		return true;
	}

	private static void show(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

}
