package cn.zhaoshang.crm.tenant;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One version of a park's grade cut-offs, 万元/亩: a tenant gets A on tax per 亩 at
 * {@code aTaxPerMu} or more, B at {@code bTaxPerMu}, C at {@code cTaxPerMu}, D below; the
 * same on output per 亩; its grade is the worse of the two.
 *
 * @param createdByName null for the seeded first version
 */
public record GradingCutoffs(long id, long parkId, int version, BigDecimal aTaxPerMu, BigDecimal bTaxPerMu,
		BigDecimal cTaxPerMu, BigDecimal aOutputPerMu, BigDecimal bOutputPerMu, BigDecimal cOutputPerMu,
		@Nullable String note, @Nullable String createdByName, LocalDateTime createdAt) {
}
