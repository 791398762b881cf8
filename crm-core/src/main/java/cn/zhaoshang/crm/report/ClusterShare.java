package cn.zhaoshang.crm.report;

import java.math.BigDecimal;

import cn.zhaoshang.crm.investor.IndustryCluster;
import org.jspecify.annotations.Nullable;

/**
 * One cluster's part of the investment signed in the plan's window.
 *
 * @param cluster null for projects whose industry is not known
 * @param investment signed total investment, 万元
 * @param sharePct its share of all signed investment, %
 * @param targetPct the plan's target share (55 / 25 / 20), %; null without a target
 */
public record ClusterShare(@Nullable IndustryCluster cluster, BigDecimal investment, @Nullable BigDecimal sharePct,
		@Nullable BigDecimal targetPct) {

	public ClusterShare {
		investment = Ratios.two(investment);
		targetPct = (targetPct != null) ? targetPct.setScale(Ratios.PCT_SCALE, java.math.RoundingMode.HALF_UP) : null;
	}

	/** The i18n key of the cluster's name ({@code cluster.AUTO}, or "unknown"). */
	public String messageKey() {
		return (this.cluster != null) ? "cluster." + this.cluster.name() : "report.cluster.unknown";
	}

}
