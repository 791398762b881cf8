package cn.zhaoshang.crm.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.zhaoshang.crm.project.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Projects that reached a milestone (SIGNED, LAND_SUPPLIED, CONSTRUCTION or PRODUCTION,
 * or a later stage for the first time) in the period and in the same period a year
 * earlier.
 *
 * @param investment total investment of those projects, 万元
 * @param foreignUsd their foreign capital, 万美元
 */
public record Milestone(Stage stage, int projects, BigDecimal investment, BigDecimal foreignUsd, int projectsLastYear,
		BigDecimal investmentLastYear, BigDecimal foreignUsdLastYear) {

	public Milestone {
		investment = Ratios.two(investment);
		foreignUsd = Ratios.two(foreignUsd);
		investmentLastYear = Ratios.two(investmentLastYear);
		foreignUsdLastYear = Ratios.two(foreignUsdLastYear);
	}

	/**
	 * The i18n key of the milestone's name, e.g. {@code report.milestone.land-supplied}.
	 */
	public String messageKey() {
		return "report.milestone." + this.stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** Change in the number of projects against last year, in %; null from zero. */
	public @Nullable BigDecimal projectsChangePct() {
		if (this.projectsLastYear == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.projects - this.projectsLastYear)
			.multiply(Ratios.HUNDRED)
			.divide(BigDecimal.valueOf(this.projectsLastYear), 1, RoundingMode.HALF_UP);
	}

}
