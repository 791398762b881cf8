package cn.zhaoshang.crm.park;

import java.util.Locale;

/**
 * 地块状态. AVAILABLE, RESERVED and ALLOCATED sum up the plot's running allocations (kept by
 * the allocation service: ALLOCATED when any land on it is confirmed, RESERVED when only
 * reservations hold land, else AVAILABLE; a partly allocated plot may still have free
 * land). IDLE and RECLAIMING are the idle-land cycle (腾笼换鸟) and take the plot out of
 * supply.
 */
public enum PlotStatus {

	AVAILABLE, RESERVED, ALLOCATED, IDLE, RECLAIMING;

	/** IDLE or RECLAIMING: no land of it can be reserved. */
	public boolean outOfSupply() {
		return this == IDLE || this == RECLAIMING;
	}

	/** The i18n key of the name, e.g. {@code plot.status.available}. */
	public String messageKey() {
		return "plot.status." + name().toLowerCase(Locale.ROOT);
	}

}
