package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One commitment in figures beside its actual: money in place for the investment lines,
 * the latest reported year for output, tax and jobs.
 *
 * @param year the year of the actual (null for the investment lines)
 */
public record FigureLine(Item item, @Nullable BigDecimal committed, @Nullable BigDecimal actual,
		@Nullable Integer year) {

	/**
	 * actual − committed (negative: short of the commitment); null when either is
	 * missing.
	 */
	public @Nullable BigDecimal gap() {
		return (this.committed == null || this.actual == null) ? null : this.actual.subtract(this.committed);
	}

	public enum Item {

		/** 总投资 vs. all funds in place. */
		INVESTMENT,

		/** 固定资产投资 vs. fixed-asset funds in place. */
		FIXED_ASSETS,

		/** 年产值. */
		OUTPUT,

		/** 年税收. */
		TAX,

		/** 就业人数. */
		JOBS;

		public String messageKey() {
			return "fulfilment.item." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
