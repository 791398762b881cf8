package cn.zhaoshang.crm.matching;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A zone of a park with its plots; {@code id} null for a park without zones (or its plots
 * outside any zone).
 *
 * @param plannedIndustryIds what the zone is planned for; empty: whatever the park admits
 */
public record MatchZone(@Nullable Long id, @Nullable String nameZh, @Nullable String nameEn,
		Set<Long> plannedIndustryIds, List<MatchPlot> plots) {

	public MatchZone {
		plannedIndustryIds = Set.copyOf(plannedIndustryIds);
		plots = List.copyOf(plots);
	}

}
