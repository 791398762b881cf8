package cn.zhaoshang.crm.ui.park;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class ParkListViewTest extends BrowserlessTestBase {

	@Test
	@WithUserDetails("op_auto")
	void a_park_operator_sees_one_row_their_park_in_mu() {
		ParkListView view = navigate(ParkListView.class);
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("汽车零部件产业园");
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("2,020.00 亩");
		assertThat(view.grid.getColumns()).extracting(Grid.Column::getHeaderText)
			.containsExactly("园区", "规划面积", "规划投资", "地块数", "可供地", "已预留", "已出让", "闲置/收回中");
	}

	@Test
	@WithUserDetails("director")
	void a_director_sees_all_four_parks() {
		ParkListView view = navigate(ParkListView.class);
		assertThat(test(view.grid).size()).isEqualTo(4);
	}

}
