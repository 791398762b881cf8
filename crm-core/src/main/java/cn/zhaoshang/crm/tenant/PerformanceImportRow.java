package cn.zhaoshang.crm.tenant;

import java.math.BigDecimal;
import java.util.List;

import cn.zhaoshang.crm.investor.ImportProblem;
import org.jspecify.annotations.Nullable;

/**
 * One row of a tenant figures file, checked.
 *
 * @param rowNumber as the spreadsheet numbers it (the header is row 1)
 * @param tenantName the firm as found in the directory, or as written in the file when
 * not found
 * @param form what would be written (investor 0 when the firm was not found)
 * @param replaces the tenant already has figures for that year: they would be replaced
 * @param grade the grade the figures would get under the park's cut-offs in force
 */
public record PerformanceImportRow(int rowNumber, String tenantName, PerformanceForm form, boolean replaces,
		@Nullable Grade grade, List<ImportProblem> problems) {

	public PerformanceImportRow {
		problems = List.copyOf(problems);
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

	public @Nullable BigDecimal taxPerMu() {
		return Grading.perMu(this.form.tax(), this.form.landMu());
	}

	public @Nullable BigDecimal outputPerMu() {
		return Grading.perMu(this.form.output(), this.form.landMu());
	}

}
