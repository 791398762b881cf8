package cn.zhaoshang.crm.audit;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.AUDIT_CHANGE;
import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.jooq.impl.DSL.noCondition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhaoshang.crm.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit trail, a page at a time, newest first. No access check here: the
 * services that own an entity check who may see its history; {@link AuditService} checks
 * who may search all of it.
 */
@Repository
public class AuditTrail {

	private final DSLContext dsl;

	AuditTrail(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The history of one entity and of what belongs under it (contacts, activities). */
	public List<AuditEntry> forEntity(String entityType, long entityId, PageRequest page) {
		return fetch(entity(entityType, entityId), page);
	}

	public int countForEntity(String entityType, long entityId) {
		return this.dsl.fetchCount(AUDIT_EVENT, entity(entityType, entityId));
	}

	List<AuditEntry> search(Condition condition, PageRequest page) {
		return fetch(condition, page);
	}

	int count(Condition condition) {
		return this.dsl.fetchCount(AUDIT_EVENT, condition);
	}

	List<String> distinct(org.jooq.Field<String> column) {
		return this.dsl.selectDistinct(column)
			.from(AUDIT_EVENT)
			.where(column.isNotNull())
			.orderBy(column)
			.limit(200)
			.fetch(column);
	}

	private static Condition entity(String entityType, long entityId) {
		return AUDIT_EVENT.ENTITY_TYPE.eq(entityType)
			.and(AUDIT_EVENT.ENTITY_ID.eq(entityId))
			.or(AUDIT_EVENT.PARENT_TYPE.eq(entityType).and(AUDIT_EVENT.PARENT_ID.eq(entityId)));
	}

	/**
	 * One query for the page of events, one for their field changes, and one for each
	 * kind of id the changes name (people, firms, projects).
	 */
	private List<AuditEntry> fetch(Condition condition, PageRequest page) {
		Map<Long, Record> events = new LinkedHashMap<>();
		this.dsl.select(AUDIT_EVENT.fields())
			.from(AUDIT_EVENT)
			.where((condition != null) ? condition : noCondition())
			.orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
			.limit(page.limit())
			.offset(page.offset())
			.forEach(r -> events.put(r.get(AUDIT_EVENT.ID), r));
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		if (!events.isEmpty()) {
			this.dsl
				.select(AUDIT_CHANGE.EVENT_ID, AUDIT_CHANGE.FIELD, AUDIT_CHANGE.BEFORE_VALUE, AUDIT_CHANGE.AFTER_VALUE)
				.from(AUDIT_CHANGE)
				.where(AUDIT_CHANGE.EVENT_ID.in(events.keySet()))
				.orderBy(AUDIT_CHANGE.EVENT_ID, AUDIT_CHANGE.ID)
				.forEach(r -> changes.computeIfAbsent(r.value1(), k -> new ArrayList<>())
					.add(new FieldChange(r.value2(), r.value3(), r.value4())));
		}
		Map<String, AuditEntry.Name> names = Map.copyOf(names(changes.values())); // one
																					// copy
																					// for
																					// the
																					// page
		List<AuditEntry> out = new ArrayList<>(events.size());
		events.forEach((id,
				r) -> out.add(new AuditEntry(id, r.get(AUDIT_EVENT.OCCURRED_AT), r.get(AUDIT_EVENT.USERNAME),
						r.get(AUDIT_EVENT.ACTION), r.get(AUDIT_EVENT.ENTITY_TYPE), r.get(AUDIT_EVENT.ENTITY_ID),
						r.get(AUDIT_EVENT.PARENT_TYPE), r.get(AUDIT_EVENT.PARENT_ID), r.get(AUDIT_EVENT.DETAILS),
						r.get(AUDIT_EVENT.CLIENT_ADDRESS), changes.getOrDefault(id, List.of()), names)));
		return out;
	}

	/**
	 * What the ids in the changes stand for: owners by their names, investors (and parent
	 * groups) by theirs, projects by their codes (a code-named project's name is
	 * need-to-know).
	 */
	private Map<String, AuditEntry.Name> names(Collection<List<FieldChange>> changes) {
		Set<Long> users = new HashSet<>();
		Set<Long> investors = new HashSet<>();
		Set<Long> projects = new HashSet<>();
		for (List<FieldChange> list : changes) {
			for (FieldChange c : list) {
				Set<Long> ids = switch (c.field()) {
					case "ownerId" -> users;
					case "investorId", "parentId" -> investors;
					case "projectId" -> projects;
					default -> null;
				};
				if (ids != null) {
					addId(ids, c.before());
					addId(ids, c.after());
				}
			}
		}
		Map<String, AuditEntry.Name> names = new HashMap<>();
		if (!users.isEmpty()) {
			this.dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
				.from(APP_USER)
				.where(APP_USER.ID.in(users))
				.forEach(r -> names.put("ownerId:" + r.value1(), new AuditEntry.Name(r.value2(), null)));
		}
		if (!investors.isEmpty()) {
			this.dsl.select(INVESTOR.ID, INVESTOR.NAME_ZH, INVESTOR.NAME_EN)
				.from(INVESTOR)
				.where(INVESTOR.ID.in(investors))
				.forEach(r -> {
					var name = new AuditEntry.Name(r.value2(), r.value3());
					names.put("investorId:" + r.value1(), name);
					names.put("parentId:" + r.value1(), name);
				});
		}
		if (!projects.isEmpty()) {
			this.dsl.select(PROJECT.ID, PROJECT.CODE)
				.from(PROJECT)
				.where(PROJECT.ID.in(projects))
				.forEach(r -> names.put("projectId:" + r.value1(), new AuditEntry.Name(r.value2(), null)));
		}
		return names;
	}

	private static void addId(Set<Long> ids, @Nullable String value) {
		if (value != null && !value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() < 19) {
			ids.add(Long.parseLong(value));
		}
	}

}
