package cn.zhaoshang.crm.land;

import java.util.Locale;

/** How idle land is brought back into use: the seed's "出、转、租". */
public enum RecoveryRoute {

	/** 收回: the zone takes the land back */
	TAKE_BACK,
	/** 转让: the holder transfers it to a new investor */
	TRANSFER,
	/** 出租: the holder leases it out */
	LEASE;

	public String messageKey() {
		return "plot.route." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
