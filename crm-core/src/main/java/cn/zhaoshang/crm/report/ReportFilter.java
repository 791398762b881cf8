package cn.zhaoshang.crm.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import cn.zhaoshang.crm.investor.IndustryCluster;
import cn.zhaoshang.crm.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * What the cockpit is asked for: a period (both days included), optionally one park (the
 * projects' preferred park; for land, the park's plots) or one industry cluster (the
 * project's industry, else its investor's), and the number of days after which a project
 * counts as stuck in its stage (督办).
 */
public record ReportFilter(LocalDate from, LocalDate to, @Nullable Long parkId, @Nullable IndustryCluster cluster,
		int stuckDays) {

	public static final int DEFAULT_STUCK_DAYS = 180;

	/** The longest period the cockpit computes (ten years). */
	static final int MAX_YEARS = 10;

	public ReportFilter {
		if (to.isBefore(from)) {
			throw new DomainException("report.error.period-reversed");
		}
		if (from.plusYears(MAX_YEARS).isBefore(to)) {
			throw new DomainException("report.error.period-too-long", MAX_YEARS);
		}
		if (stuckDays < 1 || stuckDays > 3650) {
			throw new DomainException("report.error.stuck-days", 1, 3650);
		}
	}

	/** One calendar month, for the monthly report. */
	public static ReportFilter month(YearMonth month, @Nullable Long parkId) {
		return new ReportFilter(month.atDay(1), month.atEndOfMonth(), parkId, null, DEFAULT_STUCK_DAYS);
	}

	/** The same days one year earlier (29 February becomes the 28th). */
	public ReportFilter lastYear() {
		return new ReportFilter(this.from.minusYears(1), this.to.minusYears(1), this.parkId, this.cluster,
				this.stuckDays);
	}

	LocalDateTime start() {
		return this.from.atStartOfDay();
	}

	/** The first moment after the period. */
	LocalDateTime end() {
		return this.to.plusDays(1).atStartOfDay();
	}

}
