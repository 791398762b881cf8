package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The commitments of a signed project's contract (合同承诺), as edited.
 *
 * @param version the version loaded (0 for a project without commitments yet)
 */
public record CommitmentForm(long projectId, int version, @Nullable LocalDate contractDate,
		@Nullable BigDecimal investment, @Nullable BigDecimal fixedAssetInvestment, @Nullable BigDecimal buildingAreaM2,
		@Nullable LocalDate constructionStart, @Nullable LocalDate productionDate, @Nullable BigDecimal annualOutput,
		@Nullable BigDecimal annualTax, @Nullable Integer jobs) {
}
