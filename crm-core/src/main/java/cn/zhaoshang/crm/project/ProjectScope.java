package cn.zhaoshang.crm.project;

import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Who is asking, as far as projects go; the repository turns it into SQL conditions.
 *
 * @param userId the signed-in user
 * @param all DIRECTOR or ADMIN: sees and edits every project, always with the real name
 * @param staff STAFF: sees and edits the projects they own or collaborate on
 * @param parkId PARK_OPERATOR: reads the projects that prefer this park or hold land in
 * it (-1 when the operator has no park: fails closed)
 */
record ProjectScope(long userId, boolean all, boolean staff, @Nullable Long parkId) {

	/** Who may see what: computed per call from the signed-in user. */
	static ProjectScope of(CurrentUser currentUser) {
		CrmUser user = currentUser.require();
		boolean all = user.hasRole(Roles.DIRECTOR) || user.hasRole(Roles.ADMIN);
		Long park = null;
		if (user.hasRole(Roles.PARK_OPERATOR)) {
			// CurrentUser.parkScope() fails closed (-1) for an operator without a park; a
			// user who is also staff gets no scope from it, so take their park directly
			park = currentUser.parkScope().orElse(user.parkId());
		}
		return new ProjectScope(user.id(), all, user.hasRole(Roles.STAFF), park);
	}

}
