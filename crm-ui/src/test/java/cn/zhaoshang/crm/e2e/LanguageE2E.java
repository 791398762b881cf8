package cn.zhaoshang.crm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The zone works in Chinese; English is one click away, everywhere, and the choice
 * survives signing out.
 */
class LanguageE2E extends E2ETestBase {

	private static final List<String> MENU = List.of("menu.home", "menu.cockpit", "menu.my-work", "menu.investors",
			"menu.projects", "menu.board", "menu.parks", "menu.admission");

	@Test
	void staff_switch_to_english_and_back_to_chinese() {
		signIn("staff");
		assertThat(this.browser.menuLabels()).isEqualTo(labels(Language.ZH));
		open("investors");
		long firms = this.browser.gridSize("investor-grid");
		assertThat(this.browser.text("investor-total")).isEqualTo(Language.ZH.t("investor.total", firms));

		this.browser.click("lang-en");
		this.browser.await("English", () -> this.browser.menuLabels().equals(labels(Language.EN)));
		assertThat(this.browser.currentPath()).isEqualTo("/investors");
		assertThat(this.browser.text("investor-total")).isEqualTo(Language.EN.t("investor.total", firms));
		assertThat(this.browser.gridHeaders("investor-grid")).contains(Language.EN.t("investor.field.name-zh"));

		// the choice is remembered on this browser, also on the login page
		signOut();
		assertThat(this.browser.deepText(this.browser.find(By.tagName("vaadin-login-form"))))
			.contains(Language.EN.t("login.title"));
		submitLogin("staff", E2E.DEMO_PASSWORD);
		this.browser.await("home", () -> this.browser.exists("welcome"));
		assertThat(this.browser.text("welcome")).isEqualTo(Language.EN.t("home.welcome", "张伟"));

		this.browser.click("lang-zh");
		this.browser.await("Chinese", () -> this.browser.menuLabels().equals(labels(Language.ZH)));
		assertThat(this.browser.text("welcome")).isEqualTo(Language.ZH.t("home.welcome", "张伟"));
	}

	private static List<String> labels(Language lang) {
		return MENU.stream().map(lang::t).toList();
	}

}
