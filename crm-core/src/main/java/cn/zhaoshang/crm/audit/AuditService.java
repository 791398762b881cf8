package cn.zhaoshang.crm.audit;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;

import java.util.List;

import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.TextRules;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the whole audit trail, for directors and administrators: by user, entity,
 * action and period, a page at a time in SQL. Read-only by design: the trail has no
 * method to change or delete a row.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

	private final AuditTrail trail;

	public AuditService(AuditTrail trail) {
		this.trail = trail;
	}

	@PreAuthorize("@access.may('AUDIT_SEARCH')")
	public List<AuditEntry> search(AuditFilter filter, PageRequest page) {
		return this.trail.search(where(filter), page);
	}

	@PreAuthorize("@access.may('AUDIT_SEARCH')")
	public int count(AuditFilter filter) {
		return this.trail.count(where(filter));
	}

	/** The entity types found in the trail, for the search form's choice. */
	@PreAuthorize("@access.may('AUDIT_SEARCH')")
	public List<String> entityTypes() {
		return this.trail.distinct(AUDIT_EVENT.ENTITY_TYPE);
	}

	/** The actions found in the trail, for the search form's choice. */
	@PreAuthorize("@access.may('AUDIT_SEARCH')")
	public List<String> actions() {
		return this.trail.distinct(AUDIT_EVENT.ACTION);
	}

	/** One condition for the page and the count; every part uses an index. */
	static Condition where(AuditFilter f) {
		if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
			throw new DomainException("audit.error.period-reversed");
		}
		Condition c = DSL.noCondition();
		String username = TextRules.optional(f.username(), "username", 60);
		if (username != null) {
			c = c.and(AUDIT_EVENT.USERNAME.eq(username));
		}
		String type = TextRules.optional(f.entityType(), "entityType", 40);
		if (type != null) {
			c = c.and(AUDIT_EVENT.ENTITY_TYPE.eq(type));
			if (f.entityId() != null) {
				c = c.and(AUDIT_EVENT.ENTITY_ID.eq(f.entityId()));
			}
		}
		else if (f.entityId() != null) {
			throw new DomainException("audit.error.id-without-type");
		}
		String action = TextRules.optional(f.action(), "action", 40);
		if (action != null) {
			c = c.and(AUDIT_EVENT.ACTION.eq(action));
		}
		if (f.from() != null) {
			c = c.and(AUDIT_EVENT.OCCURRED_AT.ge(f.from().atStartOfDay()));
		}
		if (f.to() != null) {
			c = c.and(AUDIT_EVENT.OCCURRED_AT.lt(f.to().plusDays(1).atStartOfDay()));
		}
		return c;
	}

}
