package cn.zhaoshang.crm.investor;

import cn.zhaoshang.crm.shared.LeadSource;
import org.jspecify.annotations.Nullable;

/**
 * What the investor form edits. {@code id} is null for a new firm; {@code version} is the
 * one the user loaded (optimistic locking).
 */
public record InvestorForm(@Nullable Long id, int version, String nameZh, @Nullable String nameEn,
		@Nullable String nameLocal, @Nullable String uscc, @Nullable Long parentId, @Nullable Long industryId,
		String countryCode, @Nullable Ownership ownership, @Nullable Integer fortune500Rank, boolean china500,
		@Nullable String listedExchange, @Nullable String listedTicker, boolean existingTenant, boolean jingjinTransfer,
		@Nullable Long ownerId, @Nullable String website, @Nullable String address, @Nullable String notes,
		@Nullable LeadSource source) {

	public static InvestorForm blank() {
		return new InvestorForm(null, 0, "", null, null, null, null, null, "CN", null, null, false, null, null, false,
				false, null, null, null, null, null);
	}

}
