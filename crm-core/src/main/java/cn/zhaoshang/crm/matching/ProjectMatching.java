package cn.zhaoshang.crm.matching;

import java.util.List;

/**
 * The parks and zones ranked for one land request.
 *
 * @param covered the request holds all its land already; the options are for its whole
 * area
 */
public record ProjectMatching(MatchNeed need, boolean covered, List<MatchOption> options) {

	public ProjectMatching {
		options = List.copyOf(options);
	}

}
