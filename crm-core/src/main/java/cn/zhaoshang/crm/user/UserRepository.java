package cn.zhaoshang.crm.user;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.APP_USER_ROLE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhaoshang.crm.db.enums.AppUserRoleRole;
import cn.zhaoshang.crm.security.CrmUser;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	private final DSLContext dsl;

	UserRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<CrmUser> findByUsername(String username) {
		// a scalar GROUP_CONCAT, not MULTISET: jOOQ's MySQL emulation of MULTISET
		// correlates
		// inside a derived table, which MariaDB rejects
		Field<String> roles = DSL.field(DSL.select(DSL.groupConcat(APP_USER_ROLE.ROLE))
			.from(APP_USER_ROLE)
			.where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID)));
		return this.dsl
			.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.DISPLAY_NAME, APP_USER.PARK_ID,
					roles, APP_USER.ENABLED, APP_USER.LOCKED_UNTIL)
			.from(APP_USER)
			.where(APP_USER.USERNAME.eq(username))
			.fetchOptional(r -> new CrmUser(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
					roleSet(r.value6()), r.value7(), r.value8()));
	}

	private static Set<String> roleSet(@Nullable String roles) {
		return (roles == null || roles.isEmpty()) ? Set.of() : Set.of(roles.split(","));
	}

	Optional<Long> idOf(String username) {
		return this.dsl.select(APP_USER.ID)
			.from(APP_USER)
			.where(APP_USER.USERNAME.eq(username))
			.fetchOptional(APP_USER.ID);
	}

	/** Counts the failure and locks the account when it reaches {@code maxFailures}. */
	int recordFailure(String username, int maxFailures, LocalDateTime lockUntil) {
		this.dsl.update(APP_USER)
			.set(APP_USER.FAILED_LOGIN_COUNT, APP_USER.FAILED_LOGIN_COUNT.plus(1))
			.where(APP_USER.USERNAME.eq(username))
			.execute();
		this.dsl.update(APP_USER)
			.set(APP_USER.LOCKED_UNTIL, lockUntil)
			.set(APP_USER.FAILED_LOGIN_COUNT, 0)
			.where(APP_USER.USERNAME.eq(username))
			.and(APP_USER.FAILED_LOGIN_COUNT.ge(maxFailures))
			.execute();
		return this.dsl.select(APP_USER.FAILED_LOGIN_COUNT)
			.from(APP_USER)
			.where(APP_USER.USERNAME.eq(username))
			.fetchOptional(APP_USER.FAILED_LOGIN_COUNT)
			.orElse(0);
	}

	void recordSuccess(String username, LocalDateTime at) {
		this.dsl.update(APP_USER)
			.set(APP_USER.FAILED_LOGIN_COUNT, 0)
			.setNull(APP_USER.LOCKED_UNTIL)
			.set(APP_USER.LAST_LOGIN_AT, at)
			.where(APP_USER.USERNAME.eq(username))
			.execute();
	}

	/** Enabled users who hold {@code role}, by name. */
	List<UserRef> withRole(String role) {
		return this.dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
			.from(APP_USER)
			.join(APP_USER_ROLE)
			.on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
			.where(APP_USER_ROLE.ROLE.eq(AppUserRoleRole.valueOf(role)).and(APP_USER.ENABLED.isTrue()))
			.orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
			.limit(500)
			.fetch(r -> new UserRef(r.value1(), r.value2()));
	}

	boolean anyAdminExists() {
		return this.dsl.fetchExists(APP_USER_ROLE.join(APP_USER).on(APP_USER.ID.eq(APP_USER_ROLE.USER_ID)),
				APP_USER_ROLE.ROLE.eq(AppUserRoleRole.ADMIN).and(APP_USER.ENABLED.isTrue()));
	}

	long createUser(String username, String passwordHash, String displayName, Set<String> roles) {
		long id = this.dsl.insertInto(APP_USER)
			.set(APP_USER.USERNAME, username)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.set(APP_USER.DISPLAY_NAME, displayName)
			.set(APP_USER.ENABLED, true)
			.returningResult(APP_USER.ID)
			.fetchSingle(APP_USER.ID);
		for (String role : roles) {
			this.dsl.insertInto(APP_USER_ROLE)
				.set(APP_USER_ROLE.USER_ID, id)
				.set(APP_USER_ROLE.ROLE, AppUserRoleRole.valueOf(role))
				.execute();
		}
		return id;
	}

}
