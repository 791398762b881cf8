package cn.zhaoshang.crm.user;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the administrator edits about a user. The password is never part of it: it is set
 * on creation and by a reset.
 *
 * @param id null for a new user
 * @param version the version the form was loaded at (optimistic locking)
 * @param username sign-in name: lower-case letters, digits, '.', '_' and '-'; fixed once
 * created
 * @param parkId the one park of a PARK_OPERATOR; null for every other role
 */
public record UserForm(@Nullable Long id, int version, @Nullable String username, @Nullable String displayName,
		@Nullable String email, Set<String> roles, @Nullable Long parkId) {

	public UserForm {
		roles = Set.copyOf(roles);
	}

	public static UserForm blank() {
		return new UserForm(null, 0, "", "", null, Set.of(), null);
	}

}
