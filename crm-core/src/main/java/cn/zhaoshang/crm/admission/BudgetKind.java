package cn.zhaoshang.crm.admission;

import java.util.Locale;

/** The zone's budgets: energy room (tce/yr) and the four pollutant totals (t/yr). */
public enum BudgetKind {

	ENERGY, COD, NH3N, SO2, NOX;

	public String messageKey() {
		return "admission.budget." + name().toLowerCase(Locale.ROOT);
	}

	/** tce for energy, t for the pollutants. */
	public String unitKey() {
		return (this == ENERGY) ? "unit.tce" : "unit.t-per-year";
	}

}
