package cn.zhaoshang.crm.user;

import org.jspecify.annotations.Nullable;

/**
 * @param text start of the username or display name
 * @param role only users holding this role
 * @param includeDisabled also disabled accounts
 */
public record UserFilter(@Nullable String text, @Nullable String role, boolean includeDisabled) {

	public static UserFilter all() {
		return new UserFilter(null, null, true);
	}

}
