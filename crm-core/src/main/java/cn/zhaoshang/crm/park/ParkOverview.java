package cn.zhaoshang.crm.park;

import java.math.BigDecimal;

/**
 * A park with its land by plot status, in 亩.
 *
 * @param plannedInvestment 规划投资, 万元
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
