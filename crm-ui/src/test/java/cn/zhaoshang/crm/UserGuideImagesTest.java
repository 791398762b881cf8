package cn.zhaoshang.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The user guides show only screenshots that exist, and the English guide shows the same
 * steps as the Chinese one (the browser suite, profile e2e, takes them in both
 * languages).
 */
class UserGuideImagesTest {

	private static final Path DOCS = Path.of("../docs");

	private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\((images/[^)]+)\\)");

	@Test
	void every_image_a_guide_shows_exists() throws IOException {
		for (String guide : List.of("user-guide.md", "user-guide.en.md")) {
			assertThat(images(guide)).as(guide)
				.isNotEmpty()
				.allSatisfy(image -> assertThat(DOCS.resolve(image)).as(guide).isRegularFile());
		}
	}

	@Test
	void both_guides_show_the_same_steps_in_their_own_language() throws IOException {
		List<String> zh = images("user-guide.md");
		List<String> en = images("user-guide.en.md");
		assertThat(zh).allSatisfy(image -> assertThat(image).startsWith("images/zh-"));
		assertThat(en).allSatisfy(image -> assertThat(image).startsWith("images/en-"));
		assertThat(en).isEqualTo(zh.stream().map(image -> image.replace("images/zh-", "images/en-")).toList());
	}

	private static List<String> images(String guide) throws IOException {
		Matcher m = IMAGE.matcher(Files.readString(DOCS.resolve(guide)));
		return m.results().map(r -> r.group(1)).toList();
	}

}
