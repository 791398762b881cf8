package cn.zhaoshang.crm.tenant;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A park's cut-offs as edited; saving writes the next version.
 *
 * @param basedOnVersion the version the editor started from
 */
public record GradingForm(long parkId, int basedOnVersion, @Nullable BigDecimal aTaxPerMu,
		@Nullable BigDecimal bTaxPerMu, @Nullable BigDecimal cTaxPerMu, @Nullable BigDecimal aOutputPerMu,
		@Nullable BigDecimal bOutputPerMu, @Nullable BigDecimal cOutputPerMu, @Nullable String note) {

	public static GradingForm of(GradingCutoffs c) {
		return new GradingForm(c.parkId(), c.version(), c.aTaxPerMu(), c.bTaxPerMu(), c.cTaxPerMu(), c.aOutputPerMu(),
				c.bOutputPerMu(), c.cOutputPerMu(), null);
	}

}
