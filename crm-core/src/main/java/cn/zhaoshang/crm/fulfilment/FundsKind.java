package cn.zhaoshang.crm.fulfilment;

import java.util.Locale;

/** What money arrived as: 固定资产投资 or 流动资金. */
public enum FundsKind {

	FIXED_ASSET, WORKING_CAPITAL;

	public String messageKey() {
		return "fulfilment.funds.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
