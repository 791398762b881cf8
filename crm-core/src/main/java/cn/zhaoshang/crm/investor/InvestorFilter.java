package cn.zhaoshang.crm.investor;

import org.jspecify.annotations.Nullable;

/**
 * What the investor list is narrowed to. Every criterion is optional.
 *
 * @param name start of the Chinese or English name (prefix search on indexed columns)
 * @param cluster the industry cluster of the firm's industry
 * @param ownership 企业性质
 * @param existingTenant only firms already in the zone (true) or only targets (false)
 */
public record InvestorFilter(@Nullable String name, @Nullable IndustryCluster cluster, @Nullable Ownership ownership,
		@Nullable Boolean existingTenant) {

	public static InvestorFilter none() {
		return new InvestorFilter(null, null, null, null);
	}

	public static InvestorFilter byName(String name) {
		return new InvestorFilter(name, null, null, null);
	}

}
