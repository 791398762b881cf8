package cn.zhaoshang.crm.reference;

import java.util.Locale;

import cn.zhaoshang.crm.investor.IndustryCluster;

/** An industry (产业) as forms and filters offer it. */
public record IndustryRef(long id, String code, String nameZh, String nameEn, IndustryCluster cluster) {

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.nameZh : this.nameEn;
	}

}
