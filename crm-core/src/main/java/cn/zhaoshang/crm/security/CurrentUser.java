package cn.zhaoshang.crm.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: read from the security context of the current request. */
@Component
public class CurrentUser {

	public Optional<CrmUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CrmUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public CrmUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	/**
	 * The park a PARK_OPERATOR is confined to. Empty for roles that see every park; a
	 * park operator without a park sees nothing (fail closed).
	 */
	public Optional<Long> parkScope() {
		CrmUser user = require();
		boolean seesAll = user.hasRole(Roles.DIRECTOR) || user.hasRole(Roles.ADMIN) || user.hasRole(Roles.STAFF);
		if (seesAll) {
			return Optional.empty();
		}
		return Optional.of((user.parkId() != null) ? user.parkId() : -1L);
	}

}
