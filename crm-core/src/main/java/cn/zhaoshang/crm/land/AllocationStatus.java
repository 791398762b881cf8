package cn.zhaoshang.crm.land;

import java.util.Locale;

/** 预留 → 确认供地 → 释放. */
public enum AllocationStatus {

	RESERVED, CONFIRMED, RELEASED;

	public String messageKey() {
		return "allocation.status." + name().toLowerCase(Locale.ROOT);
	}

}
