package cn.zhaoshang.crm.tenant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A tenant whose land is a candidate for recovery (腾笼换鸟) in a year.
 *
 * @param plots the codes of the tenant's confirmed plots in the park, comma-separated
 * @param plotsMu their area
 */
public record RecoveryCandidate(long investorId, String investorName, long parkId, int year, @Nullable String plots,
		@Nullable BigDecimal plotsMu, @Nullable BigDecimal landMu, @Nullable BigDecimal output, @Nullable Grade grade,
		@Nullable Grade previousGrade, List<Reason> reasons) {

	public RecoveryCandidate {
		reasons = List.copyOf(reasons);
	}

	/** Why the tenant is listed. */
	public enum Reason {

		/** Graded D this year and the year before. */
		D_TWO_YEARS,

		/** No production: output reported as zero. */
		NO_PRODUCTION;

		public String messageKey() {
			return "tenant.recovery." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
