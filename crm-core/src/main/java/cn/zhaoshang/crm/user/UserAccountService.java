package cn.zhaoshang.crm.user;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.security.PasswordPolicy;
import cn.zhaoshang.crm.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as Spring Security sees them, and the bookkeeping around a sign-in: failures
 * are counted and the account is locked for {@link #LOCK_DURATION} after
 * {@link #MAX_FAILURES} in a row. The bookkeeping methods are package-private: only the
 * sign-in listener and the first-admin bootstrap call them, before anyone is signed in.
 */
@Service
@Transactional(readOnly = true)
public class UserAccountService implements UserDetailsService {

	public static final int MAX_FAILURES = 5;

	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

	private final UserRepository users;

	private final AuditLog audit;

	private final PasswordEncoder passwordEncoder;

	public UserAccountService(UserRepository users, AuditLog audit, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	@Transactional
	void signedIn(String username) {
		this.users.recordSuccess(username, LocalDateTime.now());
		this.audit.recordFor(this.users.idOf(username).orElse(null), username, AuditLog.LOGIN, null);
	}

	/** A failed sign-in; unknown names are audited too but lock nothing. */
	@Transactional
	void signInFailed(String username, String reason) {
		var userId = this.users.idOf(username);
		if (userId.isPresent()) {
			int failures = this.users.recordFailure(username, MAX_FAILURES, LocalDateTime.now().plus(LOCK_DURATION));
			if (failures == 0) {
				log.warn("Account {} locked for {} after {} failed sign-ins", username, LOCK_DURATION, MAX_FAILURES);
			}
		}
		this.audit.recordFor(userId.orElse(null), username, AuditLog.LOGIN_FAILED, reason);
	}

	/**
	 * Creates the first administrator of a production installation (no demo data) from
	 * {@code CRM_ADMIN_USERNAME}/{@code CRM_ADMIN_PASSWORD}. Runs at start, before anyone
	 * can sign in, so it needs no role.
	 */
	@Transactional
	boolean ensureFirstAdmin(String username, String password) {
		if (this.users.anyAdminExists()) {
			return false;
		}
		if (username.isBlank()) {
			throw new IllegalStateException("No administrator exists. Set CRM_ADMIN_USERNAME and CRM_ADMIN_PASSWORD "
					+ "(at least " + PasswordPolicy.MIN_LENGTH + " characters) for the first start.");
		}
		if (!username.matches("[a-z0-9._-]{3,60}")) {
			throw new IllegalStateException(
					"CRM_ADMIN_USERNAME must be 3 to 60 lower-case letters, digits, '.', '_' or '-'");
		}
		PasswordPolicy.check(password);
		long id = this.users.createUser(username, this.passwordEncoder.encode(password), username, Set.of(Roles.ADMIN));
		this.audit.recordFor(id, username, AuditLog.CREATE, "first administrator from CRM_ADMIN_USERNAME");
		return true;
	}

	/** The staff members a director can hand a project to. */
	@PreAuthorize("@access.may('PROJECT_ASSIGN')")
	public List<UserRef> staffMembers() {
		return this.users.withRole(Roles.STAFF);
	}

	/** Colleagues a project can be shared with (staff and directors). */
	@PreAuthorize("@access.may('COLLEAGUES')")
	public List<UserRef> colleagues() {
		var people = new java.util.ArrayList<>(this.users.withRole(Roles.STAFF));
		this.users.withRole(Roles.DIRECTOR).stream().filter(u -> !people.contains(u)).forEach(people::add);
		return people;
	}

	/** Whether any enabled administrator exists. */
	boolean adminExists() {
		return this.users.anyAdminExists();
	}

}
