package cn.zhaoshang.crm.park;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A plot (地块) with the land its running allocations hold, in 亩.
 *
 * @param reservedMu held by reservations that have not expired
 * @param allocatedMu confirmed (已供地)
 * @param planX rectangle on the park's 1000 × 1000 plan; all four null when not drawn
 */
public record PlotRow(long id, int version, long parkId, @Nullable Long zoneId, @Nullable String zoneNameZh,
		@Nullable String zoneNameEn, String code, BigDecimal areaMu, BigDecimal reservedMu, BigDecimal allocatedMu,
		LandUse landUse, PlotStatus status, @Nullable BigDecimal powerKva, @Nullable BigDecimal waterTPerDay,
		@Nullable BigDecimal gasM3PerDay, @Nullable Integer planX, @Nullable Integer planY, @Nullable Integer planW,
		@Nullable Integer planH, @Nullable BigDecimal landPrice, @Nullable String notes) {

	/** Land no running allocation holds; none while the plot is idle or reclaimed. */
	public BigDecimal freeArea() {
		if (this.status.outOfSupply()) {
			return BigDecimal.ZERO;
		}
		return this.areaMu.subtract(this.reservedMu).subtract(this.allocatedMu).max(BigDecimal.ZERO);
	}

	public boolean drawn() {
		return this.planX != null && this.planY != null && this.planW != null && this.planH != null;
	}

}
