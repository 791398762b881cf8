package cn.zhaoshang.crm.user;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.shared.TestRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** User administration by the admin; every test rolls back. */
@SpringBootTest
@Transactional
@WithUserDetails("admin")
@RecordApplicationEvents
class UserAdminServiceTest {

	@Autowired
	UserAdminService admin;

	@Autowired
	UserAccountService accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DSLContext dsl;

	@Autowired
	ApplicationEvents events;

	/** Whose sessions the service asked to end (crm-ui ends them after commit). */
	private List<String> sessionsEnded() {
		return this.events.stream(AccountChanged.class).map(AccountChanged::username).toList();
	}

	private long park(String code) {
		return this.dsl.fetchValue(PARK.ID, PARK.CODE.eq(code));
	}

	private long idOf(String username) {
		return this.dsl.fetchValue(APP_USER.ID, APP_USER.USERNAME.eq(username));
	}

	@Test
	void an_admin_creates_a_park_operator_who_can_sign_in_with_that_park() {
		long id = this.admin.create(
				new UserForm(null, 0, "op_new", "新运营", "new@example.com", Set.of(Roles.PARK_OPERATOR), park("SME")),
				"Welcome-2026!");
		CrmUser user = (CrmUser) this.accounts.loadUserByUsername("op_new");
		assertThat(user.id()).isEqualTo(id);
		assertThat(user.roles()).containsExactly(Roles.PARK_OPERATOR);
		assertThat(user.parkId()).isEqualTo(park("SME"));
		assertThat(this.passwordEncoder.matches("Welcome-2026!", user.getPassword())).isTrue();
		assertThat(user.getPassword()).startsWith("{bcrypt}");
		assertThat(this.admin.list(new UserFilter("op_", Roles.PARK_OPERATOR, true), PageRequest.first(20)))
			.extracting(UserRow::username)
			.contains("op_new", "op_auto");
	}

	@Test
	void the_list_pages_sorts_and_filters_in_sql() {
		int all = this.admin.count(UserFilter.all());
		assertThat(all).isGreaterThanOrEqualTo(8);
		List<UserRow> firstTwo = this.admin.list(UserFilter.all(),
				new PageRequest(0, 2, List.of(Sort.asc("username"))));
		List<UserRow> nextTwo = this.admin.list(UserFilter.all(), new PageRequest(2, 2, List.of(Sort.asc("username"))));
		assertThat(firstTwo).extracting(UserRow::username).containsExactly("admin", "director");
		assertThat(nextTwo).extracting(UserRow::username).doesNotContainAnyElementsOf(List.of("admin", "director"));
		assertThat(this.admin.count(new UserFilter(null, Roles.STAFF, true))).isEqualTo(2);
		assertThatThrownBy(() -> this.admin.list(UserFilter.all(), PageRequest.first(5, Sort.asc("password_hash"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void changing_roles_or_park_ends_the_users_sessions_but_a_new_name_does_not() {
		long id = idOf("op_auto");
		UserForm op = this.admin.get(id);
		this.admin.update(with(op, "displayName", "赵敏（运营）"));
		assertThat(sessionsEnded()).isEmpty();
		this.admin.update(with(this.admin.get(id), "parkId", park("PIPELINE")));
		assertThat(sessionsEnded()).containsExactly("op_auto");
		assertThat(((CrmUser) this.accounts.loadUserByUsername("op_auto")).parkId()).isEqualTo(park("PIPELINE"));
	}

	@Test
	void disabling_stops_sign_in_and_ends_the_sessions() {
		long id = idOf("staff2");
		this.admin.disable(id, this.admin.get(id).version());
		assertThat(this.accounts.loadUserByUsername("staff2").isEnabled()).isFalse();
		assertThat(sessionsEnded()).containsExactly("staff2");
		assertThat(this.admin.list(new UserFilter("staff", null, false), PageRequest.first(10)))
			.extracting(UserRow::username)
			.containsExactly("staff");
		this.admin.enable(id, this.admin.get(id).version());
		assertThat(this.accounts.loadUserByUsername("staff2").isEnabled()).isTrue();
	}

	@Test
	void a_password_reset_follows_the_policy_unlocks_and_ends_the_sessions() {
		long id = idOf("staff");
		for (int i = 0; i < UserAccountService.MAX_FAILURES; i++) {
			this.accounts.signInFailed("staff", "BadCredentialsException");
		}
		assertThat(this.accounts.loadUserByUsername("staff").isAccountNonLocked()).isFalse();
		int version = this.admin.get(id).version();
		assertThatThrownBy(() -> this.admin.resetPassword(id, version, "short"))
			.hasMessage("user.error.password-too-short");
		this.admin.resetPassword(id, version, "a-brand-new-password");
		UserDetails staff = this.accounts.loadUserByUsername("staff");
		assertThat(staff.isAccountNonLocked()).isTrue();
		assertThat(this.passwordEncoder.matches("a-brand-new-password", staff.getPassword())).isTrue();
		assertThat(sessionsEnded()).containsExactly("staff");
	}

	@Test
	void two_admins_editing_one_user_the_second_is_told_to_reload() {
		long id = idOf("staff");
		UserForm loaded = this.admin.get(id);
		this.admin.update(with(loaded, "displayName", "张伟（一）"));
		assertThatThrownBy(() -> this.admin.update(with(loaded, "displayName", "张伟（二）")))
			.isInstanceOf(ConcurrentEditException.class)
			.hasMessage("user.error.stale");
		assertThatThrownBy(() -> this.admin.disable(id, loaded.version())).isInstanceOf(ConcurrentEditException.class);
		assertThat(this.admin.get(id).displayName()).isEqualTo("张伟（一）");
	}

	@Test
	void the_last_administrator_cannot_be_disabled_or_demoted_and_nobody_disables_themselves() {
		long me = idOf("admin");
		assertThatThrownBy(() -> this.admin.disable(me, this.admin.get(me).version()))
			.hasMessage("user.error.self-disable");
		assertThatThrownBy(() -> this.admin.update(with(this.admin.get(me), "roles", Set.of(Roles.STAFF))))
			.hasMessage("user.error.self-demote");
		long other = this.admin.create(new UserForm(null, 0, "admin2", "第二管理员", null, Set.of(Roles.ADMIN), null),
				"second-admin-password");
		this.admin.disable(other, 0);
		assertThat(this.admin.get(me).roles()).contains(Roles.ADMIN);
	}

	static Stream<Arguments> badUsers() {
		return Stream.of(bad("empty username", "validation.required", "username", ""),
				bad("two-letter username", "user.error.username-invalid", "username", "ab"),
				bad("upper-case username", "user.error.username-invalid", "username", "ZhangWei"),
				bad("Chinese username", "user.error.username-invalid", "username", "张伟"),
				bad("username with a space", "user.error.username-invalid", "username", "zhang wei"),
				bad("username with a slash", "user.error.username-invalid", "username", "zhang/wei"),
				bad("61-character username", "validation.too-long", "username", "u".repeat(61)),
				bad("control character in username", "validation.control-characters", "username", "zhang\u0007"),
				bad("taken username", "user.error.username-taken", "username", "staff"),
				bad("empty display name", "validation.required", "displayName", " "),
				bad("101-character display name", "validation.too-long", "displayName", "名".repeat(101)),
				bad("control character in display name", "validation.control-characters", "displayName", "张\u0000伟"),
				bad("e-mail without @", "user.error.email-invalid", "email", "zhang.example.com"),
				bad("201-character e-mail", "validation.too-long", "email", "a".repeat(190) + "@example.com"),
				bad("no role", "user.error.role-required", "roles", Set.of()),
				bad("unknown role", "user.error.role-unknown", "roles", Set.of("ROOT")),
				bad("park operator without a park", "user.error.park-required", "roles", Set.of(Roles.PARK_OPERATOR)),
				bad("a park for a staff member", "user.error.park-only-for-operators", "parkId", 1L),
				bad("a park that does not exist", "user.error.park-not-found", "roles", Set.of(Roles.PARK_OPERATOR),
						"parkId", 999_999_999L),
				badPassword("nine-character password", "user.error.password-too-short", "Cangzhou1"),
				badPassword("ten spaces as password", "user.error.password-blank", " ".repeat(10)),
				badPassword("129-character password", "user.error.password-too-long", "p".repeat(129)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badUsers")
	void a_bad_user_is_refused_and_nothing_is_written(String description, String key, UserForm form, String password) {
		int users = this.dsl.fetchCount(APP_USER);
		assertThatThrownBy(() -> this.admin.create(form, password)).isInstanceOf(DomainException.class).hasMessage(key);
		assertThat(this.dsl.fetchCount(APP_USER)).isEqualTo(users);
	}

	private static final UserForm GOOD = new UserForm(null, 0, "zhao.lei", "赵雷", null, Set.of(Roles.STAFF), null);

	private static Arguments bad(String description, String key, Object... changes) {
		UserForm form = GOOD;
		for (int i = 0; i < changes.length; i += 2) {
			form = with(form, (String) changes[i], changes[i + 1]);
		}
		return Arguments.of(description, key, form, "a-good-password");
	}

	private static Arguments badPassword(String description, String key, String password) {
		return Arguments.of(description, key, GOOD, password);
	}

}
