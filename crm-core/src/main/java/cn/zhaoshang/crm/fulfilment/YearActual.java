package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A landed project's figures for one year: its tenant's 亩均效益 row (entered or imported by
 * the park operator), so the figures are entered once.
 */
public record YearActual(int year, @Nullable BigDecimal output, @Nullable BigDecimal tax, @Nullable Integer employees,
		@Nullable String grade) {
}
