package cn.zhaoshang.crm.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.crm.admission.AdmissionResult;
import cn.zhaoshang.crm.project.ProjectFilter;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The admission and fulfilment sections of the project page; each test rolls back. */
@Transactional
class ProjectAdmissionViewTest extends BrowserlessTestBase {

	@Autowired
	ProjectService projects;

	private long id(String code) {
		return this.projects.list(ProjectFilter.byName(code), PageRequest.first(5)).getFirst().id();
	}

	@Test
	@WithUserDetails("director")
	void a_director_evaluates_a_project_for_two_parks_and_sees_why_one_passes_and_one_fails() {
		ProjectView view = navigate(ProjectView.class, id("ZS-2016-004"));
		AdmissionSection admission = view.admission;
		assertThat(admission.park.getValue().code()).isEqualTo("AUTO_PARTS"); // the
																				// preferred
																				// park
		test(admission.evaluate).click();
		assertThat(admission.results()).containsExactly(AdmissionResult.PASS);
		assertThat(test(admission.criteria).getCellText(2, 1)).isEqualTo("468.75 万元/亩");
		assertThat(test(admission.criteria).getCellText(2, 2)).isEqualTo("≥ 220.00 万元/亩");

		test(admission.park).selectItem("清华大学汽车研究院产业园");
		test(admission.evaluate).click();
		assertThat(admission.results()).containsExactly(AdmissionResult.FAIL, AdmissionResult.PASS);
		assertThat(admission.detail.getText()).startsWith("结论：不通过。依据第 1 版准入规则");
		assertThat(test(admission.criteria).getCellText(1, 0)).isEqualTo("园区产业定位");
		assertThat(test(admission.criteria).getCellText(1, 4)).isEqualTo("未达标");
		// a landed project shows its commitments beside its actuals, no idle-land clock
		assertThat(view.fulfilment.isVisible()).isTrue();
		assertThat(test(view.fulfilment.figures).getCellText(0, 3)).isEqualTo("-7,000.00 万元");
		assertThat(view.fulfilment.idleLand.isVisible()).isFalse();
	}

	@Test
	@WithUserDetails("director")
	void a_director_overrides_a_failed_evaluation_with_a_reason_in_the_stage_dialog() {
		long project = id("ZS-2026-001");
		ProjectView view = navigate(ProjectView.class, project);
		test(view.admission.evaluate).click();
		assertThat(view.admission.results()).containsExactly(AdmissionResult.FAIL);
		assertThat(view.admission.override.isVisible()).isTrue();

		test(view.move).click();
		roundTrip();
		StageMoveDialog dialog = find(StageMoveDialog.class).single();
		test(dialog.target).selectItem("合同签约");
		assertThat(dialog.signing.admission.getText()).contains("不通过").contains("特批理由");
		assertThat(dialog.signing.overrideReason.isVisible()).isTrue();
		test(dialog.confirm).click(); // no reason
		assertThat(dialog.signing.overrideReason.isInvalid()).isTrue();
		assertThat(this.projects.get(project).stage()).isEqualTo(Stage.LEAD);

		test(dialog.signing.overrideReason).setValue("配套北京现代供应链，局长办公会同意");
		test(dialog.confirm).click();
		assertThat(this.projects.get(project).stage()).isEqualTo(Stage.SIGNED);
		assertThat(test(view.admission.evaluations).getCellText(0, 5)).isEqualTo("王建国：配套北京现代供应链，局长办公会同意");
		// signed now: the commitments can be recorded
		assertThat(view.fulfilment.isVisible()).isTrue();
		assertThat(view.fulfilment.commitments.isVisible()).isTrue();
	}

	@Test
	@WithUserDetails("director")
	void the_override_button_asks_for_a_reason_too() {
		ProjectView view = navigate(ProjectView.class, id("ZS-2026-001"));
		test(view.admission.evaluate).click();
		test(view.admission.override).click();
		roundTrip();
		Dialog dialog = find(Dialog.class).single();
		TextArea reason = find(TextArea.class).from(dialog).single();
		Button confirm = find(Button.class).from(dialog).withText("确认特批").single();
		test(confirm).click();
		assertThat(reason.isInvalid()).isTrue();
		test(reason).setValue("特批");
		test(confirm).click();
		assertThat(view.admission.override.isVisible()).isFalse();
	}

	@Test
	@WithUserDetails("staff")
	void staff_are_told_at_the_field_that_a_director_must_override_first() {
		long project = id("ZS-2026-001");
		ProjectView view = navigate(ProjectView.class, project);
		test(view.admission.evaluate).click();
		assertThat(view.admission.override.isVisible()).isFalse();
		test(view.move).click();
		roundTrip();
		StageMoveDialog dialog = find(StageMoveDialog.class).single();
		test(dialog.target).selectItem("合同签约");
		assertThat(dialog.signing.overrideReason.isVisible()).isFalse();
		test(dialog.confirm).click();
		assertThat(dialog.target.isInvalid()).isTrue();
		assertThat(dialog.target.getErrorMessage()).contains("需局长特批");
		assertThat(this.projects.get(project).stage()).isEqualTo(Stage.LEAD);
	}

	@Test
	@WithUserDetails("op_sme")
	void the_park_operator_sees_the_idle_land_clock_on_the_project_page() {
		ProjectView view = navigate(ProjectView.class, id("ZS-2021-001"));
		assertThat(view.fulfilment.idleLand.isVisible()).isTrue();
		assertThat(view.fulfilment.idleLand.getText()).contains("2024-09-30 起认定闲置")
			.contains("192.00 万元")
			.contains("2025-09-30 起可依法无偿收回");
		assertThat(view.admission.evaluate.isVisible()).isFalse();
		assertThat(view.fulfilment.addFunds.isVisible()).isTrue();
		assertThat(view.fulfilment.commitments.isVisible()).isFalse();
	}

}
