package cn.zhaoshang.crm.tenant;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's year with the derived figures.
 *
 * @param grade null when not graded (a figure is missing)
 * @param gradingVersion the cut-offs that graded it, null when graded by hand or not at
 * all
 * @param previousGrade the tenant's grade in the park the year before
 */
public record PerformanceRow(long id, int version, long investorId, String investorName, long parkId,
		@Nullable Long projectId, @Nullable String projectCode, int year, @Nullable BigDecimal landMu,
		@Nullable BigDecimal output, @Nullable BigDecimal tax, @Nullable BigDecimal energyTce,
		@Nullable Integer employees, @Nullable Grade grade, @Nullable Integer gradingVersion,
		@Nullable Grade previousGrade) {

	/** 亩均税收, 万元/亩. */
	public @Nullable BigDecimal taxPerMu() {
		return Grading.perMu(this.tax, this.landMu);
	}

	/** 亩均产值, 万元/亩. */
	public @Nullable BigDecimal outputPerMu() {
		return Grading.perMu(this.output, this.landMu);
	}

	public PerformanceForm form() {
		return new PerformanceForm(this.id, this.version, this.investorId, this.parkId, this.projectId, this.year,
				this.landMu, this.output, this.tax, this.energyTce, this.employees);
	}

}
