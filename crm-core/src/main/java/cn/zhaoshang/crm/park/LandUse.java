package cn.zhaoshang.crm.park;

import java.util.Locale;

/** 用地性质: what a plot may be built for, and what a project asks for. */
public enum LandUse {

	/** 工业 */
	INDUSTRIAL,

	/** 商业 */
	COMMERCIAL,

	/** 科研 */
	RD;

	/** The i18n key of the name, e.g. {@code land-use.industrial}. */
	public String messageKey() {
		return "land-use." + name().toLowerCase(Locale.ROOT);
	}

}
