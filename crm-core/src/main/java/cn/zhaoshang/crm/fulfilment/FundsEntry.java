package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Money that arrived for a project (到位资金), 万元. */
public record FundsEntry(long id, int version, LocalDate receivedOn, BigDecimal amount, FundsKind kind,
		FundsOrigin origin, @Nullable String note, String createdByName) {
}
