package cn.zhaoshang.crm.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rules every free-text field follows: trimmed, blank means absent, a maximum length,
 * and no control characters (line breaks allowed only in multi-line fields). A broken
 * rule is a DomainException naming the field.
 */
public final class TextRules {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

	private TextRules() {
	}

	public static String required(@Nullable String text, String field, int max) {
		String value = optional(text, field, max);
		if (value == null) {
			throw new DomainException("validation.required", field);
		}
		return value;
	}

	/** One line of text, or null when blank. */
	public static @Nullable String optional(@Nullable String text, String field, int max) {
		return check(text, field, max, CONTROL);
	}

	/** Text that may span lines (notes, descriptions), or null when blank. */
	public static @Nullable String multiline(@Nullable String text, String field, int max) {
		return check(text, field, max, CONTROL_BUT_LINES);
	}

	private static @Nullable String check(@Nullable String text, String field, int max, Pattern forbidden) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			throw new DomainException("validation.too-long", field, max);
		}
		if (forbidden.matcher(value).find()) {
			throw new DomainException("validation.control-characters", field);
		}
		return value;
	}

}
