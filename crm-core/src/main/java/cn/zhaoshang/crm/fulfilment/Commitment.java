package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A signed project's commitments and its progress, as stored. */
public record Commitment(long projectId, int version, @Nullable LocalDate contractDate, @Nullable BigDecimal investment,
		@Nullable BigDecimal fixedAssetInvestment, @Nullable BigDecimal buildingAreaM2,
		@Nullable LocalDate constructionStart, @Nullable LocalDate productionDate, @Nullable BigDecimal annualOutput,
		@Nullable BigDecimal annualTax, @Nullable Integer jobs, @Nullable LocalDate actualStart,
		@Nullable LocalDate actualProduction, @Nullable LocalDate actualCapacity, @Nullable BigDecimal builtAreaM2,
		@Nullable LocalDate workStoppedSince) {

	public CommitmentForm form() {
		return new CommitmentForm(this.projectId, this.version, this.contractDate, this.investment,
				this.fixedAssetInvestment, this.buildingAreaM2, this.constructionStart, this.productionDate,
				this.annualOutput, this.annualTax, this.jobs);
	}

	public ProgressForm progress() {
		return new ProgressForm(this.projectId, this.version, this.actualStart, this.actualProduction,
				this.actualCapacity, this.builtAreaM2, this.workStoppedSince);
	}

}
