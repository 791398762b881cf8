package cn.zhaoshang.crm.report;

import java.math.BigDecimal;

/**
 * One staff member's period (全员招商考核).
 *
 * @param newLeads projects created in the period that they own
 * @param visits VISIT activities they logged in the period
 * @param siteInspections SITE_INSPECTION activities
 * @param signings their projects signed (first time) in the period
 * @param signedInvestment total investment of those, 万元
 * @param signedForeignUsd their foreign capital, 万美元
 */
public record StaffPerformance(long userId, String name, int newLeads, int visits, int siteInspections, int signings,
		BigDecimal signedInvestment, BigDecimal signedForeignUsd) {

	public StaffPerformance {
		signedInvestment = Ratios.two(signedInvestment);
		signedForeignUsd = Ratios.two(signedForeignUsd);
	}

}
