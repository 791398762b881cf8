package cn.zhaoshang.crm.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit trail as the UI shows it: who, when, from where, what, and the
 * field-level before/after.
 *
 * @param names what the ids in the changes stand for (the trail keeps ids): key
 * {@code field + ":" + id}, e.g. {@code "ownerId:3"}
 */
public record AuditEntry(long id, LocalDateTime occurredAt, @Nullable String username, String action,
		@Nullable String entityType, @Nullable Long entityId, @Nullable String parentType, @Nullable Long parentId,
		@Nullable String details, @Nullable String clientAddress, List<FieldChange> changes, Map<String, Name> names) {

	public AuditEntry {
		changes = List.copyOf(changes);
		names = Map.copyOf(names);
	}

	/** The name an id in a change stands for, where it has one. */
	public @Nullable Name nameOf(String field, @Nullable String id) {
		return (id == null) ? null : this.names.get(field + ":" + id);
	}

	/** A person's, firm's or project's name; {@code en} null where there is none. */
	public record Name(String zh, @Nullable String en) {

	}

}
