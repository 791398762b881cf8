package cn.zhaoshang.crm.tenant;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Grades a tenant's year (pure). A cut-off is met exactly when tax ≥ cut-off × land (no
 * rounded quotient decides a grade). Without land, tax or output there is no grade:
 * nothing is guessed.
 */
final class Grading {

	static final int SCALE = 2;

	private Grading() {
	}

	static @Nullable Grade grade(GradingCutoffs cutoffs, @Nullable BigDecimal landMu, @Nullable BigDecimal output,
			@Nullable BigDecimal tax) {
		if (landMu == null || landMu.signum() <= 0 || output == null || tax == null) {
			return null;
		}
		Grade onTax = grade(tax, landMu, cutoffs.aTaxPerMu(), cutoffs.bTaxPerMu(), cutoffs.cTaxPerMu());
		Grade onOutput = grade(output, landMu, cutoffs.aOutputPerMu(), cutoffs.bOutputPerMu(), cutoffs.cOutputPerMu());
		return Grade.worse(onTax, onOutput);
	}

	/** amount / land, 万元/亩 to two decimals; null without land. */
	static @Nullable BigDecimal perMu(@Nullable BigDecimal amount, @Nullable BigDecimal landMu) {
		if (amount == null || landMu == null || landMu.signum() <= 0) {
			return null;
		}
		return amount.divide(landMu, SCALE, RoundingMode.HALF_UP);
	}

	private static Grade grade(BigDecimal amount, BigDecimal land, BigDecimal a, BigDecimal b, BigDecimal c) {
		if (amount.compareTo(a.multiply(land)) >= 0) {
			return Grade.A;
		}
		if (amount.compareTo(b.multiply(land)) >= 0) {
			return Grade.B;
		}
		return (amount.compareTo(c.multiply(land)) >= 0) ? Grade.C : Grade.D;
	}

}
