package cn.zhaoshang.crm.project;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One move in a project's history.
 *
 * @param fromStage null for the creation
 * @param note null when hidden (a code-named project seen without need-to-know)
 */
public record StageChange(@Nullable Stage fromStage, Stage toStage, String changedByName, LocalDateTime changedAt,
		@Nullable String note) {
}
