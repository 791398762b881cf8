package cn.zhaoshang.crm.investor;

import cn.zhaoshang.crm.shared.LeadSource;
import org.jspecify.annotations.Nullable;

/**
 * What the investor list is narrowed to. Every criterion is optional.
 *
 * @param name start of the Chinese or English name (prefix search on indexed columns)
 * @param cluster the industry cluster of the firm's industry
 * @param ownership 企业性质
 * @param existingTenant only firms already in the zone (true) or only targets (false)
 * @param countryCode ISO country, e.g. KR for Korean firms
 * @param flags firms carrying all of these tags
 * @param mine only firms the signed-in user owns
 * @param industryId only firms of this industry (产业)
 * @param source only firms that came through this channel (来源)
 * @param ownerId only firms this colleague owns
 */
public record InvestorFilter(@Nullable String name, @Nullable IndustryCluster cluster, @Nullable Ownership ownership,
		@Nullable Boolean existingTenant, @Nullable String countryCode, java.util.Set<Flag> flags, boolean mine,
		@Nullable Long industryId, @Nullable LeadSource source, @Nullable Long ownerId) {

	/** Tags of a firm that the list can filter on. */
	public enum Flag {

		/** 世界500强 */
		FORTUNE_500,
		/** 中国500强 */
		CHINA_500,
		/** 上市公司 */
		LISTED,
		/** 京津产业转移 */
		JINGJIN_TRANSFER

	}

	public InvestorFilter {
		flags = java.util.Set.copyOf(flags);
	}

	public InvestorFilter(@Nullable String name, @Nullable IndustryCluster cluster, @Nullable Ownership ownership,
			@Nullable Boolean existingTenant, @Nullable String countryCode, java.util.Set<Flag> flags, boolean mine) {
		this(name, cluster, ownership, existingTenant, countryCode, flags, mine, null, null, null);
	}

	public InvestorFilter(@Nullable String name, @Nullable IndustryCluster cluster, @Nullable Ownership ownership,
			@Nullable Boolean existingTenant) {
		this(name, cluster, ownership, existingTenant, null, java.util.Set.of(), false);
	}

	public static InvestorFilter none() {
		return new InvestorFilter(null, null, null, null);
	}

	public static InvestorFilter byName(String name) {
		return new InvestorFilter(name, null, null, null);
	}

}
