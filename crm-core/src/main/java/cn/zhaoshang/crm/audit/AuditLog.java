package cn.zhaoshang.crm.audit;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;

import cn.zhaoshang.crm.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit_event rows. Callers are services inside their own transaction, so the
 * trail and the change commit or roll back together.
 */
@Service
public class AuditLog {

	private final DSLContext dsl;

	private final CurrentUser currentUser;

	public AuditLog(DSLContext dsl, CurrentUser currentUser) {
		this.dsl = dsl;
		this.currentUser = currentUser;
	}

	/** Records an action by the signed-in user. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, @Nullable String entityType, @Nullable Long entityId, @Nullable String details) {
		var user = this.currentUser.get();
		insert(user.map(u -> u.id()).orElse(null), user.map(u -> u.getUsername()).orElse(null), action, entityType,
				entityId, details);
	}

	/**
	 * Records an action for a named account that is not (yet) signed in, e.g. a sign-in.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordFor(@Nullable Long userId, String username, String action, @Nullable String details) {
		insert(userId, username, action, "app_user", userId, details);
	}

	private void insert(@Nullable Long userId, @Nullable String username, String action, @Nullable String entityType,
			@Nullable Long entityId, @Nullable String details) {
		this.dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.USER_ID, userId)
			.set(AUDIT_EVENT.USERNAME, truncate(username, 60))
			.set(AUDIT_EVENT.ACTION, action)
			.set(AUDIT_EVENT.ENTITY_TYPE, entityType)
			.set(AUDIT_EVENT.ENTITY_ID, entityId)
			.set(AUDIT_EVENT.DETAILS, details)
			.set(AUDIT_EVENT.CLIENT_ADDRESS, clientAddress())
			.execute();
	}

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
