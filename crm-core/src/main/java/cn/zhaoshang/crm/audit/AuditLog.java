package cn.zhaoshang.crm.audit;

import static cn.zhaoshang.crm.db.Tables.AUDIT_CHANGE;
import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;

import java.util.List;

import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail: one audit_event per action, plus one audit_change per field for
 * the before/after of a change. Only services call it, inside their own transaction
 * (MANDATORY: an audit row is never written on its own), so the trail and the change
 * commit or roll back together. There is no method to change or delete a row, and the
 * database refuses both (triggers, V010).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AuditLog {

	public static final String CREATE = "CREATE";

	public static final String UPDATE = "UPDATE";

	public static final String DELETE = "DELETE";

	public static final String STAGE_CHANGE = "STAGE_CHANGE";

	public static final String EXPORT = "EXPORT";

	public static final String IMPORT = "IMPORT";

	public static final String LOGIN = "LOGIN";

	public static final String LOGIN_FAILED = "LOGIN_FAILED";

	public static final String PASSWORD_RESET = "PASSWORD_RESET";

	public static final String DISABLE = "DISABLE";

	public static final String ENABLE = "ENABLE";

	private static final int TEXT_MAX = 20_000;

	private final DSLContext dsl;

	private final CurrentUser currentUser;

	public AuditLog(DSLContext dsl, CurrentUser currentUser) {
		this.dsl = dsl;
		this.currentUser = currentUser;
	}

	/** An action by the signed-in user without field changes (an export, an import). */
	public long record(String action, @Nullable String entityType, @Nullable Long entityId, @Nullable String details) {
		return record(action, entityType, entityId, null, details, List.of());
	}

	/** An action by the signed-in user with its field-level before/after. */
	public long record(String action, @Nullable String entityType, @Nullable Long entityId, @Nullable EntityRef parent,
			@Nullable String details, List<FieldChange> changes) {
		var user = this.currentUser.get();
		return insert(user.map(CrmUser::id).orElse(null), user.map(CrmUser::getUsername).orElse(null), action,
				entityType, entityId, parent, details, changes);
	}

	/** A new entity: every filled field of the form, as "after". */
	public long created(String entityType, long id, @Nullable EntityRef parent, Record after, String... ignored) {
		return record(CREATE, entityType, id, parent, null, AuditDiff.between(null, after, ignored));
	}

	/** A changed entity: the fields that differ, before and after. */
	public long updated(String entityType, long id, @Nullable EntityRef parent, Record before, Record after,
			String... ignored) {
		return record(UPDATE, entityType, id, parent, null, AuditDiff.between(before, after, ignored));
	}

	/** A deleted entity: what it held, as "before". */
	public long deleted(String entityType, long id, @Nullable EntityRef parent, Record before, String... ignored) {
		return record(DELETE, entityType, id, parent, null, AuditDiff.between(before, null, ignored));
	}

	/**
	 * An action for a named account that is not (yet) signed in, e.g. a sign-in. Joins
	 * the caller's transaction or starts one.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public long recordFor(@Nullable Long userId, String username, String action, @Nullable String details) {
		return insert(userId, username, action, "app_user", userId, null, details, List.of());
	}

	private long insert(@Nullable Long userId, @Nullable String username, String action, @Nullable String entityType,
			@Nullable Long entityId, @Nullable EntityRef parent, @Nullable String details, List<FieldChange> changes) {
		long eventId = this.dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.USER_ID, userId)
			.set(AUDIT_EVENT.USERNAME, truncate(username, 60))
			.set(AUDIT_EVENT.ACTION, action)
			.set(AUDIT_EVENT.ENTITY_TYPE, entityType)
			.set(AUDIT_EVENT.ENTITY_ID, entityId)
			.set(AUDIT_EVENT.PARENT_TYPE, (parent != null) ? parent.type() : null)
			.set(AUDIT_EVENT.PARENT_ID, (parent != null) ? parent.id() : null)
			.set(AUDIT_EVENT.DETAILS, truncate(details, TEXT_MAX))
			.set(AUDIT_EVENT.CLIENT_ADDRESS, clientAddress())
			.returningResult(AUDIT_EVENT.ID)
			.fetchSingle(AUDIT_EVENT.ID);
		if (!changes.isEmpty()) {
			var insert = this.dsl.insertInto(AUDIT_CHANGE, AUDIT_CHANGE.EVENT_ID, AUDIT_CHANGE.FIELD,
					AUDIT_CHANGE.BEFORE_VALUE, AUDIT_CHANGE.AFTER_VALUE);
			for (FieldChange change : changes) {
				insert = insert.values(eventId, truncate(change.field(), 60), truncate(change.before(), TEXT_MAX),
						truncate(change.after(), TEXT_MAX));
			}
			insert.execute();
		}
		return eventId;
	}

	/**
	 * The address the request came from. Behind a reverse proxy this is the proxy unless
	 * Spring is told to trust X-Forwarded-For (server.forward-headers-strategy).
	 */
	private static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return truncate(request.getRemoteAddr(), 64);
		}
		return null;
	}

	private static @Nullable String truncate(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
