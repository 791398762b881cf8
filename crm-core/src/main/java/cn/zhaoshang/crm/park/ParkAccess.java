package cn.zhaoshang.crm.park;

import java.util.Optional;

import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which parks the caller may see and run, for every service that deals with parks, plots
 * and land: a park operator sees and runs exactly one park; staff, directors and admins
 * see all.
 */
@Component
public class ParkAccess {

	private final CurrentUser currentUser;

	public ParkAccess(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** The one park the caller is confined to; empty when they see every park. */
	public Optional<Long> scope() {
		return this.currentUser.parkScope();
	}

	/** Refuses a park outside the caller's scope. */
	public void checkVisible(long parkId) {
		Optional<Long> scope = scope();
		if (scope.isPresent() && scope.get() != parkId) {
			throw new AccessDeniedException("park " + parkId + " is outside the caller's park");
		}
	}

	/** The caller is the operator of this park (园区运营方). */
	public boolean operates(long parkId) {
		CrmUser user = this.currentUser.require();
		return user.hasRole(Roles.PARK_OPERATOR) && user.parkId() != null && user.parkId() == parkId;
	}

	public boolean isDirector() {
		return this.currentUser.require().hasRole(Roles.DIRECTOR);
	}

}
