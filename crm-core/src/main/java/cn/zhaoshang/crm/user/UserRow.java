package cn.zhaoshang.crm.user;

import java.time.LocalDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A user as the administrator's list shows it; a park operator's park in both languages.
 */
public record UserRow(long id, int version, String username, String displayName, @Nullable String email,
		Set<String> roles, @Nullable Long parkId, @Nullable String parkNameZh, @Nullable String parkNameEn,
		boolean enabled, boolean locked, @Nullable LocalDateTime lastLoginAt) {

	public UserRow {
		roles = Set.copyOf(roles);
	}

}
