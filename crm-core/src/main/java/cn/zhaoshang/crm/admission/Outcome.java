package cn.zhaoshang.crm.admission;

import java.util.Locale;

/** How a project fares on one criterion. */
public enum Outcome {

	/** 达标: at or beyond the threshold. */
	MET,

	/** 接近门槛: short of it by no more than the rules' band (有条件通过). */
	NEAR,

	/** 未达标. */
	NOT_MET,

	/** 缺少数据: a figure the criterion needs is not recorded; nothing is guessed. */
	MISSING,

	/** 负面清单: the industry is refused outright. */
	EXCLUDED;

	public String messageKey() {
		return "admission.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
