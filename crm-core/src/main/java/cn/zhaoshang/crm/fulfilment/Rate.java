package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/** A share as counted: how many of how many. */
public record Rate(int count, int of) {

	/** Percent to one decimal, null when there is nothing to count. */
	public @Nullable BigDecimal percent() {
		return (this.of == 0) ? null
				: BigDecimal.valueOf(this.count * 100L).divide(BigDecimal.valueOf(this.of), 1, RoundingMode.HALF_UP);
	}

}
