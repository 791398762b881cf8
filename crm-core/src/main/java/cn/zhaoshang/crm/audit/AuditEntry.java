package cn.zhaoshang.crm.audit;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit trail as the UI shows it: who, when, from where, what, and the
 * field-level before/after.
 */
public record AuditEntry(long id, LocalDateTime occurredAt, @Nullable String username, String action,
		@Nullable String entityType, @Nullable Long entityId, @Nullable String parentType, @Nullable Long parentId,
		@Nullable String details, @Nullable String clientAddress, List<FieldChange> changes) {

	public AuditEntry {
		changes = List.copyOf(changes);
	}

}
