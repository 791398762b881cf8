package cn.zhaoshang.crm.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What every browser flow shares: the packaged app (started once for the whole suite), a
 * fresh headless Chromium per test, signing in, and the guide's screenshots.
 *
 * <p>
 * A flow is a class named {@code *E2E} in this package (the e2e profile runs those).
 * Flows that document the user guide take the language as a class parameter, so the same
 * steps produce zh-NN-*.png and en-NN-*.png:
 *
 * <pre>
 * &#64;ParameterizedClass
 * &#64;EnumSource(Language.class)
 * class DirectorE2E extends E2ETestBase {
 *     DirectorE2E(Language language) { super(language); }
 *     &#64;Test void the_cockpit_shows_the_pipeline() {
 *         signIn("director");
 *         open("cockpit");
 *         screenshot("20-cockpit");
 *     }
 * }
 * </pre>
 */
@ExtendWith(E2ETestBase.SharedApp.class)
abstract class E2ETestBase {

	/** The packaged app, set before the first flow class runs. */
	private static CrmApp app;

	protected final Language lang;

	protected Browser browser;

	/** On failure: what the browser showed, next to the app's log under target/e2e. */
	@RegisterExtension
	final AfterTestExecutionCallback keepEvidence = context -> context.getExecutionException()
		.ifPresent(failure -> evidence(context));

	protected E2ETestBase(Language lang) {
		this.lang = lang;
	}

	/** Flows that document nothing run in Chinese, the zone's language. */
	protected E2ETestBase() {
		this(Language.ZH);
	}

	@BeforeEach
	void openBrowser() {
		this.browser = new Browser();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	/** The text the UI shows for a bundle key in this flow's language. */
	protected String t(String key, Object... args) {
		return this.lang.t(key, args);
	}

	/** The app's address for a route ("investors", "project/12", "" for home). */
	protected static String url(String route) {
		return app.baseUrl() + "/" + route;
	}

	/** Types the address of a view into the browser, as a user would. */
	protected void open(String route) {
		this.browser.open(url(route));
	}

	/** Opens the login page in this flow's language (the choice is a cookie). */
	protected void openLogin() {
		open("login");
		if (this.lang != Language.ZH && this.browser.enabled(this.lang.switchId)) {
			this.browser.click(this.lang.switchId);
			this.browser.await("login page in " + this.lang, () -> !this.browser.enabled(this.lang.switchId));
		}
	}

	/** Signs a demo user in (password Cangzhou@2026) and waits for the app. */
	protected void signIn(String username) {
		openLogin();
		submitLogin(username, E2E.DEMO_PASSWORD);
		this.browser.await(username + " signed in",
				() -> !this.browser.currentPath().equals("/login") && this.browser.exists("main-nav"));
	}

	/** Fills the login form and sends it, whatever the outcome. */
	protected void submitLogin(String username, String password) {
		WebElement form = this.browser.find(By.tagName("vaadin-login-form"));
		WebElement user = form.findElement(By.cssSelector("input[name=username]"));
		WebElement secret = form.findElement(By.cssSelector("input[name=password]"));
		user.clear();
		user.sendKeys(username);
		secret.clear();
		secret.sendKeys(password);
		this.browser.click(form.findElement(By.cssSelector("vaadin-button[slot=submit]")));
	}

	protected void signOut() {
		this.browser.click("sign-out");
		this.browser.await("signed out", () -> this.browser.currentPath().equals("/login"));
	}

	/** Saves what the user sees now as docs/images/{zh|en}-{name}.png (1440×900). */
	protected void screenshot(String name) {
		this.browser.waitForVaadin();
		this.browser.screenshot(E2E.screenshotDir().resolve(this.lang.code + "-" + name + ".png"));
	}

	/**
	 * The same in another language, for a step that can happen only once in a run (the UI
	 * was switched to that language).
	 */
	protected void screenshot(Language in, String name) {
		this.browser.waitForVaadin();
		this.browser.screenshot(E2E.screenshotDir().resolve(in.code + "-" + name + ".png"));
	}

	private void evidence(ExtensionContext context) {
		if (this.browser == null) {
			return;
		}
		String name = (context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName() + "-"
				+ this.lang.code)
			.replaceAll("[^\\p{L}\\p{N}_-]+", "_");
		Path dir = E2E.workDir().resolve("failures");
		try {
			this.browser.screenshot(dir.resolve(name + ".png"));
			Files.writeString(dir.resolve(name + ".html"),
					String.valueOf(this.browser.js("return document.documentElement.outerHTML")),
					StandardCharsets.UTF_8);
		}
		catch (RuntimeException | IOException ex) {
			// the browser may be gone: the failure itself is what matters
		}
	}

	/** Starts the packaged app once per test run and stops it when the run ends. */
	static final class SharedApp implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			app = context.getRoot()
				.getStore(ExtensionContext.Namespace.create(SharedApp.class))
				.computeIfAbsent(CrmApp.class, key -> CrmApp.start(), CrmApp.class);
		}

	}

}
