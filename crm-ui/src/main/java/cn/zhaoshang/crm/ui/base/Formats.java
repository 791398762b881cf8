package cn.zhaoshang.crm.ui.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Numbers, money and land as the user's language writes them. Land is stored in 亩;
 * English adds hectares (1 ha = 15 亩) because 亩 means nothing to most foreign investors.
 */
public final class Formats {

	private static final BigDecimal MU_PER_HECTARE = BigDecimal.valueOf(15);

	private Formats() {
	}

	public static String decimal(@Nullable BigDecimal value, Locale locale) {
		return number(value, 2, locale);
	}

	/** With exactly {@code digits} decimals (e.g. 4 for tce per 万元). */
	public static String decimal(@Nullable BigDecimal value, Locale locale, int digits) {
		return number(value, digits, locale);
	}

	/** Grouped, with exactly {@code decimals} decimals (rounded half up); "" for none. */
	public static String number(@Nullable BigDecimal value, int decimals, Locale locale) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setRoundingMode(RoundingMode.HALF_UP);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/** "1,500.00 亩" in Chinese, "1,500.00 mu (100.00 ha)" in English. */
	public static String area(@Nullable BigDecimal mu, Locale locale) {
		if (mu == null) {
			return "";
		}
		if ("zh".equals(locale.getLanguage())) {
			return decimal(mu, locale) + " 亩";
		}
		BigDecimal hectares = mu.divide(MU_PER_HECTARE, 2, RoundingMode.HALF_UP);
		return decimal(mu, locale) + " mu (" + decimal(hectares, locale) + " ha)";
	}

	/** "600,000.00 万元" in Chinese; "CNY 6,000.00 m" (millions) in English. */
	public static String wanYuan(@Nullable BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		if ("zh".equals(locale.getLanguage())) {
			return decimal(value, locale) + " 万元";
		}
		return "CNY " + decimal(value.movePointLeft(2), locale) + " m";
	}

	public static String dateTime(@Nullable LocalDateTime value) {
		return (value == null) ? "" : value.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
	}

}
