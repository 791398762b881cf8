package cn.zhaoshang.crm.ui.park;

import static cn.zhaoshang.crm.db.Tables.PARK;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import cn.zhaoshang.crm.land.AllocationRow;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The park page driven on the demo data; every test rolls back. */
@Transactional
class ParkViewTest extends BrowserlessTestBase {

	@Autowired
	DSLContext dsl;

	@Autowired
	ParkService parks;

	@Test
	@WithUserDetails("op_auto")
	void the_operator_sees_land_plan_plots_reservations_and_matched_projects() {
		ParkView view = navigate(ParkView.class, park("AUTO_PARTS"));
		assertThat(view.title.getText()).isEqualTo("汽车零部件产业园");
		assertThat(total(view, "total-free")).isEqualTo("1,420.00 亩");
		assertThat(test(view.zones).size()).isEqualTo(3);
		assertThat(test(view.plots).size()).isEqualTo(23);
		assertThat(view.plan.getElement().toString()).contains("AP-P-05");
		assertThat(view.addPlot.isVisible()).isTrue();
		assertThat(view.tabs.getTabCount()).isEqualTo(4);
		assertThat(test(view.tenants).size()).isEqualTo(2);
		assertThat(test(view.tenants).getRow(0).need().projectCode()).isEqualTo("ZS-2026-004");
		assertThat(test(view.allocations).size()).isEqualTo(6);
	}

	@Test
	@WithUserDetails("op_auto")
	void the_operator_moves_an_idle_plot_through_recovery_back_into_supply() {
		ParkView view = navigate(ParkView.class, park("AUTO_PARTS"));
		step(view, "AP-P-01");
		PlotRecoveryDialog dialog = view.recoveryDialog;
		assertThat(dialog.route.isVisible()).isFalse();
		test(dialog.confirm).click(); // no basis given
		assertThat(dialog.note.isInvalid()).isTrue();
		assertThat(dialog.isOpened()).isTrue();
		test(dialog.note).setValue("两年未开工，认定为闲置土地");
		test(dialog.confirm).click();
		assertThat(statusOf(view, "AP-P-01")).isEqualTo(cn.zhaoshang.crm.park.PlotStatus.IDLE);

		step(view, "AP-P-01");
		dialog = view.recoveryDialog;
		assertThat(dialog.route.isVisible()).isTrue();
		test(dialog.note).setValue("依法收回");
		test(dialog.confirm).click(); // no route chosen
		assertThat(dialog.route.isInvalid()).isTrue();
		dialog.route.setValue(cn.zhaoshang.crm.land.RecoveryRoute.TAKE_BACK);
		test(dialog.confirm).click();
		assertThat(statusOf(view, "AP-P-01")).isEqualTo(cn.zhaoshang.crm.park.PlotStatus.RECLAIMING);

		step(view, "AP-P-01");
		test(view.recoveryDialog.note).setValue("收回完成，重新挂牌");
		test(view.recoveryDialog.confirm).click();
		assertThat(statusOf(view, "AP-P-01")).isEqualTo(cn.zhaoshang.crm.park.PlotStatus.AVAILABLE);
	}

	private void step(ParkView view, String code) {
		test(view.tabs).select(1); // 地块与规划图
		roundTrip();
		for (int i = 0; i < test(view.plots).size(); i++) {
			if (test(view.plots).getRow(i).code().equals(code)) {
				Button step = (Button) test(view.plots).getCellComponent(i, "recovery");
				test(step).click();
				roundTrip();
				return;
			}
		}
		throw new AssertionError("no plot " + code);
	}

	private cn.zhaoshang.crm.park.PlotStatus statusOf(ParkView view, String code) {
		for (int i = 0; i < test(view.plots).size(); i++) {
			if (test(view.plots).getRow(i).code().equals(code)) {
				return test(view.plots).getRow(i).status();
			}
		}
		throw new AssertionError("no plot " + code);
	}

	@Test
	@WithUserDetails("op_auto")
	void confirming_the_signed_projects_reservation_changes_the_park_totals() {
		ParkView view = navigate(ParkView.class, park("AUTO_PARTS"));
		test(view.tabs).select(2);
		roundTrip();
		int row = rowOf(view, "AP-P-12");
		HorizontalLayout actions = (HorizontalLayout) test(view.allocations).getCellComponent(row, "actions");
		Button confirm = (Button) actions.getChildren().findFirst().orElseThrow();
		test(confirm).click();
		roundTrip();
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(total(view, "total-reserved")).isEqualTo("80.00 亩");
		assertThat(total(view, "total-allocated")).isEqualTo("520.00 亩");
		AllocationRow confirmed = test(view.allocations).getRow(rowOf(view, "AP-P-12"));
		assertThat(confirmed.confirmable()).isFalse();
		assertThat(confirmed.holdsLand()).isTrue();
		assertThat(confirmed.confirmedBy()).isEqualTo("赵敏");
	}

	@Test
	@WithUserDetails("op_pipeline")
	void another_parks_page_sends_the_operator_back_to_their_own_list() {
		navigate("park/" + park("AUTO_PARTS"), ParkListView.class);
		ParkListView list = (ParkListView) getCurrentView();
		assertThat(test(list.grid).size()).isEqualTo(1);
		assertThat(test(list.grid).getCellText(0, 0)).isEqualTo("高端管道装备产业园");
	}

	@Test
	@WithUserDetails("staff")
	void staff_see_the_land_but_neither_edit_plots_nor_list_matched_projects() {
		ParkView view = navigate(ParkView.class, park("SME"));
		assertThat(view.tabs.getTabCount()).isEqualTo(3);
		assertThat(view.addPlot.isVisible()).isFalse();
		assertThat(test(view.plots).size()).isEqualTo(5);
	}

	@Test
	@WithUserDetails("op_auto")
	void a_plot_beyond_the_parks_area_is_refused_at_the_area_field() {
		ParkView view = navigate(ParkView.class, park("AUTO_PARTS"));
		test(view.tabs).select(1);
		roundTrip();
		test(view.addPlot).click();
		roundTrip();
		PlotEditor editor = find(PlotEditor.class).single();
		test(editor.code).setValue("AP-X-01");
		test(editor.area).setValue(new BigDecimal("5"));
		test(editor.save).click();
		assertThat(editor.area.isInvalid()).isTrue();
		assertThat(editor.area.getErrorMessage()).contains("2,020");
		assertThat(editor.isOpened()).isTrue();
	}

	@Test
	@WithUserDetails("op_auto")
	void the_park_list_opens_a_parks_page() {
		ParkListView list = navigate(ParkListView.class);
		test(list.grid).clickRow(0);
		assertThat(getCurrentView()).isInstanceOf(ParkView.class);
	}

	private int rowOf(ParkView view, String plotCode) {
		for (int i = 0; i < test(view.allocations).size(); i++) {
			if (test(view.allocations).getRow(i).plotCode().equals(plotCode)) {
				return i;
			}
		}
		throw new AssertionError(plotCode + " not listed");
	}

	private static String total(ParkView view, String id) {
		Div card = (Div) view.totals.getChildren()
			.filter(c -> c.getId().orElse("").equals(id))
			.findFirst()
			.orElseThrow();
		return ((Span) card.getChildren().skip(1).findFirst().orElseThrow()).getText();
	}

	private long park(String code) {
		return this.dsl.fetchValue(PARK.ID, PARK.CODE.eq(code));
	}

}
