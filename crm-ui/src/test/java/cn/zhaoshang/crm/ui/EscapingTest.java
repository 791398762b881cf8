package cn.zhaoshang.crm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No view renders HTML built from strings: everything goes through setText, grid text
 * columns and component properties, which Vaadin escapes. (ArchitectureTest bans the Html
 * component; this catches innerHTML and HTML templates.)
 */
class EscapingTest {

	private static final Pattern HTML = Pattern
		.compile("innerHTML|outerHTML|insertAdjacentHTML|new Html\\(|LitRenderer|TemplateRenderer|\\.setHtml\\(");

	@Test
	void views_never_render_html_from_strings() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/zhaoshang/crm/ui"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				var m = HTML.matcher(Files.readString(file));
				while (m.find()) {
					found.add(file.getFileName() + ": " + m.group());
				}
			}
		}
		assertThat(found).isEmpty();
	}

}
