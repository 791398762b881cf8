package cn.zhaoshang.crm.ui.investor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.crm.investor.InvestorFilter;
import cn.zhaoshang.crm.investor.InvestorRow;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.investor.Ownership;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("staff")
class InvestorListViewTest extends BrowserlessTestBase {

	@Autowired
	InvestorService investors;

	@Test
	void shows_the_seed_firms_with_chinese_headers() {
		InvestorListView view = navigate(InvestorListView.class);
		int all = this.investors.count(InvestorFilter.none());
		assertThat(all).isGreaterThan(10);
		assertThat(test(view.grid).size()).isEqualTo(all);
		assertThat(view.grid.getColumnByKey("nameZh").getHeaderText()).isEqualTo("中文名称");
		assertThat(find(Span.class).withId("investor-total").single().getText()).isEqualTo("共 " + all + " 家");
	}

	@Test
	void typing_a_name_filters_the_grid_in_sql() {
		InvestorListView view = navigate(InvestorListView.class);
		test(view.name).setValue("北汽");
		Grid<InvestorRow> grid = view.grid;
		int rows = test(grid).size();
		assertThat(rows).isPositive().isLessThan(this.investors.count(InvestorFilter.none()));
		for (int i = 0; i < rows; i++) {
			assertThat(test(grid).getRow(i).nameZh()).startsWith("北汽");
		}
	}

	@Test
	void choosing_an_industry_and_a_source_narrows_the_list() {
		InvestorListView view = navigate(InvestorListView.class);
		int all = test(view.grid).size();
		test(view.industry).selectItem("汽车零部件");
		int parts = test(view.grid).size();
		assertThat(parts).isPositive().isLessThan(all);
		for (int i = 0; i < parts; i++) {
			assertThat(test(view.grid).getRow(i).industryZh()).isEqualTo("汽车零部件");
		}
		test(view.source).selectItem("以商招商");
		assertThat(test(view.grid).size()).isPositive().isLessThanOrEqualTo(parts);
		assertThat(view.filter().source()).isEqualTo(cn.zhaoshang.crm.shared.LeadSource.TENANT_REFERRAL);
	}

	@Test
	void choosing_an_ownership_narrows_the_list() {
		InvestorListView view = navigate(InvestorListView.class);
		test(view.ownership).selectItem("央企");
		int rows = test(view.grid).size();
		assertThat(rows).isPositive();
		for (int i = 0; i < rows; i++) {
			assertThat(test(view.grid).getRow(i).ownership()).isEqualTo(Ownership.CENTRAL_SOE);
		}
	}

	@Test
	@org.springframework.transaction.annotation.Transactional
	void a_saved_filter_comes_back_and_narrows_the_list() {
		this.investors.saveFilter("央企目标", new InvestorFilter(null, null, Ownership.CENTRAL_SOE, null));
		InvestorListView view = navigate(InvestorListView.class);
		int all = test(view.grid).size();
		test(view.saved).selectItem("央企目标");
		assertThat(view.ownership.getValue()).isEqualTo(Ownership.CENTRAL_SOE);
		assertThat(test(view.grid).size()).isPositive().isLessThan(all);
	}

}
