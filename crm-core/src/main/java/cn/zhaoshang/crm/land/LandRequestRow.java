package cn.zhaoshang.crm.land;

import java.math.BigDecimal;

import cn.zhaoshang.crm.park.LandUse;
import org.jspecify.annotations.Nullable;

/**
 * A project's land request (用地需求) with the land its running allocations already hold.
 *
 * @param heldMu reserved or confirmed for it on plots
 */
public record LandRequestRow(long id, int version, long projectId, BigDecimal areaMu, @Nullable Long parkId,
		@Nullable String parkNameZh, @Nullable String parkNameEn, @Nullable Long zoneId, @Nullable String zoneNameZh,
		@Nullable String zoneNameEn, @Nullable LandUse landUse, @Nullable BigDecimal powerKva,
		@Nullable BigDecimal waterTPerDay, @Nullable BigDecimal gasM3PerDay, @Nullable String notes,
		BigDecimal heldMu) {

	/** Land still to find for the request. */
	public BigDecimal remainingMu() {
		return this.areaMu.subtract(this.heldMu).max(BigDecimal.ZERO);
	}

}
