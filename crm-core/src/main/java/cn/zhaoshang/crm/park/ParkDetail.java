package cn.zhaoshang.crm.park;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the park page shows above its plot table: the land totals, the land by zone,
 * the industries the park admits and its admission thresholds.
 */
public record ParkDetail(ParkOverview overview, @Nullable String focusZh, @Nullable String focusEn,
		List<ZoneLand> zones, List<IndustryRef> admittedIndustries, AdmissionThresholds thresholds) {
}
