package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The zone's (or one park's) fulfilment figures on a day, over the projects with recorded
 * commitments (LOST ones left out).
 *
 * @param fulfilment 履约率: projects with a commitment due that kept every one due (started
 * and in production when contracted, and, for a project in production all of last year,
 * last year's output, tax and jobs reported and at least as committed)
 * @param start 开工率: of the projects whose contracted start has come, those that started
 * @param production 投产率: of the projects whose contracted production date has come, those
 * in production
 * @param fundsInPlace 到位资金 so far, 万元, of projects with a committed investment
 * @param fundsCommitted their committed investment, 万元
 */
public record FulfilmentRates(LocalDate asOf, @Nullable Long parkId, Rate fulfilment, Rate start, Rate production,
		BigDecimal fundsInPlace, BigDecimal fundsCommitted) {

	/** 资金到位率 in percent to one decimal, null without committed investment. */
	public @Nullable BigDecimal fundsRate() {
		return (this.fundsCommitted.signum() == 0) ? null : this.fundsInPlace.multiply(BigDecimal.valueOf(100))
			.divide(this.fundsCommitted, 1, RoundingMode.HALF_UP);
	}

}
