package cn.zhaoshang.crm.admission;

import java.util.Locale;

/** What an evaluation checks, in the order it is shown. */
public enum Criterion {

	/** Not in the rules' list of refused industries, nor a high-pollution one. */
	INDUSTRY_EXCLUDED,

	/**
	 * Among the industries the park admits (park_industry; a sector admits its
	 * sub-sectors).
	 */
	INDUSTRY_FIT,

	/** 投资强度 = total investment / land, 万元/亩, at least the minimum. */
	INVESTMENT_INTENSITY,

	/** 亩均产值, 万元/亩, at least the minimum. */
	OUTPUT_PER_MU,

	/** 亩均税收, 万元/亩, at least the minimum. */
	TAX_PER_MU,

	/** 单位产值能耗 = energy / output, tce per 万元, at most the maximum. */
	ENERGY_PER_OUTPUT,

	/** 化学需氧量, t/yr, at most the cap. */
	COD,

	/** 氨氮, t/yr, at most the cap. */
	NH3N,

	/** 二氧化硫, t/yr, at most the cap. */
	SO2,

	/** 氮氧化物, t/yr, at most the cap. */
	NOX;

	/** A minimum to reach (the per-亩 figures), else a maximum to stay under. */
	public boolean minimum() {
		return this == INVESTMENT_INTENSITY || this == OUTPUT_PER_MU || this == TAX_PER_MU;
	}

	/** The industry criteria have no value or threshold. */
	public boolean industry() {
		return this == INDUSTRY_EXCLUDED || this == INDUSTRY_FIT;
	}

	public String messageKey() {
		return "admission.criterion." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
