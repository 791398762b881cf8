package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Funds to record for a project. */
public record FundsForm(long projectId, @Nullable LocalDate receivedOn, @Nullable BigDecimal amount,
		@Nullable FundsKind kind, @Nullable FundsOrigin origin, @Nullable String note) {
}
