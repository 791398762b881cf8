package cn.zhaoshang.crm.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Chinese stays Chinese on a server whose JVM speaks English. */
class TranslationProviderTest {

	private final Locale jvmDefault = Locale.getDefault();

	private final TranslationProvider provider = new TranslationProvider();

	@AfterEach
	void restore() {
		Locale.setDefault(this.jvmDefault);
	}

	@Test
	void chinese_is_not_replaced_by_the_jvms_english() {
		Locale.setDefault(Locale.US);
		assertThat(this.provider.getTranslation("menu.investors", Locale.SIMPLIFIED_CHINESE)).isEqualTo("客商库");
		assertThat(this.provider.getTranslation("menu.investors", Locale.CHINESE)).isEqualTo("客商库");
		assertThat(this.provider.getTranslation("menu.investors", Locale.ENGLISH)).isEqualTo("Investors");
		assertThat(this.provider.getTranslation("menu.investors", Locale.UK)).isEqualTo("Investors");
	}

	@Test
	void arguments_are_filled_in() {
		assertThat(this.provider.getTranslation("investor.total", Locale.SIMPLIFIED_CHINESE, 23)).isEqualTo("共 23 家");
		assertThat(this.provider.getTranslation("home.welcome", Locale.ENGLISH, "Zhang Wei"))
			.isEqualTo("Welcome, Zhang Wei");
	}

	@Test
	void a_new_session_starts_in_chinese_unless_english_was_chosen() {
		assertThat(LocaleSelection.fromCookie(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

}
