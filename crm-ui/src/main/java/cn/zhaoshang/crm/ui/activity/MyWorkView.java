package cn.zhaoshang.crm.ui.activity;

import java.time.LocalDate;

import cn.zhaoshang.crm.activity.ActivityRow;
import cn.zhaoshang.crm.activity.ActivityService;
import cn.zhaoshang.crm.activity.IdleProject;
import cn.zhaoshang.crm.activity.MyWork;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 我的工作: overdue and upcoming follow-ups, and my projects that went quiet. */
@Route("my-work")
@Menu(order = 5, icon = "vaadin:tasks", title = "menu.my-work")
@RolesAllowed({ Roles.STAFF, Roles.DIRECTOR, Roles.ADMIN })
class MyWorkView extends VerticalLayout implements HasDynamicTitle {

	final Grid<ActivityRow> overdue = tasks();

	final Grid<ActivityRow> upcoming = tasks();

	final Grid<IdleProject> idle = new Grid<>();

	private final ActivityService activities;

	MyWorkView(ActivityService activities) {
		this.activities = activities;
		this.overdue.setId("mywork-overdue");
		this.upcoming.setId("mywork-upcoming");
		this.idle.setId("mywork-idle");
		this.idle.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.idle.setAllRowsVisible(true);
		this.idle.addColumn(IdleProject::code).setHeader(getTranslation("project.field.code")).setAutoWidth(true);
		this.idle.addColumn(IdleProject::name).setHeader(getTranslation("project.field.name")).setFlexGrow(3);
		this.idle.addColumn(p -> Formats.dateTime(p.lastActivity()))
			.setHeader(getTranslation("mywork.last-activity"))
			.setAutoWidth(true);
		add(new H3(getTranslation("mywork.overdue")), this.overdue, new H3(getTranslation("mywork.upcoming")),
				this.upcoming, new H3(getTranslation("mywork.idle", ActivityService.IDLE_DAYS)), this.idle);
		refresh();
	}

	private Grid<ActivityRow> tasks() {
		Grid<ActivityRow> grid = new Grid<>();
		grid.addThemeVariants(GridVariant.LUMO_COMPACT);
		grid.setAllRowsVisible(true);
		grid.addColumn(ActivityRow::dueDate).setHeader(getTranslation("activity.field.due-date")).setAutoWidth(true);
		grid.addColumn(ActivityRow::subject).setHeader(getTranslation("activity.field.subject")).setFlexGrow(3);
		grid.addColumn(ActivityRow::investorName).setHeader(getTranslation("activity.field.investor")).setFlexGrow(2);
		grid.addComponentColumn(row -> {
			Button done = new Button(getTranslation("activity.action.done"), click -> {
				this.activities.complete(row.id(), row.version());
				refresh();
			});
			done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			return done;
		}).setAutoWidth(true);
		grid.setEmptyStateText(getTranslation("mywork.nothing"));
		return grid;
	}

	private void refresh() {
		MyWork work = this.activities.myWork();
		// short, per-user lists (at most a few dozen rows each)
		this.overdue.setItems(work.overdue());
		this.upcoming.setItems(work.upcoming());
		this.idle.setItems(work.idleProjects());
		this.overdue.setPartNameGenerator(row -> row.overdue(LocalDate.now()) ? "overdue" : null);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.my-work");
	}

}
