package cn.zhaoshang.crm.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One budget and how much of it signed projects take.
 *
 * @param total the plan's figure (tce/yr or t/yr)
 * @param used the sum over projects at SIGNED or later (ON_HOLD ones held there included)
 * @param sourceRef where in the plan the total comes from
 */
public record BudgetUse(BudgetKind kind, BigDecimal total, BigDecimal used, String sourceRef) {

	public BigDecimal remaining() {
		return this.total.subtract(this.used);
	}

	/** used / total, 0..1 and beyond when overdrawn; 0 for a zero budget. */
	public BigDecimal share() {
		return (this.total.signum() == 0) ? BigDecimal.ZERO : this.used.divide(this.total, 4, RoundingMode.HALF_UP);
	}

	public boolean overdrawn() {
		return this.used.compareTo(this.total) > 0;
	}

}
