package cn.zhaoshang.crm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 管理员, in Chinese and in English: creates a park operator's account (a park is required
 * for that role), the new user signs in and sees only that park, then the administrator
 * disables the account and the sign-in is refused with the reason; the audit log shows
 * both sign-ins. Each language run creates its own user.
 */
@ParameterizedClass
@EnumSource(Language.class)
class AdminE2E extends E2ETestBase {

	private static final String PASSWORD = "Bohai-Park-2026";

	private final String username;

	private final String name;

	AdminE2E(Language lang) {
		super(lang);
		this.username = "e2e.op." + lang.code;
		this.name = (lang == Language.ZH) ? "孙丽" : "Sun Li";
	}

	@Test
	void the_admin_creates_a_park_operator_who_signs_in_to_their_park_and_disables_the_account() {
		signIn("admin");
		assertThat(this.browser.menuRoutes()).contains("users");
		open("users");
		long before = this.browser.gridSize("user-grid");
		assertThat(before).isGreaterThanOrEqualTo(8);
		assertThat(this.browser.gridHeaders("user-grid")).contains(t("user.field.username"), t("user.field.park"));
		screenshot("60-users");

		// a park operator without a park is refused at the park field, nothing is saved
		this.browser.click("user-new");
		this.browser.type("user-username", this.username);
		this.browser.type("user-display-name", this.name);
		this.browser.type("user-email", this.username + "@cangzhou.example.cn");
		WebElement operator = this.browser.byId("user-roles")
			.findElements(By.tagName("vaadin-checkbox"))
			.stream()
			.filter(c -> c.getText().strip().equals(t("role.PARK_OPERATOR")))
			.findFirst()
			.orElseThrow();
		this.browser.click(operator.findElement(By.tagName("label")));
		this.browser.type("user-password", PASSWORD);
		this.browser.click("user-save");
		assertThat(this.browser.errorOf("user-park")).isEqualTo(t("user.error.park-required"));
		this.browser.choose("user-park", tsinghua());
		screenshot("61-user-new");
		this.browser.click("user-save");
		this.browser.await("the saved notice", () -> this.browser.notifications().contains(t("user.saved")));
		this.browser.await("one more user", () -> this.browser.gridSize("user-grid") == before + 1);

		this.browser.type("user-search", this.username);
		this.browser.await("only the new user", () -> this.browser.gridSize("user-grid") == 1);
		List<String> row = this.browser.gridRows("user-grid").get(0);
		assertThat(row).startsWith(this.username, this.name, t("role.PARK_OPERATOR"));
		assertThat(row).contains(t("user.state.active"));
		assertThat(String.join(" ", row)).contains(tsinghua());
		screenshot("62-user-created");
		signOut();

		// the new operator sees their park, and only it
		signIn(this.username, PASSWORD);
		open("parks");
		List<List<String>> parks = this.browser.gridRows("park-grid");
		assertThat(parks).hasSize(1);
		assertThat(parks.get(0).get(0)).isEqualTo(tsinghua());
		signOut();

		// disabled: the account stays listed as disabled, and its sign-in is refused
		signIn("admin");
		open("users");
		this.browser.type("user-search", this.username);
		this.browser.await("only the new user", () -> this.browser.gridSize("user-grid") == 1);
		this.browser.clickCell("user-grid", this.username);
		assertThat(this.browser.text("user-toggle-enabled")).isEqualTo(t("user.action.disable"));
		screenshot("65-user-editor");
		this.browser.click("user-toggle-enabled");
		this.browser.await("the disabled notice", () -> this.browser.notifications().contains(t("user.disabled")));
		this.browser.await("listed as disabled",
				() -> this.browser.gridRows("user-grid").get(0).contains(t("user.state.disabled")));
		screenshot("63-user-disabled");
		signOut();

		openLogin();
		submitLogin(this.username, PASSWORD);
		this.browser.await("the error on the form",
				() -> this.browser.find(By.tagName("vaadin-login-form")).getDomAttribute("error") != null);
		assertThat(this.browser.currentPath()).isEqualTo("/login");
		assertThat(this.browser.deepText(this.browser.find(By.tagName("vaadin-login-form"))))
			.contains(t("login.error.disabled"));
		screenshot("64-disabled-sign-in");

		// the audit log keeps the account's history: its sign-in, then the refused one
		// with its reason in words
		signIn("admin");
		open("audit-log");
		this.browser.type("audit-user", this.username);
		this.browser.await("only the new user's entries", () -> {
			List<List<String>> rows = this.browser.gridRows("audit-grid");
			return !rows.isEmpty() && rows.stream().allMatch(r -> r.contains(this.username));
		});
		assertThat(this.browser.gridRows("audit-grid")).anySatisfy(r -> assertThat(r).contains(t("audit.action.LOGIN")))
			.anySatisfy(r -> assertThat(r).contains(t("audit.action.LOGIN_FAILED"),
					t("audit.login-failed.DisabledException")));
		screenshot("66-audit-log");
	}

	private void signIn(String user, String password) {
		openLogin();
		submitLogin(user, password);
		this.browser.await(user + " signed in",
				() -> !this.browser.currentPath().equals("/login") && this.browser.exists("main-nav"));
	}

	private String tsinghua() {
		return (this.lang == Language.ZH) ? "清华大学汽车研究院产业园" : "Tsinghua University Automotive Research Institute Park";
	}

}
