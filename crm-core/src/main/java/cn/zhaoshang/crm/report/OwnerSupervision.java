package cn.zhaoshang.crm.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What one owner has to answer for (督办): stuck projects and overdue follow-ups.
 *
 * @param oldestDue the earliest due date among the overdue follow-ups
 */
public record OwnerSupervision(long userId, String name, int stuckProjects, int overdueFollowUps,
		@Nullable LocalDate oldestDue) {
}
