package cn.zhaoshang.crm.fulfilment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One dated commitment beside its actual date.
 *
 * @param daysLate days the actual came after the contracted date (negative: early), or,
 * while it has not happened, days overdue on the day asked about; null when there is no
 * contracted date, or it has not come yet and nothing happened
 */
public record DateLine(Milestone milestone, @Nullable LocalDate committed, @Nullable LocalDate actual,
		@Nullable Long daysLate) {

	static DateLine of(Milestone milestone, @Nullable LocalDate committed, @Nullable LocalDate actual, LocalDate asOf) {
		Long late = null;
		if (committed != null && actual != null) {
			late = ChronoUnit.DAYS.between(committed, actual);
		}
		else if (committed != null && asOf.isAfter(committed)) {
			late = ChronoUnit.DAYS.between(committed, asOf);
		}
		return new DateLine(milestone, committed, actual, late);
	}

	public enum Milestone {

		/** 开工. */
		START,

		/** 投产. */
		PRODUCTION,

		/** 达产 (no contracted date; shown when it happened). */
		CAPACITY;

		public String messageKey() {
			return "fulfilment.milestone." + name().toLowerCase(Locale.ROOT);
		}

	}

}
