package cn.zhaoshang.crm.user;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in bookkeeping; each test rolls back. */
@SpringBootTest
@Transactional
class UserAccountServiceTest {

	@Autowired
	UserAccountService accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DSLContext dsl;

	@Test
	void loads_a_demo_user_with_roles_and_park_scope() {
		CrmUser op = (CrmUser) this.accounts.loadUserByUsername("op_auto");
		assertThat(op.roles()).containsExactly("PARK_OPERATOR");
		assertThat(op.parkId()).isNotNull();
		assertThat(op.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PARK_OPERATOR");
		assertThat(this.passwordEncoder.matches("Cangzhou@2026", op.getPassword())).isTrue();
	}

	@Test
	void an_unknown_user_is_not_found() {
		assertThatThrownBy(() -> this.accounts.loadUserByUsername("nobody"))
			.isInstanceOf(UsernameNotFoundException.class);
	}

	@Test
	void five_failures_in_a_row_lock_the_account_and_are_audited() {
		for (int i = 0; i < UserAccountService.MAX_FAILURES - 1; i++) {
			this.accounts.signInFailed("staff2", "BadCredentialsException");
			assertThat(this.accounts.loadUserByUsername("staff2").isAccountNonLocked()).isTrue();
		}
		this.accounts.signInFailed("staff2", "BadCredentialsException");
		assertThat(this.accounts.loadUserByUsername("staff2").isAccountNonLocked()).isFalse();
		assertThat(this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.USERNAME.eq("staff2").and(AUDIT_EVENT.ACTION.eq("LOGIN_FAILED"))))
			.isGreaterThanOrEqualTo(UserAccountService.MAX_FAILURES);
	}

	@Test
	void a_successful_sign_in_resets_the_failure_count() {
		this.accounts.signInFailed("staff2", "BadCredentialsException");
		this.accounts.signedIn("staff2");
		assertThat(this.dsl.fetchValue(APP_USER.FAILED_LOGIN_COUNT, APP_USER.USERNAME.eq("staff2"))).isZero();
		assertThat(this.dsl.fetchValue(APP_USER.LAST_LOGIN_AT, APP_USER.USERNAME.eq("staff2"))).isNotNull();
	}

	@Test
	void a_database_without_an_administrator_needs_one_from_the_environment() {
		assertThat(this.accounts.ensureFirstAdmin("", "")).as("demo admin exists").isFalse();
		this.dsl.update(APP_USER).set(APP_USER.ENABLED, false).execute();
		assertThat(this.accounts.adminExists()).isFalse();

		assertThatThrownBy(() -> this.accounts.ensureFirstAdmin("", "")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("CRM_ADMIN_USERNAME");
		assertThatThrownBy(() -> this.accounts.ensureFirstAdmin("root", "short")).isInstanceOf(DomainException.class)
			.hasMessage("user.error.password-too-short");

		assertThat(this.accounts.ensureFirstAdmin("zone-admin", "a-long-enough-secret")).isTrue();
		CrmUser admin = (CrmUser) this.accounts.loadUserByUsername("zone-admin");
		assertThat(admin.roles()).containsExactly("ADMIN");
		assertThat(this.passwordEncoder.matches("a-long-enough-secret", admin.getPassword())).isTrue();
	}

	@Test
	@org.springframework.security.test.context.support.WithUserDetails("director")
	void a_director_gets_the_staff_to_hand_projects_to() {
		assertThat(this.accounts.staffMembers()).extracting(UserRef::displayName).containsExactlyInAnyOrder("张伟", "李娜");
	}

	@Test
	@org.springframework.security.test.context.support.WithUserDetails("staff")
	void staff_do_not_list_colleagues_for_reassignment() {
		assertThatThrownBy(() -> this.accounts.staffMembers())
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

}
