package cn.zhaoshang.crm.activity;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** One of my open projects with no activity for a while (督办 candidate). */
public record IdleProject(long projectId, String code, String name, @Nullable LocalDateTime lastActivity) {
}
