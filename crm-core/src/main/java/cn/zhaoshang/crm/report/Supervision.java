package cn.zhaoshang.crm.report;

import java.time.LocalDate;
import java.util.List;

/**
 * 督办 as of a day (today): projects stuck longer than {@code stuckDays}, longest first (at
 * most {@link #MAX_STUCK}), and per owner the stuck projects and overdue follow-ups.
 */
public record Supervision(LocalDate asOf, int stuckDays, List<StuckProject> stuck, int stuckTotal,
		List<OwnerSupervision> byOwner) {

	public static final int MAX_STUCK = 100;

	public Supervision {
		stuck = List.copyOf(stuck);
		byOwner = List.copyOf(byOwner);
	}

}
