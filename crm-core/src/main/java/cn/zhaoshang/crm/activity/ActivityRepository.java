package cn.zhaoshang.crm.activity;

import static cn.zhaoshang.crm.db.Tables.ACTIVITY;
import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_COLLABORATOR;
import static cn.zhaoshang.crm.shared.JooqRecords.onlyEditable;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.db.tables.records.ActivityRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ActivityRepository {

	private static final int MAX_ROWS = 200;

	private final DSLContext dsl;

	ActivityRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Projects a staff member may work on: owned or collaborated. */
	static Condition projectOf(long userId, Field<Long> projectId) {
		return projectId.in(select(PROJECT.ID).from(PROJECT).where(PROJECT.OWNER_ID.eq(userId)))
			.or(projectId.in(select(PROJECT_COLLABORATOR.PROJECT_ID).from(PROJECT_COLLABORATOR)
				.where(PROJECT_COLLABORATOR.USER_ID.eq(userId))));
	}

	/**
	 * What a staff member sees: their own, investor-level, and their projects'
	 * activities.
	 */
	static Condition visibleTo(@Nullable Long staffUserId) {
		if (staffUserId == null) {
			return noCondition();
		}
		return ACTIVITY.OWNER_ID.eq(staffUserId)
			.or(ACTIVITY.PROJECT_ID.isNull())
			.or(projectOf(staffUserId, ACTIVITY.PROJECT_ID));
	}

	boolean projectVisible(long projectId, @Nullable Long staffUserId) {
		Condition scope = (staffUserId == null) ? noCondition() : projectOf(staffUserId, PROJECT.ID);
		return this.dsl.fetchExists(PROJECT, PROJECT.ID.eq(projectId).and(scope));
	}

	Optional<Long> investorOfProject(long projectId) {
		return this.dsl.select(PROJECT.INVESTOR_ID)
			.from(PROJECT)
			.where(PROJECT.ID.eq(projectId))
			.fetchOptional(PROJECT.INVESTOR_ID);
	}

	List<ActivityRow> find(Condition condition, Condition visibility) {
		return base().where(condition.and(visibility))
			.orderBy(coalesce(ACTIVITY.OCCURRED_AT, ACTIVITY.DUE_DATE.cast(LocalDateTime.class)).desc(),
					ACTIVITY.ID.desc())
			.limit(MAX_ROWS)
			.fetch(ActivityRepository::row);
	}

	List<ActivityRow> tasksDue(long ownerId, @Nullable LocalDate before, @Nullable LocalDate from) {
		Condition due = ACTIVITY.OWNER_ID.eq(ownerId).and(ACTIVITY.DONE.isFalse()).and(ACTIVITY.DUE_DATE.isNotNull());
		if (before != null) {
			due = due.and(ACTIVITY.DUE_DATE.lt(before));
		}
		if (from != null) {
			due = due.and(ACTIVITY.DUE_DATE.ge(from));
		}
		return base().where(due).orderBy(ACTIVITY.DUE_DATE, ACTIVITY.ID).limit(MAX_ROWS).fetch(ActivityRepository::row);
	}

	/** My open projects without any activity since {@code since}. */
	List<IdleProject> idleProjects(long ownerId, LocalDateTime since) {
		Field<LocalDateTime> when = coalesce(ACTIVITY.OCCURRED_AT, ACTIVITY.CREATED_AT);
		Field<LocalDateTime> last = select(max(when)).from(ACTIVITY)
			.where(ACTIVITY.PROJECT_ID.eq(PROJECT.ID))
			.asField("last_activity");
		return this.dsl.select(PROJECT.ID, PROJECT.CODE, PROJECT.NAME, last)
			.from(PROJECT)
			.where(PROJECT.OWNER_ID.eq(ownerId))
			.and(PROJECT.STAGE.notIn(ProjectStage.LOST, ProjectStage.EXITED, ProjectStage.AT_CAPACITY))
			.and(notExists(selectOne().from(ACTIVITY).where(ACTIVITY.PROJECT_ID.eq(PROJECT.ID)).and(when.ge(since))))
			.orderBy(PROJECT.ID)
			.limit(MAX_ROWS)
			.fetch(r -> new IdleProject(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	Optional<ActivityRow> get(long id) {
		return base().where(ACTIVITY.ID.eq(id)).fetchOptional(ActivityRepository::row);
	}

	/** The activity as its form holds it (with the owner), for the audit's before. */
	Optional<ActivityForm> form(long id) {
		return this.dsl.selectFrom(ACTIVITY)
			.where(ACTIVITY.ID.eq(id))
			.fetchOptional(r -> new ActivityForm(r.getId(), r.getVersion(), r.getInvestorId(), r.getProjectId(),
					ActivityType.valueOf(r.getType().getLiteral()), r.getSubject(), r.getNotes(), r.getOccurredAt(),
					r.getParticipants(), r.getNextStep(), r.getDueDate(), Boolean.TRUE.equals(r.getDone()),
					r.getOwnerId()));
	}

	long insert(ActivityForm f, long ownerId) {
		ActivityRecord r = values(f, ownerId);
		return this.dsl.insertInto(ACTIVITY).set(r).returningResult(ACTIVITY.ID).fetchSingle(ACTIVITY.ID);
	}

	boolean update(ActivityForm f, long ownerId) {
		return this.dsl.update(ACTIVITY)
			.set(values(f, ownerId))
			.set(ACTIVITY.VERSION, ACTIVITY.VERSION.plus(1))
			.where(ACTIVITY.ID.eq(f.id()).and(ACTIVITY.VERSION.eq(f.version())))
			.execute() == 1;
	}

	boolean complete(long id, int version) {
		return this.dsl.update(ACTIVITY)
			.set(ACTIVITY.DONE, true)
			.set(ACTIVITY.VERSION, ACTIVITY.VERSION.plus(1))
			.where(ACTIVITY.ID.eq(id).and(ACTIVITY.VERSION.eq(version)))
			.execute() == 1;
	}

	private SelectOnConditionStep<? extends Record> base() {
		return this.dsl
			.select(ACTIVITY.ID, ACTIVITY.VERSION, ACTIVITY.INVESTOR_ID, INVESTOR.NAME_ZH, ACTIVITY.PROJECT_ID,
					ACTIVITY.TYPE, ACTIVITY.SUBJECT, ACTIVITY.NOTES, ACTIVITY.OCCURRED_AT, ACTIVITY.PARTICIPANTS,
					ACTIVITY.NEXT_STEP, ACTIVITY.DUE_DATE, ACTIVITY.DONE, APP_USER.DISPLAY_NAME)
			.from(ACTIVITY)
			.join(INVESTOR)
			.on(INVESTOR.ID.eq(ACTIVITY.INVESTOR_ID))
			.join(APP_USER)
			.on(APP_USER.ID.eq(ACTIVITY.OWNER_ID));
	}

	private static ActivityRow row(Record r) {
		return new ActivityRow(r.get(ACTIVITY.ID), r.get(ACTIVITY.VERSION), r.get(ACTIVITY.INVESTOR_ID),
				r.get(INVESTOR.NAME_ZH), r.get(ACTIVITY.PROJECT_ID),
				ActivityType.valueOf(r.get(ACTIVITY.TYPE).getLiteral()), r.get(ACTIVITY.SUBJECT), r.get(ACTIVITY.NOTES),
				r.get(ACTIVITY.OCCURRED_AT), r.get(ACTIVITY.PARTICIPANTS), r.get(ACTIVITY.NEXT_STEP),
				r.get(ACTIVITY.DUE_DATE), Boolean.TRUE.equals(r.get(ACTIVITY.DONE)), r.get(APP_USER.DISPLAY_NAME));
	}

	private static ActivityRecord values(ActivityForm f, long ownerId) {
		ActivityRecord r = new ActivityRecord();
		r.setInvestorId(f.investorId());
		r.setProjectId(f.projectId());
		r.setType(cn.zhaoshang.crm.db.enums.ActivityType.valueOf(f.type().name()));
		r.setSubject(f.subject());
		r.setNotes(f.notes());
		r.setOccurredAt(f.occurredAt());
		r.setParticipants(f.participants());
		r.setNextStep(f.nextStep());
		r.setDueDate(f.dueDate());
		r.setDone(f.done());
		r.setOwnerId(ownerId);
		return onlyEditable(r, ACTIVITY.ID, ACTIVITY.VERSION, ACTIVITY.CREATED_AT, ACTIVITY.UPDATED_AT);
	}

}
