package cn.zhaoshang.crm.admission;

import java.math.BigDecimal;

/**
 * Signing the project would take a budget past its total.
 *
 * @param usedWithout what the other signed projects take
 * @param project what this project adds
 */
public record BudgetOverrun(BudgetKind kind, BigDecimal total, BigDecimal usedWithout, BigDecimal project) {

	public BigDecimal usedWith() {
		return this.usedWithout.add(this.project);
	}

}
