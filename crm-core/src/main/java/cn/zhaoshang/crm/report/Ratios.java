package cn.zhaoshang.crm.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Percentages from the SQL aggregates, in one place: BigDecimal, one decimal, half up.
 */
final class Ratios {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final int PCT_SCALE = 1;

	private Ratios() {
	}

	/** {@code part / whole} in %, or null when the whole is zero. */
	static @Nullable BigDecimal pct(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, PCT_SCALE, RoundingMode.HALF_UP);
	}

	/** Money (万元, 万美元) and land (亩) always carry two decimals. */
	static BigDecimal two(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	static @Nullable BigDecimal pct(long part, long whole) {
		return pct(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
	}

}
