package cn.zhaoshang.crm.ui.investor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import cn.zhaoshang.crm.investor.InvestorFilter;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@WithUserDetails("staff")
@Transactional
class InvestorImportDialogTest extends BrowserlessTestBase {

	@Autowired
	InvestorService investors;

	@Test
	void problems_block_the_import_and_a_clean_file_imports_all() {
		InvestorListView view = navigate(InvestorListView.class);
		test(view.importButton).click();
		roundTrip();
		InvestorImportDialog dialog = view.importDialog;

		dialog.show("中文名称,世界500强排名\n华为技术有限公司,\n某某公司,第一\n".getBytes(StandardCharsets.UTF_8), "a.csv");
		assertThat(dialog.summary.getText()).isEqualTo("共 2 行，其中 1 行有问题，0 行可能与库中企业重复。");
		assertThat(dialog.confirm.isEnabled()).isFalse();
		assertThat(test(dialog.rows).getCellText(1, 3)).isEqualTo("世界500强排名: “第一”不是数字");

		int before = this.investors.count(InvestorFilter.none());
		dialog.show("中文名称\n华为技术有限公司\n".getBytes(StandardCharsets.UTF_8), "b.csv");
		assertThat(dialog.confirm.isEnabled()).isTrue();
		test(dialog.confirm).click();
		assertThat(this.investors.count(InvestorFilter.none())).isEqualTo(before + 1);
		assertThat(test(view.grid).size()).isEqualTo(before + 1);
	}

	@Test
	void a_file_of_the_wrong_kind_is_explained() {
		InvestorListView view = navigate(InvestorListView.class);
		test(view.importButton).click();
		roundTrip();
		view.importDialog.show(new byte[] { 1 }, "plan.pdf");
		assertThat(view.importDialog.summary.getText()).isEqualTo("只能导入 .xlsx 或 .csv 文件。");
		assertThat(view.importDialog.confirm.isEnabled()).isFalse();
	}

}
