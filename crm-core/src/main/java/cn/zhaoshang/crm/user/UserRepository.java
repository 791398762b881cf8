package cn.zhaoshang.crm.user;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.APP_USER_ROLE;
import static cn.zhaoshang.crm.db.Tables.PARK;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.zhaoshang.crm.db.enums.AppUserRoleRole;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	private final DSLContext dsl;

	UserRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * A user's roles, comma-separated: a scalar GROUP_CONCAT, not MULTISET (jOOQ's MySQL
	 * emulation of MULTISET correlates inside a derived table, which MariaDB rejects).
	 */
	private static final Field<String> ROLES = DSL.field(DSL.select(DSL.groupConcat(APP_USER_ROLE.ROLE))
		.from(APP_USER_ROLE)
		.where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID)));

	/** The only sort keys the user list accepts. */
	private static final Map<String, Field<?>> SORTABLE = Map.of("username", APP_USER.USERNAME, "displayName",
			APP_USER.DISPLAY_NAME, "lastLoginAt", APP_USER.LAST_LOGIN_AT);

	Optional<CrmUser> findByUsername(String username) {
		Field<String> roles = ROLES;
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

	// ---------------------------------------------------------------- administration

	List<UserRow> find(UserFilter filter, PageRequest page, LocalDateTime now) {
		return this.dsl
			.select(APP_USER.ID, APP_USER.VERSION, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, ROLES,
					APP_USER.PARK_ID, PARK.NAME_ZH, PARK.NAME_EN, APP_USER.ENABLED, APP_USER.LOCKED_UNTIL,
					APP_USER.LAST_LOGIN_AT)
			.from(APP_USER)
			.leftJoin(PARK)
			.on(PARK.ID.eq(APP_USER.PARK_ID))
			.where(where(filter))
			.orderBy(orderBy(page.sort()))
			.limit(page.limit())
			.offset(page.offset())
			.fetch(r -> new UserRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), roleSet(r.value6()),
					r.value7(), r.value8(), r.value9(), Boolean.TRUE.equals(r.value10()),
					r.value11() != null && r.value11().isAfter(now), r.value12()));
	}

	int count(UserFilter filter) {
		return this.dsl.fetchCount(APP_USER, where(filter));
	}

	Optional<UserForm> form(long id) {
		return this.dsl
			.select(APP_USER.ID, APP_USER.VERSION, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, ROLES,
					APP_USER.PARK_ID)
			.from(APP_USER)
			.where(APP_USER.ID.eq(id))
			.fetchOptional(r -> new UserForm(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
					roleSet(r.value6()), r.value7()));
	}

	Optional<Boolean> enabled(long id) {
		return this.dsl.select(APP_USER.ENABLED)
			.from(APP_USER)
			.where(APP_USER.ID.eq(id))
			.fetchOptional(APP_USER.ENABLED);
	}

	long insert(UserForm f, String passwordHash) {
		long id = this.dsl.insertInto(APP_USER)
			.set(APP_USER.USERNAME, f.username())
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.set(APP_USER.DISPLAY_NAME, f.displayName())
			.set(APP_USER.EMAIL, f.email())
			.set(APP_USER.PARK_ID, f.parkId())
			.set(APP_USER.ENABLED, true)
			.returningResult(APP_USER.ID)
			.fetchSingle(APP_USER.ID);
		replaceRoles(id, f.roles());
		return id;
	}

	/** Name, e-mail and park; false when the version moved on. */
	boolean update(UserForm f) {
		return this.dsl.update(APP_USER)
			.set(APP_USER.DISPLAY_NAME, f.displayName())
			.set(APP_USER.EMAIL, f.email())
			.set(APP_USER.PARK_ID, f.parkId())
			.set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
			.where(APP_USER.ID.eq(f.id()).and(APP_USER.VERSION.eq(f.version())))
			.execute() == 1;
	}

	void replaceRoles(long userId, Set<String> roles) {
		this.dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(userId)).execute();
		for (String role : roles) {
			this.dsl.insertInto(APP_USER_ROLE)
				.set(APP_USER_ROLE.USER_ID, userId)
				.set(APP_USER_ROLE.ROLE, AppUserRoleRole.valueOf(role))
				.execute();
		}
	}

	/** A new password also lifts a lock: the administrator vouches for the person. */
	boolean setPassword(long id, int version, String passwordHash) {
		return this.dsl.update(APP_USER)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.set(APP_USER.FAILED_LOGIN_COUNT, 0)
			.setNull(APP_USER.LOCKED_UNTIL)
			.set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
			.where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
			.execute() == 1;
	}

	boolean setEnabled(long id, int version, boolean enabled) {
		return this.dsl.update(APP_USER)
			.set(APP_USER.ENABLED, enabled)
			.set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
			.where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
			.execute() == 1;
	}

	/** Enabled administrators other than {@code exceptId}. */
	int otherEnabledAdmins(long exceptId) {
		return this.dsl.fetchCount(APP_USER_ROLE.join(APP_USER).on(APP_USER.ID.eq(APP_USER_ROLE.USER_ID)),
				APP_USER_ROLE.ROLE.eq(AppUserRoleRole.ADMIN)
					.and(APP_USER.ENABLED.isTrue())
					.and(APP_USER.ID.ne(exceptId)));
	}

	boolean parkExists(long parkId) {
		return this.dsl.fetchExists(PARK, PARK.ID.eq(parkId));
	}

	boolean usernameTaken(String username) {
		return this.dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
	}

	private static Condition where(UserFilter filter) {
		Condition c = DSL.noCondition();
		String text = (filter.text() != null) ? filter.text().strip() : "";
		if (!text.isEmpty()) {
			c = c.and(APP_USER.USERNAME.startsWith(text).or(APP_USER.DISPLAY_NAME.startsWith(text)));
		}
		if (filter.role() != null && !filter.role().isBlank()) {
			c = c.and(APP_USER.ID.in(DSL.select(APP_USER_ROLE.USER_ID)
				.from(APP_USER_ROLE)
				.where(APP_USER_ROLE.ROLE.eq(AppUserRoleRole.valueOf(filter.role())))));
		}
		if (!filter.includeDisabled()) {
			c = c.and(APP_USER.ENABLED.isTrue());
		}
		return c;
	}

	private static List<SortField<?>> orderBy(List<Sort> sort) {
		List<SortField<?>> fields = new ArrayList<>();
		for (Sort s : sort) {
			Field<?> field = SORTABLE.get(s.property());
			if (field == null) {
				throw new IllegalArgumentException("not sortable: " + s.property());
			}
			fields.add(s.ascending() ? field.asc() : field.desc());
		}
		if (fields.isEmpty()) {
			fields.add(APP_USER.USERNAME.asc());
		}
		fields.add(APP_USER.ID.asc());
		return fields;
	}

}
