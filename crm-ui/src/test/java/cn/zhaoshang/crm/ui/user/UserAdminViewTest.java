package cn.zhaoshang.crm.ui.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import cn.zhaoshang.crm.user.UserAdminService;
import cn.zhaoshang.crm.user.UserFilter;
import cn.zhaoshang.crm.user.UserRow;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** User administration as the administrator does it; each test rolls back. */
@WithUserDetails("admin")
@Transactional
class UserAdminViewTest extends BrowserlessTestBase {

	@Autowired
	UserAdminService users;

	@Autowired
	UserDetailsService accounts;

	@Test
	void the_list_shows_every_account_paged_in_sql() {
		UserAdminView view = navigate(UserAdminView.class);
		assertThat(test(view.grid).size()).isEqualTo(this.users.count(UserFilter.all())).isGreaterThanOrEqualTo(8);
		test(view.role).selectItem("园区运营方");
		assertThat(test(view.grid).size()).isEqualTo(4);
	}

	@Test
	void an_admin_creates_a_park_operator_for_one_park() {
		UserAdminView view = navigate(UserAdminView.class);
		test(view.create).click();
		roundTrip();
		UserEditor editor = view.editor;
		test(editor.username).setValue("op_new");
		test(editor.displayName).setValue("钱新");
		test(editor.roles).selectItem("园区运营方");
		// no park yet: refused next to the park field
		test(editor.password).setValue("Welcome-2026!");
		test(editor.save).click();
		assertThat(editor.isOpened()).isTrue();
		assertThat(editor.park.isInvalid()).isTrue();
		assertThat(editor.park.getErrorMessage()).isEqualTo("园区运营方必须指定一个园区。");

		test(editor.park).selectItem("中小科技企业创新创业产业园");
		test(editor.save).click();
		assertThat(editor.isOpened()).isFalse();
		CrmUser created = (CrmUser) this.accounts.loadUserByUsername("op_new");
		assertThat(created.roles()).containsExactly(Roles.PARK_OPERATOR);
		assertThat(created.parkId()).isNotNull();
	}

	@Test
	void a_short_password_and_a_bad_username_are_explained_at_their_fields() {
		UserAdminView view = navigate(UserAdminView.class);
		test(view.create).click();
		roundTrip();
		UserEditor editor = view.editor;
		test(editor.username).setValue("Zhang Wei");
		test(editor.displayName).setValue("张伟");
		test(editor.roles).selectItem("招商专员");
		test(editor.password).setValue("short");
		test(editor.save).click();
		assertThat(editor.username.isInvalid()).isTrue();
		assertThat(editor.username.getErrorMessage()).contains("小写字母");
		test(editor.username).setValue("zhang.wei2");
		test(editor.save).click();
		assertThat(editor.password.isInvalid()).isTrue();
		assertThat(editor.password.getErrorMessage()).isEqualTo("密码至少需要 10 个字符。");
		assertThat(editor.isOpened()).isTrue();
	}

	@Test
	void an_operators_park_is_named_in_the_users_language() {
		UserAdminView chinese = navigate(UserAdminView.class);
		test(chinese.text).setValue("op_auto");
		int park = chinese.grid.getColumns().indexOf(chinese.grid.getColumnByKey("park"));
		assertThat(test(chinese.grid).getCellText(0, park)).isEqualTo("汽车零部件产业园");
		UI.getCurrent().setLocale(Locale.ENGLISH);
		// away and back: navigating to the route shown keeps its view
		UI.getCurrent().navigate("");
		UserAdminView english = navigate(UserAdminView.class);
		test(english.text).setValue("op_auto");
		assertThat(test(english.grid).getCellText(0, park)).isEqualTo("Auto Parts Industrial Park");
	}

	@Test
	void disabling_a_user_shows_in_the_list() {
		UserAdminView view = navigate(UserAdminView.class);
		test(view.text).setValue("staff2");
		assertThat(test(view.grid).size()).isEqualTo(1);
		test(view.grid).clickRow(0);
		roundTrip();
		test(view.editor.toggleEnabled).click();
		assertThat(view.editor.isOpened()).isFalse();
		UserRow row = test(view.grid).getRow(0);
		assertThat(row.enabled()).isFalse();
		assertThat(test(view.grid).getCellText(0, view.grid.getColumns().indexOf(view.grid.getColumnByKey("state"))))
			.isEqualTo("已停用");
		assertThat(this.accounts.loadUserByUsername("staff2").isEnabled()).isFalse();
	}

	@Test
	void the_administrator_cannot_disable_themselves() {
		UserAdminView view = navigate(UserAdminView.class);
		test(view.text).setValue("admin");
		test(view.grid).clickRow(0);
		roundTrip();
		test(view.editor.toggleEnabled).click();
		assertThat(view.editor.isOpened()).isTrue();
		assertThat(this.accounts.loadUserByUsername("admin").isEnabled()).isTrue();
	}

}
