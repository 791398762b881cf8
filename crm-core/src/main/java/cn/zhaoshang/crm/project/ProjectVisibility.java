package cn.zhaoshang.crm.project;

import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.when;

import cn.zhaoshang.crm.security.CurrentUser;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * The projects the signed-in user may see, as a condition on {@code PROJECT}, for other
 * features' queries about projects (commitments, idle land): the same rule as the project
 * list, so no feature shows a project its list would hide.
 */
public final class ProjectVisibility {

	private ProjectVisibility() {
	}

	public static Condition of(CurrentUser currentUser) {
		return ProjectRepository.visible(ProjectScope.of(currentUser));
	}

	/**
	 * The project's name, or its code name for a confidential project the user has no
	 * need-to-know of.
	 */
	public static Field<String> name(CurrentUser currentUser) {
		ProjectScope scope = ProjectScope.of(currentUser);
		return when(ProjectRepository.nameShown(scope), PROJECT.NAME)
			.otherwise(coalesce(PROJECT.CODE_NAME, PROJECT.CODE));
	}

	/** The projects the user may edit (park operators edit none). */
	public static Condition editable(CurrentUser currentUser) {
		return ProjectRepository.editable(ProjectScope.of(currentUser));
	}

}
