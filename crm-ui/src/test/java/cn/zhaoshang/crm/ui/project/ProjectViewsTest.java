package cn.zhaoshang.crm.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.crm.activity.ActivityType;
import cn.zhaoshang.crm.project.ProjectFilter;
import cn.zhaoshang.crm.project.ProjectRow;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project list, page and board, driven as staff on the demo data; each test rolls
 * back.
 */
@WithUserDetails("staff")
@Transactional
class ProjectViewsTest extends BrowserlessTestBase {

	@Autowired
	ProjectService projects;

	@Autowired
	cn.zhaoshang.crm.investor.InvestorService investors;

	private ProjectRow baicNev() {
		return this.projects.list(ProjectFilter.byName("北汽新能源"), PageRequest.first(5)).getFirst();
	}

	@Test
	void the_list_shows_exactly_the_projects_crm_core_lets_staff_see() {
		ProjectListView view = navigate(ProjectListView.class);
		assertThat(test(view.grid).size()).isEqualTo(this.projects.count(ProjectFilter.none())).isPositive();
		test(view.stage).selectItem("在谈");
		assertThat(test(view.grid).size()).isPositive();
		for (int i = 0; i < test(view.grid).size(); i++) {
			assertThat(test(view.grid).getRow(i).stage()).isEqualTo(Stage.NEGOTIATION);
		}
	}

	@Test
	void staff_move_their_project_from_negotiation_through_agreement_to_signed_and_see_it_in_the_timeline() {
		ProjectRow row = baicNev();
		ProjectView view = navigate(ProjectView.class, row.id());
		assertThat(view.stage.getText()).isEqualTo("在谈");
		int moves = test(view.timeline).size();

		move(view, "框架协议", "签署投资框架协议");
		assertThat(view.stage.getText()).isEqualTo("框架协议");
		move(view, "合同签约", "双方签订投资合同");

		assertThat(view.stage.getText()).isEqualTo("合同签约");
		assertThat(test(view.timeline).size()).isEqualTo(moves + 2);
		assertThat(test(view.timeline).getRow(moves).note()).isEqualTo("签署投资框架协议");
		assertThat(test(view.timeline).getRow(moves + 1).note()).isEqualTo("双方签订投资合同");
		assertThat(this.projects.get(row.id()).stage()).isEqualTo(Stage.SIGNED);
	}

	private void move(ProjectView view, String target, String note) {
		test(view.move).click();
		roundTrip();
		StageMoveDialog dialog = find(StageMoveDialog.class).single();
		test(dialog.target).selectItem(target);
		test(dialog.note).setValue(note);
		test(dialog.confirm).click();
		roundTrip();
	}

	@Test
	void the_project_page_shows_its_change_history_newest_first() {
		ProjectRow row = baicNev();
		ProjectView view = navigate(ProjectView.class, row.id());
		assertThat(view.changeHistory.isVisible()).isTrue();
		int before = test(view.changeHistory).size();
		test(view.move).click();
		roundTrip();
		StageMoveDialog dialog = find(StageMoveDialog.class).single();
		test(dialog.target).selectItem("框架协议");
		test(dialog.note).setValue("签署投资框架协议");
		test(dialog.confirm).click();

		assertThat(test(view.changeHistory).size()).isEqualTo(before + 1);
		assertThat(test(view.changeHistory).getRow(0).action()).isEqualTo("STAGE_CHANGE");
		assertThat(cell(view, 0, "action")).isEqualTo("阶段变更");
		assertThat(cell(view, 0, "who")).isEqualTo("staff");
		assertThat(cell(view, 0, "changes")).contains("阶段：在谈 → 框架协议").contains("说明：— → 签署投资框架协议");
	}

	private String cell(ProjectView view, int row, String key) {
		return test(view.changeHistory).getCellText(row,
				view.changeHistory.getColumns().indexOf(view.changeHistory.getColumnByKey(key)));
	}

	@Test
	void a_refused_move_is_explained_at_the_field_and_nothing_changes() {
		ProjectRow row = baicNev();
		ProjectView view = navigate(ProjectView.class, row.id());
		test(view.move).click();
		roundTrip();
		StageMoveDialog dialog = find(StageMoveDialog.class).single();
		test(dialog.target).selectItem("终止");
		test(dialog.confirm).click(); // LOST without a reason
		assertThat(dialog.lostReason.isInvalid()).isTrue();
		assertThat(dialog.isOpened()).isTrue();
		assertThat(this.projects.get(row.id()).stage()).isEqualTo(Stage.NEGOTIATION);
	}

	@Test
	void staff_log_a_site_inspection_on_the_project_page() {
		ProjectView view = navigate(ProjectView.class, baicNev().id());
		int before = test(view.activityGrid).size();
		test(view.logActivity).click();
		roundTrip();
		LogActivityDialog dialog = find(LogActivityDialog.class).single();
		dialog.type.setValue(ActivityType.SITE_INSPECTION);
		test(dialog.subject).setValue("北汽新能源考察工业生产区地块");
		test(dialog.participants).setValue("张伟；北汽新能源规划部 3 人");
		test(dialog.nextStep).setValue("报送用地需求");
		test(dialog.save).click();
		assertThat(test(view.activityGrid).size()).isEqualTo(before + 1);
	}

	@Test
	void the_board_has_a_column_per_stage_and_a_drop_asks_through_the_same_dialog() {
		ProjectBoardView board = navigate(ProjectBoardView.class);
		assertThat(board.columns).hasSize(11);
		ProjectRow row = baicNev();
		board.drop(row, Stage.SIGNED);
		roundTrip();
		StageMoveDialog dialog = find(StageMoveDialog.class).single();
		assertThat(dialog.target.getValue()).isEqualTo(Stage.SIGNED);
		test(dialog.confirm).click();
		assertThat(this.projects.get(row.id()).stage()).isEqualTo(Stage.SIGNED);
	}

	@Test
	void staff_create_a_project_for_an_investor_and_land_on_its_page() {
		int before = this.projects.count(ProjectFilter.none());
		ProjectListView list = navigate(ProjectListView.class);
		test(list.create).click();
		roundTrip();
		ProjectEditor editor = list.editor;
		test(editor.name).setValue("现代摩比斯电动化零部件项目");
		editor.investor.setValue(this.investors.lookup("现代摩比斯").getFirst());
		test(editor.industry).selectItem("汽车零部件");
		test(editor.source).selectItem("以商招商");
		assertThat(editor.zone.isEnabled()).as("no park chosen yet").isFalse();
		test(editor.park).selectItem("汽车零部件产业园");
		assertThat(test(editor.zone).getSuggestionItems()).extracting(z -> z.nameZh())
			.containsExactly("工业生产区", "汽车后市场区", "综合配套区");
		test(editor.zone).selectItem("工业生产区");
		editor.figures.get("investmentTotal").setValue(new java.math.BigDecimal("80000"));
		editor.figures.get("landRequestedMu").setValue(new java.math.BigDecimal("200"));
		assertThat(editor.derived.getText()).startsWith("投资强度 400.00 万元/亩");
		test(editor.save).click();
		assertThat(this.projects.count(ProjectFilter.none())).isEqualTo(before + 1);
		ProjectView page = (ProjectView) getCurrentView();
		assertThat(page.stage.getText()).isEqualTo("线索");
		assertThat(page.title.getText()).endsWith("现代摩比斯电动化零部件项目");
		var saved = this.projects
			.get(this.projects.list(ProjectFilter.byName("现代摩比斯电动化"), PageRequest.first(1)).getFirst().id());
		assertThat(saved.preferredZoneId()).isNotNull();
		assertThat(saved.source()).isEqualTo(cn.zhaoshang.crm.shared.LeadSource.TENANT_REFERRAL);
		assertThat(this.projects.count(new ProjectFilter(null, null, null, null, saved.preferredParkId(), null, null,
				saved.industryId(), null, null, null)))
			.isPositive();
	}

	@Test
	void the_list_narrows_by_industry_cluster_and_investor_ownership() {
		ProjectListView view = navigate(ProjectListView.class);
		int all = test(view.grid).size();
		test(view.cluster).selectItem("汽车产业");
		int auto = test(view.grid).size();
		assertThat(auto).isPositive().isLessThanOrEqualTo(all).isEqualTo(this.projects.count(view.filter()));
		test(view.ownership).selectItem("外资");
		assertThat(test(view.grid).size()).isLessThanOrEqualTo(auto).isEqualTo(this.projects.count(view.filter()));
		assertThat(view.filter().cluster()).isEqualTo(cn.zhaoshang.crm.investor.IndustryCluster.AUTO);
	}

	@Test
	void absurd_figures_are_refused_next_to_their_field() {
		ProjectView page = navigate(ProjectView.class, baicNev().id());
		test(page.edit).click();
		roundTrip();
		ProjectEditor editor = find(ProjectEditor.class).single();
		editor.figures.get("landRequestedMu").setValue(new java.math.BigDecimal("20000"));
		test(editor.save).click();
		assertThat(editor.figures.get("landRequestedMu").isInvalid()).isTrue();
		assertThat(editor.isOpened()).isTrue();
		editor.figures.get("landRequestedMu").setValue(new java.math.BigDecimal("2000"));
		editor.figures.get("investmentTotal").setValue(new java.math.BigDecimal("-1"));
		test(editor.save).click();
		assertThat(editor.figures.get("investmentTotal").isInvalid()).isTrue();
		assertThat(this.projects.get(baicNev().id()).investmentTotal()).isEqualByComparingTo("500000");
	}

	@Test
	@WithUserDetails("director")
	void a_director_hands_a_project_to_another_staff_member() {
		ProjectView page = navigate(ProjectView.class, baicNev().id());
		test(page.edit).click();
		roundTrip();
		ProjectEditor editor = find(ProjectEditor.class).single();
		assertThat(editor.owner.isVisible()).isTrue();
		test(editor.owner).selectItem("李娜");
		test(editor.save).click();
		assertThat(this.projects.get(baicNev().id()).ownerName()).isEqualTo("李娜");
	}

	@Test
	void staff_do_not_get_the_owner_choice() {
		ProjectView page = navigate(ProjectView.class, baicNev().id());
		test(page.edit).click();
		roundTrip();
		assertThat(find(ProjectEditor.class).single().owner.isVisible()).isFalse();
	}

	@Test
	void staff_share_their_project_with_a_colleague() {
		ProjectView page = navigate(ProjectView.class, baicNev().id());
		test(page.addCollaborator).selectItem("李娜");
		assertThat(this.projects.collaborators(baicNev().id())).extracting(cn.zhaoshang.crm.user.UserRef::displayName)
			.contains("李娜");
		assertThat(find(com.vaadin.flow.component.html.Span.class).withText("李娜").all()).isNotEmpty();
	}

	@Test
	@WithUserDetails("director")
	void a_director_narrows_the_list_by_park_and_owner() {
		ProjectListView view = navigate(ProjectListView.class);
		int all = test(view.grid).size();
		test(view.owner).selectItem("李娜");
		int lina = test(view.grid).size();
		assertThat(lina).isPositive().isLessThan(all);
		for (int i = 0; i < lina; i++) {
			assertThat(test(view.grid).getRow(i).ownerName()).isEqualTo("李娜");
		}
		view.owner.clear();
		test(view.park).selectItem("高端管道装备产业园");
		assertThat(test(view.grid).size()).isPositive().isLessThan(all);
	}

}
