package cn.zhaoshang.crm.report;

/** The parts of the cockpit; who gets which is decided in {@link ReportService}. */
public enum CockpitSection {

	/** 项目漏斗 */
	FUNNEL,
	/** 签约/供地/开工/投产 vs. last year */
	MILESTONES,
	/** 规划目标 */
	TARGETS,
	/** 园区土地 */
	LAND,
	/** 督办 */
	SUPERVISION,
	/** 全员招商考核 */
	STAFF

}
