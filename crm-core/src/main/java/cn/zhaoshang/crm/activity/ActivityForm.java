package cn.zhaoshang.crm.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An activity as logged. A follow-up ({@link ActivityType#TASK}) has a due date and an
 * assignee ({@code ownerId}, default: the one logging it); others have the date they took
 * place.
 */
public record ActivityForm(@Nullable Long id, int version, long investorId, @Nullable Long projectId, ActivityType type,
		String subject, @Nullable String notes, @Nullable LocalDateTime occurredAt, @Nullable String participants,
		@Nullable String nextStep, @Nullable LocalDate dueDate, boolean done, @Nullable Long ownerId) {
}
