package cn.zhaoshang.crm.investor;

/** 企业性质: who owns the firm. */
public enum Ownership {

	/** 央企 */
	CENTRAL_SOE,
	/** 地方国企 */
	LOCAL_SOE,
	/** 民营 */
	PRIVATE,
	/** 外资 */
	FOREIGN,
	/** 合资 */
	JV

}
