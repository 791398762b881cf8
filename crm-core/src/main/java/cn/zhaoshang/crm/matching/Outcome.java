package cn.zhaoshang.crm.matching;

import java.util.Locale;

/** How a criterion came out. */
public enum Outcome {

	PASS,

	/** half way (e.g. the preferred park but another zone) */
	PARTIAL,

	FAIL,

	/** the project lacks the figure to judge by */
	UNKNOWN,

	/** nothing to check: the park sets no threshold, the project asks for nothing */
	NOT_SET;

	public String messageKey() {
		return "matching.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
