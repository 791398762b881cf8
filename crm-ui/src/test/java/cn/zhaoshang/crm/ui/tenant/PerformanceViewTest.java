package cn.zhaoshang.crm.ui.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The park operator's 亩均效益 workspace; each test rolls back. */
@Transactional
class PerformanceViewTest extends BrowserlessTestBase {

	@Test
	@WithUserDetails("op_auto")
	void the_operator_imports_last_years_figures_and_sees_the_grades() throws Exception {
		PerformanceView view = navigate(PerformanceView.class);
		assertThat(view.park.getValue().code()).isEqualTo("AUTO_PARTS");
		assertThat(view.year.getValue()).isEqualTo(2025);
		assertThat(test(view.grid).size()).isEqualTo(4);
		assertThat(view.cutoffs.getText()).startsWith("评价标准（第 1 版");
		assertThat(view.cutoffsButton.isVisible()).isFalse();
		assertThat(test(view.recovery).size()).isZero();

		test(view.importFile).click();
		roundTrip();
		PerformanceImportDialog dialog = find(PerformanceImportDialog.class).single();
		dialog.show(xlsx(new String[][] { { "企业名称", "用地(亩)", "产值(万元)", "税收(万元)" },
				{ "沧州现代摩比斯汽车零部件有限公司", "120", "300000", "15000" }, { "火星公司", "10", "1", "1" } }), "2025.xlsx");
		assertThat(dialog.summary.getText()).isEqualTo("共 2 行，其中 1 行有问题，1 行将替换已有数据。");
		assertThat(dialog.confirm.isEnabled()).isFalse();
		assertThat(test(dialog.rows).getCellText(1, 7)).isEqualTo("企业名称: “火星公司”不是本园区企业");

		dialog.show(
				xlsx(new String[][] { { "企业名称", "用地(亩)", "产值(万元)", "税收(万元)" }, { "沧州庆南贸易有限公司", "30", "9000", "300" } }),
				"2025.xlsx");
		assertThat(dialog.confirm.isEnabled()).isTrue();
		test(dialog.confirm).click();
		assertThat(test(view.grid).size()).isEqualTo(5);
	}

	@Test
	@WithUserDetails("op_sme")
	void the_sme_operator_sees_yuntian_as_recovery_candidate_and_its_idle_plot() {
		PerformanceView view = navigate(PerformanceView.class);
		assertThat(test(view.recovery).size()).isEqualTo(1);
		assertThat(test(view.recovery).getCellText(0, 1)).isEqualTo("SME-05");
		assertThat(test(view.recovery).getCellText(0, 5)).isEqualTo("连续两年D级、无产值");
		assertThat(test(view.idleLand).size()).isEqualTo(1);
		assertThat(test(view.idleLand).getCellText(0, 6)).isEqualTo("闲置满两年，可收回");
	}

	@Test
	@WithUserDetails("director")
	void a_director_enters_a_tenants_year_and_it_is_graded() {
		PerformanceView view = navigate(PerformanceView.class);
		assertThat(view.cutoffsButton.isVisible()).isTrue();
		view.year.setValue(2026);
		assertThat(test(view.grid).size()).isZero();
		test(view.add).click();
		roundTrip();
		PerformanceDialog dialog = find(PerformanceDialog.class).single();
		test(dialog.tenant).selectItem("沧州现代摩比斯汽车零部件有限公司");
		dialog.land.setValue(new java.math.BigDecimal("120"));
		dialog.output.setValue(new java.math.BigDecimal("240000"));
		dialog.tax.setValue(new java.math.BigDecimal("6000"));
		test(dialog.save).click();
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getRow(0).grade().name()).isEqualTo("B");
	}

	private static byte[] xlsx(String[][] cells) throws Exception {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			for (int r = 0; r < cells.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.createCell(c).setCellValue(cells[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
