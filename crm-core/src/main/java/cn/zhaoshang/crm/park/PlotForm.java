package cn.zhaoshang.crm.park;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A plot as its form edits it (never its status: allocations and the idle-land cycle move
 * that). {@code id} and {@code version} are null for a new plot.
 */
public record PlotForm(@Nullable Long id, @Nullable Integer version, long parkId, @Nullable Long zoneId,
		@Nullable String code, @Nullable BigDecimal areaMu, @Nullable LandUse landUse, @Nullable BigDecimal powerKva,
		@Nullable BigDecimal waterTPerDay, @Nullable BigDecimal gasM3PerDay, @Nullable Integer planX,
		@Nullable Integer planY, @Nullable Integer planW, @Nullable Integer planH, @Nullable BigDecimal landPrice,
		@Nullable String notes) {

	public static PlotForm empty(long parkId) {
		return new PlotForm(null, null, parkId, null, null, null, LandUse.INDUSTRIAL, null, null, null, null, null,
				null, null, null, null);
	}

	public static PlotForm of(PlotRow p) {
		return new PlotForm(p.id(), p.version(), p.parkId(), p.zoneId(), p.code(), p.areaMu(), p.landUse(),
				p.powerKva(), p.waterTPerDay(), p.gasM3PerDay(), p.planX(), p.planY(), p.planW(), p.planH(),
				p.landPrice(), p.notes());
	}

}
