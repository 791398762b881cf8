package cn.zhaoshang.crm.reference;

import java.util.Locale;

/** A park (园区) as forms and filters offer it. */
public record ParkRef(long id, String code, String nameZh, String nameEn) {

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.nameZh : this.nameEn;
	}

}
