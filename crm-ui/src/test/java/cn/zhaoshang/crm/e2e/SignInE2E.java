package cn.zhaoshang.crm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The login page in each language: a wrong password is explained, the right one lets in.
 */
@ParameterizedClass
@EnumSource(Language.class)
class SignInE2E extends E2ETestBase {

	SignInE2E(Language lang) {
		super(lang);
	}

	@Test
	void a_wrong_password_is_explained_on_the_form_and_the_right_one_opens_the_app() {
		openLogin();
		WebElement form = this.browser.find(By.tagName("vaadin-login-form"));
		assertThat(this.browser.deepText(form)).contains(t("login.title"), t("login.username"), t("login.password"));
		assertThat(this.browser.pageText()).contains(t("app.name"), t("app.zone"));
		screenshot("01-login");

		submitLogin("staff", "Cangzhou@2025");
		this.browser.await("the error on the form",
				() -> this.browser.find(By.tagName("vaadin-login-form")).getDomAttribute("error") != null);
		assertThat(this.browser.currentPath()).isEqualTo("/login");
		assertThat(this.browser.deepText(this.browser.find(By.tagName("vaadin-login-form"))))
			.contains(t("login.error.title"), t("login.error.bad-credentials"));
		screenshot("02-login-error");

		submitLogin("staff", E2E.DEMO_PASSWORD);
		this.browser.await("home", () -> this.browser.exists("welcome"));
		assertThat(this.browser.text("welcome")).isEqualTo(t("home.welcome", "张伟"));
		assertThat(this.browser.pageText()).contains(t("home.role.STAFF"), t("role.STAFF"));
	}

}
