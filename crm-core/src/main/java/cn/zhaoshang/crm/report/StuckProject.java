package cn.zhaoshang.crm.report;

import java.time.LocalDateTime;

import cn.zhaoshang.crm.project.Stage;

/** An open project that has stayed in its stage longer than the cockpit's limit (督办). */
public record StuckProject(long projectId, String code, String name, Stage stage, String ownerName, LocalDateTime since,
		int days) {
}
