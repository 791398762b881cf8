package cn.zhaoshang.crm.fulfilment;

import java.util.Locale;

/** Where money came from, as zones report it: 省外 / 市外省内 / 市内. */
public enum FundsOrigin {

	OUTSIDE_PROVINCE, PROVINCE_OUTSIDE_CITY, IN_CITY;

	public String messageKey() {
		return "fulfilment.funds.origin." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
