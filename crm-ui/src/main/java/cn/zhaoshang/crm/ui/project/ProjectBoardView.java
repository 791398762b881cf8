package cn.zhaoshang.crm.ui.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.zhaoshang.crm.admission.AdmissionService;
import cn.zhaoshang.crm.project.ProjectFilter;
import cn.zhaoshang.crm.project.ProjectRow;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 看板: one column per stage. Dragging a card to another column opens the same move dialog
 * as the project page, with the same rules in crm-core.
 */
@Route("board")
@Menu(order = 16, icon = "vaadin:grid-big", title = "menu.board")
@RolesAllowed({ Roles.STAFF, Roles.DIRECTOR, Roles.ADMIN })
class ProjectBoardView extends HorizontalLayout implements HasDynamicTitle {

	/** Cards shown per column; the header shows the full count. */
	static final int CARDS_PER_COLUMN = 30;

	final List<Column> columns = new ArrayList<>();

	private final ProjectService projects;

	private final AdmissionService admission;

	private final boolean director;

	ProjectBoardView(ProjectService projects, AdmissionService admission, CurrentUser currentUser) {
		this.projects = projects;
		this.admission = admission;
		this.director = currentUser.require().hasRole(Roles.DIRECTOR);
		addClassName("board");
		setSizeFull();
		List<Stage> shown = new ArrayList<>(Stage.mainLine());
		shown.add(Stage.ON_HOLD);
		for (Stage stage : shown) {
			Column column = new Column(stage);
			this.columns.add(column);
			add(column);
		}
		refresh();
	}

	void refresh() {
		var counts = this.projects.stageCounts();
		for (Column column : this.columns) {
			column.fill(
					this.projects.list(ProjectFilter.byStage(column.stage),
							new PageRequest(0, CARDS_PER_COLUMN, List.of(Sort.desc("updatedAt")))),
					counts.getOrDefault(column.stage, 0));
		}
	}

	/** The move a drop asks for, through the shared dialog. */
	void drop(ProjectRow card, Stage target) {
		if (card.stage() == target) {
			return;
		}
		int version = this.projects.get(card.id()).version();
		new StageMoveDialog(this.projects, new SigningPanel(this.admission, this.director, card.id()), card.id(),
				version, card.stage(), target, newVersion -> refresh())
			.open();
	}

	final class Column extends VerticalLayout {

		final Stage stage;

		final H4 title = new H4();

		final VerticalLayout cards = new VerticalLayout();

		Column(Stage stage) {
			this.stage = stage;
			addClassName("board-column");
			setId("board-" + stage.name());
			setPadding(false);
			this.cards.setPadding(false);
			this.cards.setSpacing(false);
			add(this.title, this.cards);
			DropTarget<Column> target = DropTarget.create(this);
			target.addDropListener(event -> event.getDragData()
				.filter(ProjectRow.class::isInstance)
				.map(ProjectRow.class::cast)
				.ifPresent(card -> drop(card, this.stage)));
		}

		void fill(List<ProjectRow> rows, int total) {
			this.title.setText(getTranslation(this.stage.messageKey()) + " (" + total + ")");
			this.cards.removeAll();
			Locale locale = getLocale();
			for (ProjectRow row : rows) {
				Div card = new Div(new Span(row.displayName()),
						new Span(Formats.wanYuan(row.investmentTotal(), locale)));
				card.addClassName("board-card");
				card.setId("board-card-" + row.id());
				card.addClickListener(click -> card.getUI().ifPresent(ui -> ui.navigate(ProjectView.class, row.id())));
				DragSource<Div> drag = DragSource.create(card);
				drag.setDragData(row);
				this.cards.add(card);
			}
		}

	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.board");
	}

}
