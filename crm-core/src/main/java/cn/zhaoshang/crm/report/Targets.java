package cn.zhaoshang.crm.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Progress toward the plan's targets (plan_indicator rows PROJECTS_OVER_100M_USD,
 * FDI_CUMULATIVE and OUTPUT_SHARE_*), counting the projects signed (contract, first time)
 * from the plan window's start to the end of the period or of the window, whichever comes
 * first.
 *
 * @param majorProjects signed projects of at least 1 亿美元 (ProjectFigures.isMajor)
 * @param majorTarget the plan's number of such projects
 * @param foreignUsd contracted foreign capital of the signed projects, 万美元
 * @param foreignUsdTarget the plan's cumulative FDI, 万美元 (10 亿美元 = 100000)
 * @param signedInvestment total investment of the signed projects, 万元
 * @param mix the signed investment by cluster, with the plan's shares
 */
public record Targets(LocalDate windowFrom, LocalDate windowTo, int majorProjects, int majorTarget,
		BigDecimal foreignUsd, BigDecimal foreignUsdTarget, BigDecimal signedInvestment, List<ClusterShare> mix) {

	public Targets {
		foreignUsd = Ratios.two(foreignUsd);
		foreignUsdTarget = Ratios.two(foreignUsdTarget);
		signedInvestment = Ratios.two(signedInvestment);
		mix = List.copyOf(mix);
	}

	public @Nullable BigDecimal majorPct() {
		return Ratios.pct(this.majorProjects, this.majorTarget);
	}

	public @Nullable BigDecimal foreignUsdPct() {
		return Ratios.pct(this.foreignUsd, this.foreignUsdTarget);
	}

}
