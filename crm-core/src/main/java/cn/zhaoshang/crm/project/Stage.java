package cn.zhaoshang.crm.project;

import java.util.List;
import java.util.Locale;

/**
 * Where a project stands (项目阶段). The main line runs from {@link #LEAD} to
 * {@link #AT_CAPACITY} in declaration order; {@link #ON_HOLD}, {@link #LOST} and
 * {@link #EXITED} are off it. Which moves are allowed is decided by {@link StageRules}.
 */
public enum Stage {

	/** 线索 */
	LEAD,

	/** 接洽/推介 */
	CONTACTED,

	/** 考察 */
	SITE_VISIT,

	/** 在谈 */
	NEGOTIATION,

	/** 框架协议 (not yet a contract) */
	AGREEMENT,

	/** 合同签约: from here on the zone counts the project as signed */
	SIGNED,

	/** 供地/落地 */
	LAND_SUPPLIED,

	/** 开工 */
	CONSTRUCTION,

	/** 投产 */
	PRODUCTION,

	/** 达产 */
	AT_CAPACITY,

	/** 暂缓: resumes at the stage it was held at */
	ON_HOLD,

	/** 终止 (a reason is required); terminal */
	LOST,

	/** 退出: a landed project that failed its commitments; terminal */
	EXITED;

	private static final List<Stage> MAIN_LINE = List.of(LEAD, CONTACTED, SITE_VISIT, NEGOTIATION, AGREEMENT, SIGNED,
			LAND_SUPPLIED, CONSTRUCTION, PRODUCTION, AT_CAPACITY);

	/** The main line, in order. */
	public static List<Stage> mainLine() {
		return MAIN_LINE;
	}

	public boolean isMainLine() {
		return MAIN_LINE.contains(this);
	}

	/** LOST and EXITED: no move leads out of them. */
	public boolean isTerminal() {
		return this == LOST || this == EXITED;
	}

	/** SIGNED and every main-line stage after it (a contract exists). */
	public boolean isSignedOrLater() {
		return isMainLine() && step() >= SIGNED.step();
	}

	/**
	 * LAND_SUPPLIED and after on the main line: the only stages a project may exit from.
	 */
	public boolean isLanded() {
		return isMainLine() && step() >= LAND_SUPPLIED.step();
	}

	/** Position on the main line (LEAD = 0), or -1 off it. */
	public int step() {
		return MAIN_LINE.indexOf(this);
	}

	/** The i18n key of the stage's name, e.g. {@code project.stage.site-visit}. */
	public String messageKey() {
		return "project.stage." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
