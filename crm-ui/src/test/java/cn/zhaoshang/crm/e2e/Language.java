package cn.zhaoshang.crm.e2e;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The UI's two languages. Expected texts come from the app's own bundles (as
 * TranslationProvider formats them), so a flow asserts what the user reads in either
 * language without a second copy of the wording.
 */
enum Language {

	ZH("zh", Locale.SIMPLIFIED_CHINESE, "lang-zh"), EN("en", Locale.ENGLISH, "lang-en");

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	/** Prefix of the screenshots (zh-01-login.png, en-01-login.png). */
	final String code;

	final Locale locale;

	/** Id of the switch button on the login page and in the menu. */
	final String switchId;

	Language(String code, Locale locale, String switchId) {
		this.code = code;
		this.locale = locale;
		this.switchId = switchId;
	}

	/** The text the UI shows for a bundle key, with arguments as the app formats them. */
	String t(String key, Object... args) {
		String pattern = ResourceBundle
			.getBundle("vaadin-i18n.translations", this.locale, Language.class.getClassLoader(), NO_FALLBACK)
			.getString(key);
		return (args.length == 0) ? pattern : new MessageFormat(pattern, this.locale).format(args);
	}

}
