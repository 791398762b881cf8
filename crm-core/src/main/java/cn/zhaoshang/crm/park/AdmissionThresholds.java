package cn.zhaoshang.crm.park;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A park's admission thresholds (准入标准); null where the park sets none.
 *
 * @param minInvestmentIntensity 投资强度 at least, 万元/亩
 * @param minOutputPerMu 亩均产值 at least, 万元/亩
 * @param minTaxPerMu 亩均税收 at least, 万元/亩
 * @param maxEnergyPerOutput 万元产值能耗 at most, tce per 万元 of output
 */
public record AdmissionThresholds(@Nullable BigDecimal minInvestmentIntensity, @Nullable BigDecimal minOutputPerMu,
		@Nullable BigDecimal minTaxPerMu, @Nullable BigDecimal maxEnergyPerOutput) {

	public static final AdmissionThresholds NONE = new AdmissionThresholds(null, null, null, null);

}
