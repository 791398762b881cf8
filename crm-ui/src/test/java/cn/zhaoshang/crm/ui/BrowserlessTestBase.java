package cn.zhaoshang.crm.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;

/** Vaadin views driven on the server, no browser, against the real (test) database. */
@SpringBootTest
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

	private static Locale jvmDefault = Locale.getDefault();

	/**
	 * Browserless mocks take the UI's locale from the JVM and skip the session-init
	 * listener (LocaleSelection) that makes a real session Chinese.
	 */
	@BeforeAll
	static void startInChinese() {
		jvmDefault = Locale.getDefault();
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterAll
	static void restoreLocale() {
		Locale.setDefault(jvmDefault);
	}

}
