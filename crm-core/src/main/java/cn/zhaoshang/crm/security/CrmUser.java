package cn.zhaoshang.crm.security;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it: id, roles and park scope travel with
 * the session, so access checks need no query.
 */
public final class CrmUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private @Nullable String passwordHash;

	private final String displayName;

	private final @Nullable Long parkId;

	private final Set<String> roles;

	private final boolean enabled;

	private final @Nullable LocalDateTime lockedUntil;

	public CrmUser(long id, String username, @Nullable String passwordHash, String displayName, @Nullable Long parkId,
			Set<String> roles, boolean enabled, @Nullable LocalDateTime lockedUntil) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.parkId = parkId;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	/** The one park a PARK_OPERATOR works for; null for everyone else. */
	public @Nullable Long parkId() {
		return this.parkId;
	}

	public Set<String> roles() {
		return this.roles;
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = this.roles.stream()
			.sorted()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.lockedUntil == null || this.lockedUntil.isBefore(LocalDateTime.now());
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CrmUser user && user.username.equals(this.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "CrmUser[" + this.username + ", " + this.roles + "]";
	}

}
