package cn.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The figures derived from a project's own, in one place: computed from the DECIMALs with
 * an explicit scale and rounding, never through double.
 *
 * @param investmentIntensity 投资强度: total investment / land requested, 万元/亩
 * @param outputPerMu expected annual output / land requested, 万元/亩
 * @param taxPerMu expected annual tax / land requested, 万元/亩
 * @param major a project of at least 1 亿美元 (the plan counts them): foreign capital of at
 * least 10000 万美元, or a total investment worth at least that at the configured USD/CNY
 * rate
 */
public record ProjectFigures(@Nullable BigDecimal investmentIntensity, @Nullable BigDecimal outputPerMu,
		@Nullable BigDecimal taxPerMu, boolean major) {

	/** Scale of the per-亩 figures (万元/亩 to two decimals, i.e. to 100 yuan). */
	public static final int SCALE = 2;

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	/** 1 亿美元 in 万美元. */
	public static final BigDecimal MAJOR_USD = new BigDecimal("10000");

	/**
	 * @param investmentTotal 总投资, 万元
	 * @param investmentForeignUsd 利用外资, 万美元
	 * @param landMu 用地, 亩
	 * @param annualOutput 年产值, 万元
	 * @param annualTax 年税收, 万元
	 * @param usdCnyRate yuan per US dollar, e.g. 7.10
	 */
	public static ProjectFigures of(@Nullable BigDecimal investmentTotal, @Nullable BigDecimal investmentForeignUsd,
			@Nullable BigDecimal landMu, @Nullable BigDecimal annualOutput, @Nullable BigDecimal annualTax,
			BigDecimal usdCnyRate) {
		return new ProjectFigures(perMu(investmentTotal, landMu), perMu(annualOutput, landMu), perMu(annualTax, landMu),
				isMajor(investmentTotal, investmentForeignUsd, usdCnyRate));
	}

	/** {@code amount / landMu} to {@link #SCALE} decimals; null without land. */
	public static @Nullable BigDecimal perMu(@Nullable BigDecimal amount, @Nullable BigDecimal landMu) {
		if (amount == null || landMu == null || landMu.signum() == 0) {
			return null;
		}
		return amount.divide(landMu, SCALE, ROUNDING);
	}

	/**
	 * At least 1 亿美元: foreign capital ≥ 10000 万美元, or total investment / rate ≥ 10000
	 * (compared as total ≥ 10000 × rate, which is exact where the division would round).
	 */
	public static boolean isMajor(@Nullable BigDecimal investmentTotal, @Nullable BigDecimal investmentForeignUsd,
			BigDecimal usdCnyRate) {
		if (usdCnyRate.signum() <= 0) {
			throw new IllegalArgumentException("USD/CNY rate must be positive: " + usdCnyRate);
		}
		if (investmentForeignUsd != null && investmentForeignUsd.compareTo(MAJOR_USD) >= 0) {
			return true;
		}
		return investmentTotal != null && investmentTotal.compareTo(MAJOR_USD.multiply(usdCnyRate)) >= 0;
	}

}
