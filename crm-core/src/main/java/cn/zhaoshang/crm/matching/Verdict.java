package cn.zhaoshang.crm.matching;

import java.util.Locale;

/**
 * The overall result of an option, like an admission result: fits; fits on conditions (a
 * threshold or a utility is failed or unknown); does not fit (industry, land or land use
 * fail).
 */
public enum Verdict {

	FITS, CONDITIONAL, DOES_NOT_FIT;

	public String messageKey() {
		return "matching.verdict." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
