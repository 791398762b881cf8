package cn.zhaoshang.crm.investor;

/** The plan's three industry clusters (target output mix 55 / 25 / 20 %). */
public enum IndustryCluster {

	/** 汽车 (整车 + 零部件) */
	AUTO,
	/** 新兴产业 */
	EMERGING,
	/** 传统产业 */
	TRADITIONAL

}
