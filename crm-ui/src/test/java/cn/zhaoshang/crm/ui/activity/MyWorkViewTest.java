package cn.zhaoshang.crm.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.zhaoshang.crm.activity.ActivityForm;
import cn.zhaoshang.crm.activity.ActivityService;
import cn.zhaoshang.crm.activity.ActivityType;
import cn.zhaoshang.crm.investor.InvestorFilter;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@WithUserDetails("staff")
@Transactional
class MyWorkViewTest extends BrowserlessTestBase {

	@Autowired
	ActivityService activities;

	@Autowired
	InvestorService investors;

	@Test
	void an_overdue_follow_up_is_listed_and_done_removes_it() {
		long investor = this.investors.list(InvestorFilter.byName("现代摩比斯"), PageRequest.first(1)).getFirst().id();
		this.activities.save(new ActivityForm(null, 0, investor, null, ActivityType.TASK, "回复现代摩比斯的问询", null, null,
				null, null, LocalDate.now().minusDays(1), false, null));

		MyWorkView view = navigate(MyWorkView.class);
		var work = this.activities.myWork();
		assertThat(test(view.overdue).size()).isEqualTo(work.overdue().size()).isPositive();
		assertThat(test(view.upcoming).size()).isEqualTo(work.upcoming().size());
		assertThat(test(view.idle).size()).isEqualTo(work.idleProjects().size());

		int row = 0;
		while (!test(view.overdue).getRow(row).subject().equals("回复现代摩比斯的问询")) {
			row++;
		}
		int before = test(view.overdue).size();
		test((Button) test(view.overdue).getCellComponent(row, 3)).click();
		assertThat(test(view.overdue).size()).isEqualTo(before - 1);
	}

}
