package cn.zhaoshang.crm.report;

import java.math.BigDecimal;

import cn.zhaoshang.crm.project.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One stage of the funnel.
 *
 * @param projects projects at this stage at the end of the period
 * @param investment their total investment, 万元
 * @param foreignUsd their foreign capital, 万美元
 * @param reached projects that had reached this stage or a later one by the end of the
 * period (a project that skipped a stage has passed it); main line only, else 0
 * @param conversionPct reached here / reached at the previous stage, in %; null for LEAD,
 * off the main line, or when nothing reached the previous stage
 * @param medianDays median days a project stayed in this stage, over the stays that ended
 * in the period; null when none ended
 * @param stays how many stays ended in the period
 */
public record FunnelStage(Stage stage, int projects, BigDecimal investment, BigDecimal foreignUsd, int reached,
		@Nullable BigDecimal conversionPct, @Nullable BigDecimal medianDays, int stays) {

	public FunnelStage {
		investment = Ratios.two(investment);
		foreignUsd = Ratios.two(foreignUsd);
	}

}
