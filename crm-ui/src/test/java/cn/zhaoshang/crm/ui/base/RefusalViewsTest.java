package cn.zhaoshang.crm.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A refused view and an unknown address get the same answer, in the user's language. */
class RefusalViewsTest extends BrowserlessTestBase {

	@Test
	@WithUserDetails("op_auto")
	void a_view_the_role_may_not_open_is_refused_in_chinese() {
		UI.getCurrent().navigate("investors");
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		assertThat(find(H2.class).single().getText()).isEqualTo("此页面不存在，或您没有打开它的权限。");
	}

	@Test
	@WithUserDetails("staff")
	void an_unknown_address_gets_the_same_answer() {
		UI.getCurrent().navigate("no-such-page");
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		assertThat(find(H2.class).single().getText()).isEqualTo("此页面不存在，或您没有打开它的权限。");
	}

}
