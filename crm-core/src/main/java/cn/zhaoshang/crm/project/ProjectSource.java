package cn.zhaoshang.crm.project;

import java.util.Locale;

/** Where a project came from (项目来源). */
public enum ProjectSource {

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

	/** The i18n key of the source's name, e.g. {@code project.source.tenant-referral}. */
	public String messageKey() {
		return "project.source." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
