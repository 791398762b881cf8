package cn.zhaoshang.crm.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bundles in {@code vaadin-i18n/}: translations.properties is Simplified Chinese (and
 * the fallback), translations_en.properties English.
 *
 * <p>
 * Not Vaadin's DefaultI18NProvider: it uses the JDK's default bundle lookup, which for
 * zh_CN falls back to the JVM's default locale (English on most servers) before the base
 * bundle, so Chinese users got English. Here the lookup never falls back to the JVM
 * locale.
 */
@Component
public class TranslationProvider implements I18NProvider {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	private static final String BUNDLE = "vaadin-i18n.translations";

	private static final ResourceBundle.Control NO_JVM_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

	@Override
	public List<Locale> getProvidedLocales() {
		return List.of(CHINESE, ENGLISH);
	}

	/**
	 * The text for {@code key}, or {@code fallback} without a warning when the bundle has
	 * no such key: for names that come from data (audit field names, entity types).
	 */
	public static String translateOr(String key, Locale locale, String fallback) {
		try {
			return ResourceBundle.getBundle(BUNDLE, locale, TranslationProvider.class.getClassLoader(), NO_JVM_FALLBACK)
				.getString(key);
		}
		catch (MissingResourceException ex) {
			return fallback;
		}
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		try {
			String pattern = ResourceBundle
				.getBundle(BUNDLE, locale, TranslationProvider.class.getClassLoader(), NO_JVM_FALLBACK)
				.getString(key);
			return (params.length == 0) ? pattern : new MessageFormat(pattern, locale).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing translation {} for {}", key, locale);
			return "!" + key;
		}
	}

}
