package cn.zhaoshang.crm.park;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The land of one zone of a park, in 亩; {@code zoneId} is null for the plots of a park
 * that has no zones (or plots outside any zone).
 *
 * @param plannedAreaMu the zone's planned area; null for plots outside any zone
 * @param largestFreeMu the most free land on one plot of the zone
 * @param plannedIndustries what the zone is planned for; empty: whatever the park admits
 */
public record ZoneLand(@Nullable Long zoneId, @Nullable String nameZh, @Nullable String nameEn,
		@Nullable BigDecimal plannedAreaMu, int plotCount, BigDecimal plottedMu, BigDecimal freeMu,
		BigDecimal reservedMu, BigDecimal allocatedMu, BigDecimal idleMu, BigDecimal largestFreeMu,
		List<IndustryRef> plannedIndustries) {
}
