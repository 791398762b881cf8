package cn.zhaoshang.crm.user;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.audit.FieldChange;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.PasswordPolicy;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration, for administrators only: create a user with roles (and a park for
 * a park operator), change roles and park, reset a password, disable and enable. Whatever
 * changes what a signed-in user may do (roles, park, password, disabling) ends that
 * user's open sessions ({@link AccountChanged}). Nobody can lock the CRM out of its last
 * administrator.
 */
@Service
@Transactional(readOnly = true)
public class UserAdminService {

	static final String ENTITY = "app_user";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final UserRepository users;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	public UserAdminService(UserRepository users, CurrentUser currentUser, AuditLog audit,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		this.users = users;
		this.currentUser = currentUser;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	@PreAuthorize("@access.may('USER_ADMIN')")
	public List<UserRow> list(UserFilter filter, PageRequest page) {
		return this.users.find(checked(filter), page, LocalDateTime.now());
	}

	@PreAuthorize("@access.may('USER_ADMIN')")
	public int count(UserFilter filter) {
		return this.users.count(checked(filter));
	}

	@PreAuthorize("@access.may('USER_ADMIN')")
	public UserForm get(long id) {
		return this.users.form(id).orElseThrow(UserAdminService::notFound);
	}

	/** Creates a user with a first password (policy: {@link PasswordPolicy}). */
	@Transactional
	@PreAuthorize("@access.may('USER_ADMIN')")
	public long create(UserForm form, String password) {
		if (form.id() != null) {
			throw new IllegalArgumentException("a new user has no id");
		}
		UserForm f = validate(form);
		PasswordPolicy.check(password);
		if (this.users.usernameTaken(Objects.requireNonNull(f.username()))) {
			throw new DomainException("user.error.username-taken", f.username());
		}
		long id;
		try {
			id = this.users.insert(f, Objects.requireNonNull(this.passwordEncoder.encode(password)));
		}
		catch (DuplicateKeyException ex) {
			throw new DomainException("user.error.username-taken", f.username());
		}
		this.audit.created(ENTITY, id, null, Audited.of(f, true), "id", "version");
		return id;
	}

	/**
	 * Saves name, e-mail, roles and park (never the username). Ends the user's sessions
	 * when roles or park changed.
	 */
	@Transactional
	@PreAuthorize("@access.may('USER_ADMIN')")
	public void update(UserForm form) {
		long id = Objects.requireNonNull(form.id(), "update needs the user's id");
		UserForm before = get(id);
		UserForm f = validate(new UserForm(id, form.version(), before.username(), form.displayName(), form.email(),
				form.roles(), form.parkId()));
		boolean enabled = this.users.enabled(id).orElse(false);
		if (before.roles().contains(Roles.ADMIN) && !f.roles().contains(Roles.ADMIN)) {
			notMyself(id, "user.error.self-demote");
			if (enabled) {
				keepAnAdmin(id);
			}
		}
		if (!this.users.update(f)) {
			throw new ConcurrentEditException("user.error.stale");
		}
		this.users.replaceRoles(id, f.roles());
		this.audit.updated(ENTITY, id, null, Audited.of(before, enabled), Audited.of(f, enabled));
		if (!before.roles().equals(f.roles()) || !Objects.equals(before.parkId(), f.parkId())) {
			endSessions(before, "roles or park changed");
		}
	}

	/**
	 * Sets a new password (the administrator tells the user), lifts a lock, ends the
	 * user's sessions. The password itself is never audited.
	 */
	@Transactional
	@PreAuthorize("@access.may('USER_ADMIN')")
	public void resetPassword(long id, int version, String password) {
		UserForm user = get(id);
		PasswordPolicy.check(password);
		if (!this.users.setPassword(id, version, Objects.requireNonNull(this.passwordEncoder.encode(password)))) {
			throw new ConcurrentEditException("user.error.stale");
		}
		this.audit.record(AuditLog.PASSWORD_RESET, ENTITY, id, null, null, List.of());
		endSessions(user, "password reset");
	}

	/** Disables the account: it cannot sign in, and its open sessions end now. */
	@Transactional
	@PreAuthorize("@access.may('USER_ADMIN')")
	public void disable(long id, int version) {
		UserForm user = get(id);
		notMyself(id, "user.error.self-disable");
		if (user.roles().contains(Roles.ADMIN)) {
			keepAnAdmin(id);
		}
		setEnabled(user, version, false);
		endSessions(user, "disabled");
	}

	@Transactional
	@PreAuthorize("@access.may('USER_ADMIN')")
	public void enable(long id, int version) {
		setEnabled(get(id), version, true);
	}

	private void setEnabled(UserForm user, int version, boolean enabled) {
		long id = Objects.requireNonNull(user.id());
		boolean was = this.users.enabled(id).orElse(false);
		if (!this.users.setEnabled(id, version, enabled)) {
			throw new ConcurrentEditException("user.error.stale");
		}
		this.audit.record(enabled ? AuditLog.ENABLE : AuditLog.DISABLE, ENTITY, id, null, null,
				List.of(new FieldChange("enabled", String.valueOf(was), String.valueOf(enabled))));
	}

	private void endSessions(UserForm user, String reason) {
		this.events.publishEvent(new AccountChanged(Objects.requireNonNull(user.username()), reason));
	}

	private void notMyself(long id, String messageKey) {
		if (this.currentUser.require().id() == id) {
			throw new DomainException(messageKey);
		}
	}

	private void keepAnAdmin(long id) {
		if (this.users.otherEnabledAdmins(id) == 0) {
			throw new DomainException("user.error.last-admin");
		}
	}

	/** The form's rules; returns it trimmed (blank to null). */
	UserForm validate(UserForm f) {
		String username = TextRules.required(f.username(), "username", 60);
		if (!USERNAME.matcher(username).matches()) {
			throw new DomainException("user.error.username-invalid");
		}
		String displayName = TextRules.required(f.displayName(), "displayName", 100);
		String email = TextRules.optional(f.email(), "email", 200);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new DomainException("user.error.email-invalid");
		}
		if (f.roles().isEmpty()) {
			throw new DomainException("user.error.role-required");
		}
		if (!Roles.ALL.containsAll(f.roles())) {
			throw new DomainException("user.error.role-unknown");
		}
		boolean operator = f.roles().contains(Roles.PARK_OPERATOR);
		if (operator && f.parkId() == null) {
			throw new DomainException("user.error.park-required");
		}
		if (!operator && f.parkId() != null) {
			throw new DomainException("user.error.park-only-for-operators");
		}
		if (f.parkId() != null && !this.users.parkExists(f.parkId())) {
			throw new DomainException("user.error.park-not-found");
		}
		return new UserForm(f.id(), f.version(), username, displayName, email, f.roles(), f.parkId());
	}

	private static UserFilter checked(UserFilter filter) {
		if (filter.role() != null && !filter.role().isBlank() && !Roles.ALL.contains(filter.role())) {
			throw new DomainException("user.error.role-unknown");
		}
		return new UserFilter(TextRules.optional(filter.text(), "text", 60), filter.role(), filter.includeDisabled());
	}

	private static DomainException notFound() {
		return new DomainException("user.error.not-found");
	}

	/** A user as the audit trail records it: never the password. */
	private record Audited(String username, String displayName, @Nullable String email, Set<String> roles,
			@Nullable Long parkId, boolean enabled) {

		static Audited of(UserForm f, boolean enabled) {
			return new Audited(Objects.requireNonNull(f.username()), Objects.requireNonNull(f.displayName()), f.email(),
					f.roles(), f.parkId(), enabled);
		}

	}

}
