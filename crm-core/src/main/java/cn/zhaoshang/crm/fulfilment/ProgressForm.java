package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How a signed project is getting on: actual dates, the area built and since when work
 * has stopped (for the idle-land clock).
 */
public record ProgressForm(long projectId, int version, @Nullable LocalDate actualStart,
		@Nullable LocalDate actualProduction, @Nullable LocalDate actualCapacity, @Nullable BigDecimal builtAreaM2,
		@Nullable LocalDate workStoppedSince) {
}
