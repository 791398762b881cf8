package cn.zhaoshang.crm.admission;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One version of a park's admission rules. A null threshold is not checked.
 *
 * @param minInvestmentIntensity 投资强度下限, 万元/亩
 * @param minOutputPerMu 亩均产值下限, 万元/亩
 * @param minTaxPerMu 亩均税收下限, 万元/亩
 * @param maxEnergyPerOutput 单位产值能耗上限, tce per 万元 of output
 * @param maxCodT caps on the project's yearly emissions, t/yr (also nh3n, so2, nox)
 * @param vetoHighPollution refuse industries flagged high-pollution/high-energy
 * @param conditionalBandPct a figure short of its threshold by at most this share of it
 * is CONDITIONAL, further short FAIL
 * @param excludedIndustryIds industries refused outright (a sector refuses its
 * sub-sectors)
 * @param createdByName null for the seeded first version
 */
public record AdmissionRules(long id, long parkId, int version, @Nullable BigDecimal minInvestmentIntensity,
		@Nullable BigDecimal minOutputPerMu, @Nullable BigDecimal minTaxPerMu, @Nullable BigDecimal maxEnergyPerOutput,
		@Nullable BigDecimal maxCodT, @Nullable BigDecimal maxNh3nT, @Nullable BigDecimal maxSo2T,
		@Nullable BigDecimal maxNoxT, boolean vetoHighPollution, BigDecimal conditionalBandPct,
		List<Long> excludedIndustryIds, @Nullable String note, @Nullable String createdByName,
		LocalDateTime createdAt) {

	public AdmissionRules {
		excludedIndustryIds = List.copyOf(excludedIndustryIds);
	}

}
