package cn.zhaoshang.crm.matching;

import java.util.List;
import java.util.Set;

import cn.zhaoshang.crm.park.AdmissionThresholds;

/**
 * A park as matching sees it: the industries it admits (a listed sector admits its
 * sub-sectors), its thresholds and its zones with their plots.
 */
public record MatchPark(long id, String code, String nameZh, String nameEn, Set<Long> admittedIndustryIds,
		AdmissionThresholds thresholds, List<MatchZone> zones) {

	public MatchPark {
		admittedIndustryIds = Set.copyOf(admittedIndustryIds);
		zones = List.copyOf(zones);
	}

}
