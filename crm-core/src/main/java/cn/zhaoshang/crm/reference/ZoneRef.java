package cn.zhaoshang.crm.reference;

import java.util.Locale;

/** A zone (片区) inside a park. */
public record ZoneRef(long id, long parkId, String code, String nameZh, String nameEn) {

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.nameZh : this.nameEn;
	}

}
