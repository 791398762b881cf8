package cn.zhaoshang.crm.admission;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A park's rules as edited; saving writes the next version.
 *
 * @param basedOnVersion the version the editor started from: if someone saved another
 * version since, the save is refused ({@code admission.error.rules-stale})
 */
public record AdmissionRulesForm(long parkId, int basedOnVersion, @Nullable BigDecimal minInvestmentIntensity,
		@Nullable BigDecimal minOutputPerMu, @Nullable BigDecimal minTaxPerMu, @Nullable BigDecimal maxEnergyPerOutput,
		@Nullable BigDecimal maxCodT, @Nullable BigDecimal maxNh3nT, @Nullable BigDecimal maxSo2T,
		@Nullable BigDecimal maxNoxT, boolean vetoHighPollution, @Nullable BigDecimal conditionalBandPct,
		List<Long> excludedIndustryIds, @Nullable String note) {

	public AdmissionRulesForm {
		excludedIndustryIds = List.copyOf(excludedIndustryIds);
	}

	/** The form of an existing version, to edit it into the next one. */
	public static AdmissionRulesForm of(AdmissionRules r) {
		return new AdmissionRulesForm(r.parkId(), r.version(), r.minInvestmentIntensity(), r.minOutputPerMu(),
				r.minTaxPerMu(), r.maxEnergyPerOutput(), r.maxCodT(), r.maxNh3nT(), r.maxSo2T(), r.maxNoxT(),
				r.vetoHighPollution(), r.conditionalBandPct(), r.excludedIndustryIds(), null);
	}

}
