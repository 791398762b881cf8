package cn.zhaoshang.crm.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** An activity as lists show it. */
public record ActivityRow(long id, int version, long investorId, String investorName, @Nullable Long projectId,
		ActivityType type, String subject, @Nullable String notes, @Nullable LocalDateTime occurredAt,
		@Nullable String participants, @Nullable String nextStep, @Nullable LocalDate dueDate, boolean done,
		String ownerName) {

	public boolean overdue(LocalDate today) {
		return !this.done && this.dueDate != null && this.dueDate.isBefore(today);
	}

}
