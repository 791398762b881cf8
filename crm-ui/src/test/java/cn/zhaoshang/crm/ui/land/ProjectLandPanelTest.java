package cn.zhaoshang.crm.ui.land;

import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import cn.zhaoshang.crm.land.AllocationStatus;
import cn.zhaoshang.crm.matching.Verdict;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The land part of the project page, driven as staff2 on ZS-2026-004 (150 亩, no park
 * chosen yet); every test rolls back.
 */
@Transactional
@WithUserDetails("staff2")
class ProjectLandPanelTest extends BrowserlessTestBase {

	@Autowired
	DSLContext dsl;

	@Test
	void the_project_page_matches_the_request_and_reserves_the_proposed_plot() {
		ProjectLandPanel land = open("ZS-2026-004");
		assertThat(test(land.requests).size()).isEqualTo(1);
		assertThat(test(land.allocationGrid).size()).isZero();
		assertThat(test(land.options).getRow(0).parkCode()).isEqualTo("AUTO_PARTS");
		assertThat(test(land.options).getRow(0).verdict()).isEqualTo(Verdict.FITS);
		// the parks that do not admit the industry are named below the ranking, not
		// weighed
		assertThat(land.notAdmitting.getText()).startsWith("不准入本项目产业的园区");

		test((Button) test(land.options).getCellComponent(0, "reserve")).click();
		roundTrip();
		ReserveDialog dialog = find(ReserveDialog.class).single();
		assertThat(dialog.plot.getValue().code()).isEqualTo("AP-P-07");
		assertThat(dialog.area.getValue()).isEqualByComparingTo("150");
		test(dialog.reserve).click();

		assertThat(test(land.allocationGrid).size()).isEqualTo(1);
		assertThat(test(land.allocationGrid).getRow(0).status()).isEqualTo(AllocationStatus.RESERVED);
		assertThat(test(land.requests).getRow(0).remainingMu()).isEqualByComparingTo("0");
	}

	@Test
	void more_than_the_plot_has_free_is_refused_at_the_area_field() {
		ProjectLandPanel land = open("ZS-2026-004");
		test((Button) test(land.options).getCellComponent(0, "reserve")).click();
		roundTrip();
		ReserveDialog dialog = find(ReserveDialog.class).single();
		test(dialog.area).setValue(new BigDecimal("151"));
		test(dialog.reserve).click();
		assertThat(dialog.area.isInvalid()).isTrue();
		assertThat(dialog.area.getErrorMessage()).isEqualTo("地块 AP-P-07 只剩 150 亩可供，无法预留这么多。");
		assertThat(test(land.allocationGrid).size()).isZero();
	}

	@Test
	void a_new_request_with_a_bad_area_is_refused_at_the_field() {
		ProjectLandPanel land = open("ZS-2026-004");
		test(land.addRequest).click();
		roundTrip();
		LandRequestDialog dialog = find(LandRequestDialog.class).single();
		test(dialog.area).setValue(new BigDecimal("-3"));
		test(dialog.save).click();
		assertThat(dialog.area.isInvalid()).isTrue();
		assertThat(dialog.area.getErrorMessage()).isEqualTo("需求面积必须大于 0。");
		test(dialog.area).setValue(new BigDecimal("12"));
		test(dialog.save).click();
		assertThat(test(land.requests).size()).isEqualTo(2);
	}

	@Test
	@WithUserDetails("op_auto")
	void an_operator_reads_the_land_of_a_project_in_their_park_but_adds_no_request() {
		ProjectLandPanel land = open("ZS-2026-003");
		assertThat(land.addRequest.isVisible()).isFalse();
		assertThat(test(land.allocationGrid).size()).isEqualTo(1);
		assertThat(test(land.allocationGrid).getRow(0).confirmable()).isTrue();
	}

	private ProjectLandPanel open(String code) {
		long id = this.dsl.fetchValue(PROJECT.ID, PROJECT.CODE.eq(code));
		UI.getCurrent().navigate("project/" + id);
		return find(ProjectLandPanel.class).single();
	}

}
