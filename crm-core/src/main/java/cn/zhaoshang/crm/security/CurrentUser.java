package cn.zhaoshang.crm.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is asking: read from the security context of the current request, through this
 * application's SecurityContextHolderStrategy bean when there is one (Vaadin registers
 * its own) rather than the JVM-wide static holder, which the last application context to
 * start would own.
 */
@Component
public class CurrentUser {

	private final ObjectProvider<SecurityContextHolderStrategy> strategy;

	public CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
		this.strategy = strategy;
	}

	/** The authentication of the current request, if any (anonymous included). */
	public Optional<Authentication> authentication() {
		SecurityContextHolderStrategy holder = this.strategy
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		return Optional.ofNullable(holder.getContext().getAuthentication());
	}

	public Optional<CrmUser> get() {
		return authentication().map(Authentication::getPrincipal)
			.filter(CrmUser.class::isInstance)
			.map(CrmUser.class::cast);
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
