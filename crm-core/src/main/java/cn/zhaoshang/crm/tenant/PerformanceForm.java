package cn.zhaoshang.crm.tenant;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's figures for one year in one park, as entered.
 *
 * @param id null for a new row
 * @param projectId the project the figures belong to, if known (its commitments are
 * compared with them)
 * @param landMu 用地, 亩
 * @param output 产值/营业收入, 万元
 * @param tax 税收, 万元
 * @param energyTce 综合能耗, tce
 */
public record PerformanceForm(@Nullable Long id, int version, long investorId, long parkId, @Nullable Long projectId,
		int year, @Nullable BigDecimal landMu, @Nullable BigDecimal output, @Nullable BigDecimal tax,
		@Nullable BigDecimal energyTce, @Nullable Integer employees) {
}
