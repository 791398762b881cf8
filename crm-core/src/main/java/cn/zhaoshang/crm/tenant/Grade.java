package cn.zhaoshang.crm.tenant;

import org.jspecify.annotations.Nullable;

/** 亩均效益等级: A best, D worst. */
public enum Grade {

	A, B, C, D;

	/** The worse of two grades. */
	static Grade worse(Grade a, Grade b) {
		return (a.ordinal() >= b.ordinal()) ? a : b;
	}

	static @Nullable Grade of(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : valueOf(text.strip());
	}

}
