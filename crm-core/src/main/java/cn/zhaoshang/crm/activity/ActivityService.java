package cn.zhaoshang.crm.activity;

import static cn.zhaoshang.crm.db.Tables.ACTIVITY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.audit.EntityRef;
import cn.zhaoshang.crm.audit.FieldChange;
import cn.zhaoshang.crm.security.Access;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging contacts with investors and following them up. Staff see their own activities,
 * investor-level ones, and those of projects they own or collaborate on; directors and
 * admins see all.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

	/** A project with no activity for this long shows up in "My work" (督办). */
	public static final int IDLE_DAYS = 30;

	static final String ENTITY = "activity";

	/** Before this the zone's CRM holds nothing: an earlier date is a typing error. */
	static final LocalDateTime EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0);

	private final ActivityRepository activities;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	public ActivityService(ActivityRepository activities, CurrentUser currentUser, AuditLog audit) {
		this.activities = activities;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	@PreAuthorize("@access.may('ACTIVITY')")
	public List<ActivityRow> forProject(long projectId) {
		return this.activities.find(ACTIVITY.PROJECT_ID.eq(projectId), ActivityRepository.visibleTo(staffScope()));
	}

	@PreAuthorize("@access.may('ACTIVITY')")
	public List<ActivityRow> forInvestor(long investorId) {
		return this.activities.find(ACTIVITY.INVESTOR_ID.eq(investorId), ActivityRepository.visibleTo(staffScope()));
	}

	/** My overdue and upcoming (next 14 days) follow-ups, and my projects gone quiet. */
	@PreAuthorize("@access.may('ACTIVITY')")
	public MyWork myWork() {
		long me = this.currentUser.require().id();
		LocalDate today = LocalDate.now();
		return new MyWork(this.activities.tasksDue(me, today, null),
				this.activities.tasksDue(me, today.plusDays(15), today),
				this.activities.idleProjects(me, LocalDateTime.now().minusDays(IDLE_DAYS)));
	}

	/** Logs a new activity or saves an edited one; returns its id. */
	@Transactional
	@PreAuthorize("@access.may('ACTIVITY')")
	public long save(ActivityForm form) {
		ActivityForm f = validate(form);
		CrmUser user = this.currentUser.require();
		if (f.projectId() != null) {
			if (!this.activities.projectVisible(f.projectId(), staffScope())) {
				throw new AccessDeniedException("project " + f.projectId() + " is not yours");
			}
			long investor = this.activities.investorOfProject(f.projectId()).orElseThrow();
			if (investor != f.investorId()) {
				throw new DomainException("activity.error.project-of-other-investor");
			}
		}
		long owner = (f.ownerId() != null) ? f.ownerId() : user.id();
		ActivityForm owned = withOwner(f, owner);
		if (f.id() == null) {
			long id = this.activities.insert(f, owner);
			this.audit.created(ENTITY, id, parent(owned), owned, "id", "version");
			return id;
		}
		mayChange(f.id());
		ActivityForm before = this.activities.form(f.id())
			.orElseThrow(() -> new ConcurrentEditException("activity.error.stale"));
		if (!this.activities.update(f, owner)) {
			throw new ConcurrentEditException("activity.error.stale");
		}
		this.audit.updated(ENTITY, f.id(), parent(owned), before, owned, "id", "version");
		return f.id();
	}

	/** Marks a follow-up done. */
	@Transactional
	@PreAuthorize("@access.may('ACTIVITY')")
	public void complete(long id, int version) {
		mayChange(id);
		ActivityForm before = this.activities.form(id)
			.orElseThrow(() -> new ConcurrentEditException("activity.error.stale"));
		if (!this.activities.complete(id, version)) {
			throw new ConcurrentEditException("activity.error.stale");
		}
		this.audit.record(AuditLog.UPDATE, ENTITY, id, parent(before), null,
				java.util.List.of(new FieldChange("done", String.valueOf(before.done()), "true")));
	}

	private void mayChange(long id) {
		var visible = this.activities.find(ACTIVITY.ID.eq(id), ActivityRepository.visibleTo(staffScope()));
		if (visible.isEmpty()) {
			throw new AccessDeniedException("activity " + id + " is not visible");
		}
	}

	/** Null for directors and admins (they see all), else the staff member's id. */
	private @Nullable Long staffScope() {
		CrmUser user = this.currentUser.require();
		return Access.seesEverything(user) ? null : user.id();
	}

	/** An activity's history belongs to its project, else to its investor. */
	private static EntityRef parent(ActivityForm f) {
		return (f.projectId() != null) ? EntityRef.of("project", f.projectId())
				: EntityRef.of("investor", f.investorId());
	}

	private static ActivityForm withOwner(ActivityForm f, long owner) {
		return new ActivityForm(f.id(), f.version(), f.investorId(), f.projectId(), f.type(), f.subject(), f.notes(),
				f.occurredAt(), f.participants(), f.nextStep(), f.dueDate(), f.done(), owner);
	}

	private static ActivityForm validate(ActivityForm f) {
		String subject = TextRules.required(f.subject(), "subject", 200);
		if (f.type() == ActivityType.TASK && f.dueDate() == null) {
			throw new DomainException("activity.error.task-needs-due-date");
		}
		if (f.type() != ActivityType.TASK && f.occurredAt() == null) {
			throw new DomainException("activity.error.needs-date");
		}
		if (f.occurredAt() != null && f.occurredAt().isAfter(LocalDateTime.now().plusDays(366))) {
			throw new DomainException("activity.error.date-absurd");
		}
		if (f.occurredAt() != null && f.occurredAt().isBefore(EARLIEST)) {
			throw new DomainException("activity.error.date-absurd");
		}
		if (f.dueDate() != null && (f.dueDate().isBefore(EARLIEST.toLocalDate())
				|| f.dueDate().isAfter(LocalDate.now().plusYears(5)))) {
			throw new DomainException("activity.error.due-date-absurd");
		}
		if (f.dueDate() != null && f.occurredAt() != null && f.dueDate().isBefore(f.occurredAt().toLocalDate())) {
			throw new DomainException("activity.error.due-before-occurred");
		}
		return new ActivityForm(f.id(), f.version(), f.investorId(), f.projectId(), f.type(), subject,
				TextRules.multiline(f.notes(), "notes", 5000), f.occurredAt(),
				TextRules.optional(f.participants(), "participants", 500),
				TextRules.optional(f.nextStep(), "nextStep", 500), f.dueDate(), f.done(), f.ownerId());
	}

}
