package cn.zhaoshang.crm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Chinese and English bundles have the same keys, every key a view asks for exists, and
 * no view hard-codes user-facing text.
 */
class I18nBundlesTest {

	private static final Path UI_SOURCES = Path.of("src/main/java/cn/zhaoshang/crm/ui");

	/**
	 * Literal text handed to a component: should be a getTranslation(...) call instead.
	 */
	private static final Pattern LITERAL_TEXT = Pattern.compile(
			"(setHeader|setLabel|setText|setPlaceholder|setTitle|new (Button|Span|H1|H2|H3|Paragraph|Notification|Anchor))\\(\"[^\"]*\\p{L}");

	private static final Pattern KEY_USE = Pattern.compile("getTranslation\\(\"([a-z0-9.-]*[a-z0-9])\"\\s*[,)]");

	@Test
	void chinese_and_english_have_the_same_keys() throws IOException {
		Properties zh = load("/vaadin-i18n/translations.properties");
		Properties en = load("/vaadin-i18n/translations_en.properties");
		assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
		zh.stringPropertyNames().forEach(key -> assertThat(zh.getProperty(key)).as(key).isNotBlank());
		en.stringPropertyNames().forEach(key -> assertThat(en.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void every_key_used_in_a_view_exists() throws IOException {
		Properties zh = load("/vaadin-i18n/translations.properties");
		List<String> missing = new ArrayList<>();
		for (Path source : sources()) {
			Matcher m = KEY_USE.matcher(Files.readString(source));
			while (m.find()) {
				if (!zh.containsKey(m.group(1))) {
					missing.add(source.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void views_hand_no_literal_text_to_components() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path source : sources()) {
			Matcher m = LITERAL_TEXT.matcher(Files.readString(source));
			while (m.find()) {
				literals.add(source.getFileName() + ": " + m.group());
			}
		}
		assertThat(literals).isEmpty();
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(UI_SOURCES)) {
			return files.filter(p -> p.toString().endsWith(".java")).toList();
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nBundlesTest.class.getResourceAsStream(resource)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
