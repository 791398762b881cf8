package cn.zhaoshang.crm.security;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a user may read and write:
 * <ul>
 * <li>by role, per feature: {@link Capability}; every public service method asks
 * {@code @PreAuthorize("@access.may('CAPABILITY')")} (AccessMatrixTest walks them
 * all);</li>
 * <li>by ownership: staff change what they own (or what nobody owns yet, or what was
 * shared with them); directors and admins change everything
 * ({@link #mayChangeOwnedBy});</li>
 * <li>by park: a park operator sees only their park ({@link #parkScope}); services add it
 * to their SQL.</li>
 * </ul>
 * Views only reflect these answers (hide what would be refused); the services check
 * again.
 */
@Component("access")
public class Access {

	private final CurrentUser currentUser;

	public Access(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/**
	 * For {@code @PreAuthorize}: whether the signed-in user holds the capability. Nobody
	 * signed in at all (no security context) is an error, as with Spring's own checks; an
	 * anonymous visitor simply may not.
	 */
	public boolean may(String capability) {
		Capability wanted = Capability.valueOf(capability);
		Authentication authentication = this.currentUser.authentication().orElse(null);
		if (authentication == null) {
			throw new AuthenticationCredentialsNotFoundException("no authentication for " + wanted);
		}
		if (authentication instanceof AnonymousAuthenticationToken) {
			return false;
		}
		return this.currentUser.get().map(user -> may(user, wanted)).orElse(false);
	}

	/** For views: whether to offer what needs the capability. */
	public boolean may(Capability capability) {
		return this.currentUser.get().map(user -> may(user, capability)).orElse(false);
	}

	public static boolean may(CrmUser user, Capability capability) {
		return user.isEnabled() && capability.grantedTo(user.roles());
	}

	/** Directors and admins see and change every record, whoever owns it. */
	public static boolean seesEverything(CrmUser user) {
		return user.hasRole(Roles.DIRECTOR) || user.hasRole(Roles.ADMIN);
	}

	/**
	 * Whether the user may change a record owned by {@code ownerId} (null: nobody yet).
	 */
	public static boolean mayChangeOwnedBy(CrmUser user, @Nullable Long ownerId) {
		return seesEverything(user) || ownerId == null || ownerId == user.id();
	}

	/**
	 * The park a park operator is confined to; empty for roles that see every park. An
	 * operator without a park sees nothing (-1: fails closed).
	 */
	public Optional<Long> parkScope() {
		return this.currentUser.parkScope();
	}

}
