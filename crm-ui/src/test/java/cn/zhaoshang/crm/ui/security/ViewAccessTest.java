package cn.zhaoshang.crm.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role reaches exactly its views, in the menu and by typing the URL. */
class ViewAccessTest extends BrowserlessTestBase {

	private static final List<String> ROUTES = List.of("", "cockpit", "my-work", "investors", "projects", "board",
			"parks", "admission", "performance", "audit-log", "users");

	@Test
	@WithUserDetails("staff")
	void staff_open_home_my_work_investors_and_parks() {
		assertThat(openable()).containsExactlyInAnyOrder("HomeView", "CockpitView", "MyWorkView", "InvestorListView",
				"ProjectListView", "ProjectBoardView", "ParkListView", "AdmissionView");
		assertThat(menu()).containsExactly("首页", "驾驶舱", "我的工作", "客商库", "招商项目", "项目看板", "园区与土地", "准入与履约");
	}

	@Test
	@WithUserDetails("director")
	void directors_open_home_my_work_investors_parks_and_the_audit_log() {
		assertThat(openable()).containsExactlyInAnyOrder("HomeView", "CockpitView", "MyWorkView", "InvestorListView",
				"ProjectListView", "ProjectBoardView", "ParkListView", "AdmissionView", "PerformanceView",
				"AuditLogView");
		assertThat(menu()).contains("审计日志").doesNotContain("用户管理");
	}

	@Test
	@WithUserDetails("op_auto")
	void park_operators_do_not_open_the_investor_directory() {
		assertThat(openable()).containsExactlyInAnyOrder("HomeView", "CockpitView", "ProjectListView", "ParkListView",
				"AdmissionView", "PerformanceView");
		assertThat(menu()).containsExactly("首页", "驾驶舱", "招商项目", "园区与土地", "准入与履约", "亩均效益");
	}

	@Test
	@WithUserDetails("admin")
	void admins_open_everything_including_users_and_the_audit_log() {
		assertThat(openable()).containsExactlyInAnyOrder("HomeView", "CockpitView", "MyWorkView", "InvestorListView",
				"ProjectListView", "ProjectBoardView", "ParkListView", "AdmissionView", "PerformanceView",
				"AuditLogView", "UserAdminView");
		assertThat(menu()).contains("审计日志", "用户管理");
	}

	@Test
	@WithAnonymousUser
	void a_signed_out_user_only_reaches_the_login() {
		for (String route : ROUTES) {
			UI.getCurrent().navigate(route);
			assertThat(getCurrentView().getClass().getSimpleName()).as(route).isEqualTo("LoginView");
		}
	}

	private Set<String> openable() {
		return ROUTES.stream().filter(route -> {
			UI.getCurrent().navigate(route);
			String view = getCurrentView().getClass().getSimpleName();
			return !view.equals("LoginView") && !view.contains("Error") && !view.contains("NotFound")
					&& !view.contains("AccessDenied");
		}).map(route -> {
			UI.getCurrent().navigate(route);
			return getCurrentView().getClass().getSimpleName();
		}).collect(Collectors.toSet());
	}

	private List<String> menu() {
		UI.getCurrent().navigate("");
		return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
	}

}
