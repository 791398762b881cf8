package cn.zhaoshang.crm.ui.project;

import java.util.List;

import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.user.UserAccountService;
import cn.zhaoshang.crm.user.UserRef;
import org.jspecify.annotations.Nullable;

/** What the project form offers depending on the user (crm-core checks it again). */
final class ProjectEditors {

	private ProjectEditors() {
	}

	/**
	 * The staff list for reassigning owners, for directors and admins; null for others.
	 */
	static @Nullable List<UserRef> staffIfManager(UserAccountService users, CurrentUser currentUser) {
		CrmUser user = currentUser.require();
		return (user.hasRole(Roles.DIRECTOR) || user.hasRole(Roles.ADMIN)) ? users.staffMembers() : null;
	}

}
