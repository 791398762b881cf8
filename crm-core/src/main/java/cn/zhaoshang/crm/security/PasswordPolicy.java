package cn.zhaoshang.crm.security;

import cn.zhaoshang.crm.shared.DomainException;

/** Minimum rules for a password chosen by a person. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	public static void check(String password) {
		if (password.length() < MIN_LENGTH) {
			throw new DomainException("user.error.password-too-short", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw new DomainException("user.error.password-too-long", MAX_LENGTH);
		}
		if (password.isBlank()) {
			throw new DomainException("user.error.password-blank");
		}
	}

}
