package cn.zhaoshang.crm.investor;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** One line of the investor list: only what the list shows. */
public record InvestorRow(long id, String nameZh, @Nullable String nameEn, @Nullable String uscc,
		@Nullable String industryZh, @Nullable String industryEn, @Nullable IndustryCluster cluster, String countryCode,
		@Nullable Ownership ownership, @Nullable Integer fortune500Rank, boolean china500, boolean existingTenant,
		@Nullable String ownerName, int projectCount, LocalDateTime updatedAt) {
}
