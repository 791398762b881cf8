package cn.zhaoshang.crm.matching;

import java.util.Locale;

/** What matching checks, with its weight in the score (the weights add up to 100). */
public enum Criterion {

	/**
	 * the park (and zone) admit the project's industry; high-pollution industries never
	 */
	INDUSTRY(25),

	/** enough free land in one plot, or in adjacent plots of one zone */
	LAND(25),

	/** free plots of the land use asked for */
	LAND_USE(10),

	/** power, water and gas reach the plots in the amounts asked for */
	UTILITIES(10),

	/** 投资强度 against the park's threshold */
	INVESTMENT_INTENSITY(5),

	/** 亩均产值 against the park's threshold */
	OUTPUT_PER_MU(5),

	/** 亩均税收 against the park's threshold */
	TAX_PER_MU(5),

	/** energy per 万元 of output against the park's ceiling */
	ENERGY(5),

	/** the investor's preferred park and zone */
	PREFERENCE(10);

	private final int weight;

	Criterion(int weight) {
		this.weight = weight;
	}

	public int weight() {
		return this.weight;
	}

	/** INDUSTRY, LAND and LAND_USE: failing one means the option does not fit. */
	public boolean hard() {
		return this == INDUSTRY || this == LAND || this == LAND_USE;
	}

	public String messageKey() {
		return "matching.criterion." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
