package cn.zhaoshang.crm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Typing an address is no way around the roles: a view a role may not open is refused
 * with the same words as a page that does not exist, a colleague's project is refused,
 * and a signed-out user is sent to the login.
 */
@ParameterizedClass
@EnumSource(Language.class)
class AccessE2E extends E2ETestBase {

	/** Every view of the app (a new view belongs here and in {@link #refusals()}). */
	static final List<String> VIEWS = List.of("", "my-work", "investors", "projects", "board", "cockpit", "parks",
			"park/1", "admission", "performance", "users", "audit-log");

	AccessE2E(Language lang) {
		super(lang);
	}

	/** Per demo user: the views their role may not open by typing the address. */
	static Stream<Arguments> refusals() {
		return Stream.of(Arguments.of("staff", List.of("performance", "users", "audit-log")),
				Arguments.of("director", List.of("users")),
				Arguments.of("op_auto", List.of("my-work", "investors", "board", "users", "audit-log")),
				Arguments.of("op_sme", List.of("my-work", "investors", "board")));
	}

	@ParameterizedTest(name = "{0} may not open {1}")
	@MethodSource("refusals")
	void a_role_typing_the_address_of_a_view_it_may_not_open_is_refused(String username, List<String> routes) {
		signIn(username);
		for (String route : routes) {
			open(route);
			assertThat(this.browser.text("refused")).as(route).isEqualTo(t("error.refused"));
			assertThat(this.browser.currentPath()).isEqualTo("/" + route);
			// the menu does not offer it either
			assertThat(this.browser.exists("main-nav")).isTrue();
			assertThat(this.browser.menuRoutes()).doesNotContain(route);
		}
	}

	@Test
	void a_park_operator_sees_only_their_own_park() {
		signIn("op_auto");
		assertThat(this.browser.menuRoutes()).containsExactly("", "cockpit", "projects", "parks", "admission",
				"performance");
		open("investors");
		assertThat(this.browser.text("refused")).isEqualTo(t("error.refused"));
		screenshot("16-access-refused");

		open("parks");
		List<List<String>> parks = this.browser.gridRows("park-grid");
		assertThat(parks).hasSize(1);
		assertThat(parks.get(0).get(0))
			.isEqualTo((this.lang == Language.ZH) ? "汽车零部件产业园" : "Auto Parts Industrial Park");
		screenshot("17-park-operator");
	}

	/**
	 * The cockpit is open to every role, over what crm-core gives each: a park operator
	 * only their park's land, without the pipeline; staff their own figures.
	 */
	@Test
	void a_park_operator_gets_only_their_parks_land_in_the_cockpit() {
		signIn("op_auto");
		open("cockpit");
		assertThat(this.browser.exists("section-land")).isTrue();
		assertThat(this.browser.exists("section-funnel")).isFalse();
		assertThat(this.browser.exists("section-staff")).isFalse();
		assertThat(this.browser.exists("section-supervision")).isFalse();
		assertThat(this.browser.byId("cockpit-park").getDomAttribute("readonly")).isNotNull();
		this.browser.click("section-land-toggle");
		List<List<String>> land = this.browser.gridRows("table-land");
		assertThat(land).hasSize(1);
		assertThat(land.get(0).get(0))
			.isEqualTo((this.lang == Language.ZH) ? "汽车零部件产业园" : "Auto Parts Industrial Park");
	}

	@Test
	void staff_see_only_their_own_figures_in_the_cockpit() {
		signIn("staff");
		open("cockpit");
		assertThat(this.browser.exists("section-funnel")).isTrue();
		this.browser.click("section-staff-toggle");
		List<List<String>> staff = this.browser.gridRows("table-staff");
		assertThat(staff).hasSize(1);
		assertThat(staff.get(0).get(0)).isEqualTo("张伟");
	}

	@Test
	void staff_are_refused_a_colleagues_project_even_by_its_address() {
		// 天壕 (ZS-2017-002) belongs to staff2 and is not shared with staff
		signIn("director");
		open("projects");
		this.browser.type("project-search", "ZS-2017-002");
		this.browser.await("one project", () -> this.browser.gridSize("project-grid") == 1);
		this.browser.clickCell("project-grid", "ZS-2017-002");
		this.browser.await("project page", () -> this.browser.currentPath().startsWith("/project/"));
		String address = this.browser.currentPath().substring(1);
		assertThat(this.browser.text("project-title")).startsWith("ZS-2017-002");
		signOut();

		signIn("staff");
		open(address);
		assertThat(this.browser.text("refused")).isEqualTo(t("error.refused"));
		assertThat(this.browser.pageText()).doesNotContain("ZS-2017-002", "天壕");
		assertThat(this.browser.exists("project-title")).isFalse();
	}

	@Test
	void a_signed_out_user_typing_any_address_is_sent_to_the_login() {
		for (String route : VIEWS) {
			open(route);
			assertThat(this.browser.currentPath()).as(route).isEqualTo("/login");
		}
		signIn("staff");
		open("investors");
		assertThat(this.browser.currentPath()).isEqualTo("/investors");
		signOut();
		open("investors");
		assertThat(this.browser.currentPath()).isEqualTo("/login");
		assertThat(this.browser.exists("investor-grid")).isFalse();
	}

}
