package cn.zhaoshang.crm.user;

import java.time.LocalDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A user as the administrator's list shows it. */
public record UserRow(long id, int version, String username, String displayName, @Nullable String email,
		Set<String> roles, @Nullable Long parkId, @Nullable String parkName, boolean enabled, boolean locked,
		@Nullable LocalDateTime lastLoginAt) {

	public UserRow {
		roles = Set.copyOf(roles);
	}

}
