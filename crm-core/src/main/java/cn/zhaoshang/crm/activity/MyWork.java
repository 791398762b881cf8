package cn.zhaoshang.crm.activity;

import java.util.List;

/** "My work": what a staff member should do next. */
public record MyWork(List<ActivityRow> overdue, List<ActivityRow> upcoming, List<IdleProject> idleProjects) {
}
