package cn.zhaoshang.crm.ui.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.zhaoshang.crm.activity.ActivityRow;
import cn.zhaoshang.crm.activity.ActivityService;
import cn.zhaoshang.crm.admission.AdmissionService;
import cn.zhaoshang.crm.fulfilment.FulfilmentService;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.project.ProjectDetail;
import cn.zhaoshang.crm.project.ProjectForm;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.project.StageChange;
import cn.zhaoshang.crm.reference.ReferenceData;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.ui.audit.HistoryGrid;
import cn.zhaoshang.crm.ui.base.Formats;
import cn.zhaoshang.crm.ui.land.ProjectLandPanel;
import cn.zhaoshang.crm.user.UserAccountService;
import cn.zhaoshang.crm.user.UserRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One project: its figures with the derived ones, the stage with its timeline, and the
 * activities logged against it. Editing and moving are offered when crm-core says the
 * user may (ProjectDetail.editable) and are checked there again.
 */
@Route("project")
@RolesAllowed({ Roles.STAFF, Roles.DIRECTOR, Roles.PARK_OPERATOR, Roles.ADMIN })
class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

	final H2 title = new H2();

	final Span stage = new Span();

	final Button move = new Button();

	final Button logActivity = new Button();

	final Button edit = new Button();

	final Grid<StageChange> timeline = new Grid<>();

	final Grid<ActivityRow> activityGrid = new Grid<>();

	private final FormLayout figures = new FormLayout();

	final HorizontalLayout collaborators = new HorizontalLayout();

	/** The audit trail of the project (need-to-know: hidden under a code name). */
	final HistoryGrid changeHistory = new HistoryGrid(false);

	private final H3 changeHistoryTitle = new H3();

	final ComboBox<UserRef> addCollaborator = new ComboBox<>();

	private final UserAccountService users;

	private final ProjectService projects;

	private final ActivityService activities;

	private final boolean logsActivities;

	private @Nullable ProjectDetail project;

	final AdmissionSection admission;

	final FulfilmentSection fulfilment;

	private final AdmissionService admissionService;

	private final boolean director;

	private final @Nullable List<UserRef> staffForReassignment;

	/** Land requests, reservations and matching (the land feature's own component). */
	final ProjectLandPanel land;

	ProjectView(ProjectService projects, ActivityService activities, InvestorService investors,
			UserAccountService users, CurrentUser currentUser, ReferenceData reference, ProjectLandPanel land,
			AdmissionService admission, FulfilmentService fulfilment) {
		this.land = land;
		this.staffForReassignment = ProjectEditors.staffIfManager(users, currentUser);
		this.users = users;
		this.projects = projects;
		this.activities = activities;
		var user = currentUser.require();
		this.logsActivities = !user.roles().equals(java.util.Set.of(Roles.PARK_OPERATOR));
		this.admissionService = admission;
		this.director = user.hasRole(Roles.DIRECTOR);
		this.admission = new AdmissionSection(admission, reference, this.director);
		this.fulfilment = new FulfilmentSection(fulfilment);
		this.stage.addClassName("stage-badge");
		this.stage.setId("project-stage");
		this.title.setId("project-title");
		this.move.setId("project-move");
		this.logActivity.setId("project-log-activity");
		this.edit.setId("project-edit");
		this.timeline.setId("project-timeline");
		this.activityGrid.setId("project-activities");
		this.move.setText(getTranslation("project.action.move"));
		this.move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.move.addClickListener(click -> openMove(null));
		this.logActivity.setText(getTranslation("activity.action.log"));
		this.logActivity.addClickListener(click -> {
			ProjectDetail p = this.project;
			if (p != null) {
				new LogActivityDialog(this.activities, p.investorId(), p.id(), this::refreshActivities).open();
			}
		});

		this.timeline.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.timeline.setAllRowsVisible(true);
		this.timeline.addColumn(c -> Formats.dateTime(c.changedAt()))
			.setHeader(getTranslation("project.timeline.when"))
			.setAutoWidth(true);
		this.timeline.addColumn(c -> (c.fromStage() != null) ? getTranslation(c.fromStage().messageKey()) : "")
			.setHeader(getTranslation("project.timeline.from"))
			.setAutoWidth(true);
		this.timeline.addColumn(c -> getTranslation(c.toStage().messageKey()))
			.setHeader(getTranslation("project.timeline.to"))
			.setAutoWidth(true);
		this.timeline.addColumn(StageChange::changedByName)
			.setHeader(getTranslation("project.timeline.who"))
			.setAutoWidth(true);
		this.timeline.addColumn(StageChange::note).setHeader(getTranslation("project.timeline.note")).setFlexGrow(3);

		this.activityGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.activityGrid.setAllRowsVisible(true);
		this.activityGrid
			.addColumn(a -> (a.occurredAt() != null) ? Formats.dateTime(a.occurredAt()) : String.valueOf(a.dueDate()))
			.setHeader(getTranslation("activity.field.date"))
			.setAutoWidth(true);
		this.activityGrid.addColumn(a -> getTranslation("activity.type." + a.type().name()))
			.setHeader(getTranslation("activity.field.type"))
			.setAutoWidth(true);
		this.activityGrid.addColumn(ActivityRow::subject)
			.setHeader(getTranslation("activity.field.subject"))
			.setFlexGrow(2);
		this.activityGrid.addColumn(ActivityRow::participants)
			.setHeader(getTranslation("activity.field.participants"))
			.setFlexGrow(1);
		this.activityGrid.addColumn(ActivityRow::nextStep)
			.setHeader(getTranslation("activity.field.next-step"))
			.setFlexGrow(2);
		this.activityGrid.addColumn(ActivityRow::ownerName)
			.setHeader(getTranslation("activity.field.owner"))
			.setAutoWidth(true);

		this.edit.setText(getTranslation("project.action.edit"));
		this.edit.addClickListener(click -> {
			ProjectDetail p = this.project;
			if (p != null) {
				new ProjectEditor(this.projects, investors, reference, ProjectForm.of(p), this.staffForReassignment,
						id -> load(id))
					.open();
			}
		});
		var header = new HorizontalLayout(this.title, this.stage, this.move, this.edit, this.logActivity);
		header.setAlignItems(Alignment.BASELINE);
		header.setWrap(true);
		this.collaborators.setAlignItems(Alignment.BASELINE);
		this.collaborators.setWrap(true);
		this.collaborators.setId("project-collaborators");
		this.addCollaborator.setPlaceholder(getTranslation("project.collaborators.add"));
		this.addCollaborator.setItemLabelGenerator(UserRef::displayName);
		this.addCollaborator.addValueChangeListener(e -> {
			ProjectDetail p = this.project;
			if (e.getValue() != null && p != null) {
				this.projects.addCollaborator(p.id(), e.getValue().id());
				showCollaborators(p);
			}
		});
		this.changeHistory.setId("project-history");
		this.changeHistory.nameReferences(reference::parks, reference::zones, reference::industries);
		this.changeHistory.setHeight("320px");
		this.changeHistoryTitle.setText(getTranslation("audit.history.title"));
		add(header, this.figures, this.land, new H3(getTranslation("project.collaborators.title")), this.collaborators,
				new H3(getTranslation("project.timeline.title")), this.timeline,
				new H3(getTranslation("activity.title")), this.activityGrid, this.changeHistoryTitle,
				this.changeHistory);
		// issue 6: admission and commitments vs. actuals, each in its own section
		addComponentAtIndex(2, this.admission);
		addComponentAtIndex(3, this.fulfilment);
	}

	@Override
	public void setParameter(BeforeEvent event, Long id) {
		load(id);
	}

	private void load(long id) {
		ProjectDetail p = this.projects.get(id);
		this.project = p;
		this.title.setText(p.code() + " · " + p.name());
		this.stage.setText(getTranslation(p.stage().messageKey()));
		this.move.setVisible(p.editable());
		this.edit.setVisible(p.editable() && !p.nameHidden());
		this.logActivity.setVisible(p.editable() && this.logsActivities);
		showFigures(p);
		this.land.show(p);
		showCollaborators(p);
		this.timeline.setItems(this.projects.history(id)); // a project's few dozen moves
															// at most
		refreshActivities();
		this.admission.load(p);
		this.fulfilment.load(p);
		// the trail holds the real name and every figure: only for those who see them
		boolean historyShown = !p.nameHidden();
		this.changeHistoryTitle.setVisible(historyShown);
		this.changeHistory.setVisible(historyShown);
		if (historyShown) {
			this.changeHistory.show(page -> this.projects.changeHistory(id, page),
					() -> this.projects.changeHistoryCount(id));
		}
	}

	/** The owner and those the project is shared with (need-to-know). */
	private void showCollaborators(ProjectDetail p) {
		this.collaborators.removeAll();
		this.collaborators.add(new Span(getTranslation("project.collaborators.owner", p.ownerName())));
		for (UserRef person : this.projects.collaborators(p.id())) {
			Span chip = new Span(person.displayName());
			chip.addClassName("collaborator");
			this.collaborators.add(chip);
			if (p.editable()) {
				Button remove = new Button(getTranslation("project.collaborators.remove"), click -> {
					this.projects.removeCollaborator(p.id(), person.id());
					showCollaborators(p);
				});
				remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
				this.collaborators.add(remove);
			}
		}
		if (p.editable() && this.logsActivities) {
			// the zone's staff and directors: a few dozen people
			this.addCollaborator.setItems(this.users.colleagues().stream().filter(u -> u.id() != p.ownerId()).toList());
			this.addCollaborator.clear();
			this.collaborators.add(this.addCollaborator);
		}
	}

	private void refreshActivities() {
		ProjectDetail p = this.project;
		if (p != null && this.logsActivities) {
			this.activityGrid.setItems(this.activities.forProject(p.id()));
		}
	}

	/** From the board too: the same dialog, the same rules. */
	void openMove(@Nullable Stage proposed) {
		ProjectDetail p = this.project;
		if (p != null) {
			new StageMoveDialog(this.projects, new SigningPanel(this.admissionService, this.director, p.id()), p.id(),
					p.version(), p.stage(), proposed, newVersion -> load(p.id()))
				.open();
		}
	}

	private void showFigures(ProjectDetail p) {
		Locale locale = getLocale();
		this.figures.removeAll();
		figure("project.field.investor", p.investorName());
		figure("project.field.owner", p.ownerName());
		figure("project.field.investment", Formats.wanYuan(p.investmentTotal(), locale));
		figure("project.field.investment-usd", usd(p.investmentForeignUsd(), locale));
		figure("project.field.fixed-assets", Formats.wanYuan(p.fixedAssetInvestment(), locale));
		figure("project.field.land", Formats.area(p.landRequestedMu(), locale));
		figure("project.field.intensity", perMu(p.figures().investmentIntensity(), locale));
		figure("project.field.output", Formats.wanYuan(p.annualOutput(), locale));
		figure("project.field.output-per-mu", perMu(p.figures().outputPerMu(), locale));
		figure("project.field.tax", Formats.wanYuan(p.annualTax(), locale));
		figure("project.field.tax-per-mu", perMu(p.figures().taxPerMu(), locale));
		figure("project.field.jobs", (p.jobs() != null) ? String.valueOf(p.jobs()) : "");
		figure("project.field.energy", (p.energyTce() != null) ? Formats.decimal(p.energyTce(), locale) + " tce" : "");
		figure("project.field.capacity", p.capacityText());
		figure("project.field.expected-signing",
				(p.expectedSigningDate() != null) ? p.expectedSigningDate().toString() : "");
		figure("project.field.major", getTranslation(p.figures().major() ? "common.yes" : "common.no"));
		if (p.lostReason() != null) {
			figure("project.field.lost-reason", p.lostReason());
		}
	}

	private void figure(String labelKey, @Nullable String value) {
		Span text = new Span((value != null && !value.isBlank()) ? value : "—");
		this.figures.addFormItem(text, getTranslation(labelKey));
	}

	private String perMu(@Nullable BigDecimal value, Locale locale) {
		return (value == null) ? "" : Formats.decimal(value, locale) + " " + getTranslation("unit.wan-per-mu");
	}

	private String usd(@Nullable BigDecimal value, Locale locale) {
		return (value == null) ? "" : Formats.decimal(value, locale) + " " + getTranslation("unit.wan-usd");
	}

	@Override
	public String getPageTitle() {
		ProjectDetail p = this.project;
		return (p != null) ? p.name() : getTranslation("menu.projects");
	}

}
