package cn.zhaoshang.crm.project;

import cn.zhaoshang.crm.shared.PageRequest;
import org.springframework.context.ApplicationContext;

/**
 * For the benchmark: the exact SQL the project list page runs (rows, count), to time it
 * over plain JDBC.
 */
public final class ProjectListSql {

	private ProjectListSql() {
	}

	public static java.util.List<String> of(ApplicationContext context, ProjectFilter filter, PageRequest page,
			long userId, boolean director) {
		return context.getBean(ProjectRepository.class)
			.listSql(filter, page, new ProjectScope(userId, director, !director, null));
	}

}
