package cn.zhaoshang.crm.admission;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The figures of a project an evaluation reads, as recorded (nothing filled in).
 *
 * @param industryIds the project's industry and its parent sector (empty when the project
 * has no industry)
 * @param highPollution the industry or its sector is flagged high-pollution/high-energy
 */
record ProjectFacts(List<Long> industryIds, boolean highPollution, @Nullable BigDecimal investmentTotal,
		@Nullable BigDecimal landMu, @Nullable BigDecimal annualOutput, @Nullable BigDecimal annualTax,
		@Nullable BigDecimal energyTce, @Nullable BigDecimal codT, @Nullable BigDecimal nh3nT,
		@Nullable BigDecimal so2T, @Nullable BigDecimal noxT) {

	ProjectFacts {
		industryIds = List.copyOf(industryIds);
	}

}
