package cn.zhaoshang.crm.matching;

import java.util.List;

import cn.zhaoshang.crm.park.ParkRef;

/**
 * The parks and zones ranked for one land request.
 *
 * @param covered the request holds all its land already; the options are for its whole
 * area
 * @param options every zone of the parks that admit the project's industry, best first
 * @param notAdmitting the parks that do not admit the industry (none does when it is
 * high-polluting): they never fit, so their land is not weighed; at province scale they
 * are most parks
 */
public record ProjectMatching(MatchNeed need, boolean covered, List<MatchOption> options, List<ParkRef> notAdmitting) {

	public ProjectMatching {
		options = List.copyOf(options);
		notAdmitting = List.copyOf(notAdmitting);
	}

}
