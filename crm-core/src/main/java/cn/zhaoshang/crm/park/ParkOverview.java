package cn.zhaoshang.crm.park;

import java.math.BigDecimal;

/**
 * A park with its land, in 亩: free (可供), reserved (预留) and allocated (已供) from the
 * running allocations on plots in supply, idle from plots out of supply (IDLE,
 * RECLAIMING). A partly allocated plot counts in more than one column.
 *
 * @param plannedInvestment 规划投资, 万元
 * @param availableMu free land: plots in supply minus the land allocations hold
 */
public record ParkOverview(long id, String code, String nameZh, String nameEn, BigDecimal plannedAreaMu,
		BigDecimal plannedInvestment, int plotCount, BigDecimal availableMu, BigDecimal reservedMu,
		BigDecimal allocatedMu, BigDecimal idleMu) {

	/** Land not yet in any plot (planned area minus the plots' total). */
	public BigDecimal unplottedMu() {
		return this.plannedAreaMu.subtract(this.availableMu)
			.subtract(this.reservedMu)
			.subtract(this.allocatedMu)
			.subtract(this.idleMu);
	}

}
