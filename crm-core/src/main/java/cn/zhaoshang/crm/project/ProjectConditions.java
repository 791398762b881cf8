package cn.zhaoshang.crm.project;

import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.when;

import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.Roles;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * The project feature's rules as SQL, for queries of other features that list projects
 * (land, matching): who may see a confidential project's real name (need-to-know: owner,
 * collaborators, directors, admins; everyone else sees its code name) and who may edit
 * it. The conditions read the {@code PROJECT} table of the query.
 */
public final class ProjectConditions {

	private ProjectConditions() {
	}

	/** The caller may see the project's real name (and its investor). */
	public static Condition nameShown(CrmUser user) {
		return ProjectRepository.nameShown(scopeOf(user));
	}

	/** The real name, or the code name (else the code) without need-to-know. */
	public static Field<String> shownName(CrmUser user) {
		return when(nameShown(user), PROJECT.NAME).otherwise(coalesce(PROJECT.CODE_NAME, PROJECT.CODE));
	}

	/** The caller may edit the project (owner or collaborator; directors and admins). */
	public static Condition editable(CrmUser user) {
		return ProjectRepository.editable(scopeOf(user));
	}

	private static ProjectScope scopeOf(CrmUser user) {
		boolean all = user.hasRole(Roles.DIRECTOR) || user.hasRole(Roles.ADMIN);
		return new ProjectScope(user.id(), all, user.hasRole(Roles.STAFF), user.parkId());
	}

}
