package cn.zhaoshang.crm.shared;

import java.util.Locale;

/** Where a lead (an investor or a project) came from (来源). */
public enum LeadSource {

	/** 全员招商 */
	ALL_STAFF,

	/** 以商招商: referred by a tenant */
	TENANT_REFERRAL,

	/** 展会 */
	EXHIBITION,

	/** 中介 */
	AGENCY,

	/** 其他 */
	OTHER;

	/** The i18n key of the source's name, e.g. {@code source.tenant-referral}. */
	public String messageKey() {
		return "source." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
