package cn.zhaoshang.crm.project;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import cn.zhaoshang.crm.audit.AuditDiff;
import cn.zhaoshang.crm.audit.AuditEntry;
import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.audit.AuditTrail;
import cn.zhaoshang.crm.audit.FieldChange;
import cn.zhaoshang.crm.security.Access;
import cn.zhaoshang.crm.security.Capability;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.user.UserRef;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investment projects (招商项目) and their stages. Directors and admins see and edit every
 * project; staff the projects they own or collaborate on; park operators read the
 * projects that prefer their park or hold land in it. A code-named project shows its code
 * name instead of its real name to everyone without need-to-know (owner, collaborators,
 * directors, admins). All of this is decided in SQL. A project outside the caller's
 * visibility is refused with {@link AccessDeniedException}; an id that does not exist
 * with {@code project.error.not-found}. Every {@link StageListener} hears of each stage
 * move inside its transaction.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

	static final String ENTITY = "project";

	static final String CREATE = "CREATE";

	static final String UPDATE = "UPDATE";

	static final String STAGE_CHANGE = "STAGE_CHANGE";

	private static final int CODE_ATTEMPTS = 5;

	private final ProjectRepository projects;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final AuditTrail trail;

	private final BigDecimal usdCnyRate;

	private final ObjectProvider<StageListener> stageListeners;

	private final ObjectProvider<StageGuard> stageGuards;

	public ProjectService(ProjectRepository projects, CurrentUser currentUser, AuditLog audit, AuditTrail trail,
			@Value("${crm.usd-cny-rate:7.10}") BigDecimal usdCnyRate, ObjectProvider<StageListener> stageListeners,
			ObjectProvider<StageGuard> stageGuards) {
		if (usdCnyRate.signum() <= 0) {
			throw new IllegalArgumentException("crm.usd-cny-rate must be positive: " + usdCnyRate);
		}
		this.projects = projects;
		this.currentUser = currentUser;
		this.audit = audit;
		this.trail = trail;
		this.usdCnyRate = usdCnyRate;
		this.stageListeners = stageListeners;
		this.stageGuards = stageGuards;
	}

	/**
	 * One statement, so no transaction of its own: in autocommit it costs no BEGIN,
	 * COMMIT and autocommit round trips (the list page calls this and count once per
	 * page).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	@PreAuthorize("@access.may('PROJECT_READ')")
	public List<ProjectRow> list(ProjectFilter filter, PageRequest page) {
		return this.projects.find(filter, page, scope());
	}

	/** One statement: no transaction of its own (see list). */
	@Transactional(propagation = Propagation.SUPPORTS)
	@PreAuthorize("@access.may('PROJECT_READ')")
	public int count(ProjectFilter filter) {
		return this.projects.count(filter, scope());
	}

	/**
	 * Writes the projects matching {@code filter} that the caller may see as .xlsx (texts
	 * through {@code label}, the UI's translation) and audits the export.
	 */
	@Transactional
	@PreAuthorize("@access.may('PROJECT_EXPORT')")
	public int exportXlsx(ProjectFilter filter, Function<String, String> label, OutputStream out) {
		try {
			int rows = ProjectExport.write(this.projects, filter, scope(), label, out);
			this.audit.record("EXPORT", ENTITY, null, rows + " rows, filter " + filter);
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The project with its derived figures. */
	@PreAuthorize("@access.may('PROJECT_READ')")
	public ProjectDetail get(long id) {
		return this.projects.detail(id, scope(), this.usdCnyRate).orElseThrow(() -> missingOrDenied(id));
	}

	/** Every move of the project, oldest first. */
	@PreAuthorize("@access.may('PROJECT_READ')")
	public List<StageChange> history(long id) {
		ProjectScope scope = scope();
		if (!this.projects.isVisible(id, scope)) {
			throw missingOrDenied(id);
		}
		return this.projects.history(id, this.projects.isNameShown(id, scope));
	}

	/**
	 * How many of the projects the caller sees are at each stage (every stage listed).
	 */
	@PreAuthorize("@access.may('PROJECT_READ')")
	public Map<Stage, Integer> stageCounts() {
		return this.projects.stageCounts(scope());
	}

	/**
	 * Creates a project at {@link Stage#LEAD} with its first history row and returns its
	 * id. Staff own what they create; directors and admins may name another owner.
	 */
	@Transactional
	@PreAuthorize("@access.may('PROJECT_WRITE')")
	public long create(ProjectForm form) {
		if (form.id() != null) {
			throw new IllegalArgumentException("a new project has no id");
		}
		CrmUser user = this.currentUser.require();
		ProjectForm f = ProjectValidation.check(form);
		long owner = (f.ownerId() != null) ? f.ownerId() : user.id();
		mayAssign(user, owner, user.id());
		ProjectForm owned = f.withOwner(owner);
		checkReferences(owned);
		long id = insertWithCode(owned);
		this.projects.insertStageChange(id, null, Stage.LEAD, user.id(), null);
		this.audit.created(ENTITY, id, null, owned, "id", "version");
		return id;
	}

	/**
	 * Saves an edited project (never its stage). Throws {@link ConcurrentEditException}
	 * ({@code project.error.stale}, arguments: who saved last, when) if someone saved it
	 * since the form was loaded.
	 */
	@Transactional
	@PreAuthorize("@access.may('PROJECT_WRITE')")
	public void update(ProjectForm form) {
		Long id = form.id();
		if (id == null) {
			throw new IllegalArgumentException("update needs the project's id");
		}
		CrmUser user = this.currentUser.require();
		mayEdit(id);
		ProjectForm f = ProjectValidation.check(form);
		ProjectForm before = this.projects.lockForm(id).orElseThrow(ProjectService::notFound);
		long owner = (f.ownerId() != null) ? f.ownerId() : Objects.requireNonNull(before.ownerId());
		mayAssign(user, owner, Objects.requireNonNull(before.ownerId()));
		ProjectForm after = f.withOwner(owner);
		checkReferences(after);
		if (!this.projects.update(after, owner)) {
			throw stale(id);
		}
		this.audit.updated(ENTITY, id, null, before, after, "id", "version");
	}

	/**
	 * Moves the project to {@code to} under {@link StageRules} and returns its new
	 * version. Records the move (who, when, from, to, note) and audits it. Every
	 * {@link StageGuard} (e.g. admission before signing) may refuse it first.
	 * @param expectedVersion the version the caller saw; another one means someone else
	 * changed the project since ({@code project.error.stale})
	 * @param note required to go back one step
	 * @param lostReason required to go LOST
	 */
	@Transactional
	@PreAuthorize("@access.may('PROJECT_WRITE')")
	public int moveStage(long id, int expectedVersion, Stage to, @Nullable String note, @Nullable String lostReason) {
		CrmUser user = this.currentUser.require();
		mayEdit(id);
		String cleanNote = ProjectValidation.note(note);
		String cleanReason = ProjectValidation.lostReason(lostReason);
		ProjectRepository.StageState now = this.projects.lockStage(id).orElseThrow(ProjectService::notFound);
		if (now.version() != expectedVersion) {
			throw stale(id);
		}
		StageRules.check(now.stage(), to, now.beforeHold(), cleanNote, cleanReason);
		this.stageGuards.orderedStream().forEach(guard -> guard.check(id, now.stage(), to));
		if (!this.projects.moveStage(id, expectedVersion, now.stage(), to, cleanReason)) {
			throw stale(id);
		}
		String historyNote = (cleanNote == null && to == Stage.LOST) ? cleanReason : cleanNote;
		this.projects.insertStageChange(id, now.stage(), to, user.id(), historyNote);
		List<FieldChange> changes = new java.util.ArrayList<>();
		changes.add(new FieldChange("stage", now.stage().name(), to.name()));
		if (cleanNote != null) {
			changes.add(new FieldChange("note", null, cleanNote));
		}
		if (to == Stage.LOST) {
			changes.add(new FieldChange("lostReason", null, cleanReason));
		}
		this.audit.record(STAGE_CHANGE, ENTITY, id, null, null, changes);
		// e.g. land held for a lost project is released in this same transaction
		this.stageListeners.orderedStream().forEach(l -> l.stageMoved(id, now.stage(), to, historyNote));
		return expectedVersion + 1;
	}

	/** Who may see what: computed per call from the signed-in user. */
	private ProjectScope scope() {
		return ProjectScope.of(this.currentUser);
	}

	/**
	 * The derived figures of figures being typed, at the configured USD/CNY rate (no
	 * query).
	 */
	@PreAuthorize("@access.may('PROJECT_WRITE')")
	public ProjectFigures figuresFor(@Nullable BigDecimal investmentTotal, @Nullable BigDecimal investmentForeignUsd,
			@Nullable BigDecimal landMu, @Nullable BigDecimal annualOutput, @Nullable BigDecimal annualTax) {
		return ProjectFigures.of(investmentTotal, investmentForeignUsd, landMu, annualOutput, annualTax,
				this.usdCnyRate);
	}

	/** Who besides the owner may see and work on the project (need-to-know). */
	@PreAuthorize("@access.may('PROJECT_READ')")
	public List<UserRef> collaborators(long id) {
		if (!this.projects.isVisible(id, scope())) {
			throw missingOrDenied(id);
		}
		return this.projects.collaborators(id);
	}

	/** Shares the project with a colleague; by whoever may edit it. */
	@Transactional
	@PreAuthorize("@access.may('PROJECT_WRITE')")
	public void addCollaborator(long id, long userId) {
		mayEdit(id);
		if (!this.projects.userExists(userId)) {
			throw new DomainException("project.error.user-not-found");
		}
		List<UserRef> before = this.projects.collaborators(id);
		this.projects.addCollaborator(id, userId);
		auditCollaborators(id, before);
	}

	@Transactional
	@PreAuthorize("@access.may('PROJECT_WRITE')")
	public void removeCollaborator(long id, long userId) {
		mayEdit(id);
		List<UserRef> before = this.projects.collaborators(id);
		if (this.projects.removeCollaborator(id, userId)) {
			auditCollaborators(id, before);
		}
	}

	/** Who the project is shared with, before and after, by name. */
	private void auditCollaborators(long id, List<UserRef> before) {
		FieldChange change = AuditDiff.of("collaborators", names(before), names(this.projects.collaborators(id)));
		this.audit.record(UPDATE, ENTITY, id, null, null, (change != null) ? List.of(change) : List.of());
	}

	private static List<String> names(List<UserRef> people) {
		return people.stream().map(UserRef::displayName).toList();
	}

	/**
	 * The project's history from the audit trail, newest first: its own changes, stage
	 * moves and sharing, and its activities. Only for those who see the real name
	 * (need-to-know): the trail holds the real name and figures.
	 */
	@PreAuthorize("@access.may('PROJECT_READ')")
	public List<AuditEntry> changeHistory(long id, PageRequest page) {
		mayReadHistory(id);
		return this.trail.forEntity(ENTITY, id, page);
	}

	@PreAuthorize("@access.may('PROJECT_READ')")
	public int changeHistoryCount(long id) {
		mayReadHistory(id);
		return this.trail.countForEntity(ENTITY, id);
	}

	private void mayReadHistory(long id) {
		ProjectScope scope = scope();
		if (!this.projects.isVisible(id, scope)) {
			throw missingOrDenied(id);
		}
		if (!this.projects.isNameShown(id, scope)) {
			throw new AccessDeniedException("project " + id + " is shown under its code name");
		}
	}

	private void mayEdit(long id) {
		ProjectScope scope = scope();
		if (!this.projects.isEditable(id, scope)) {
			throw missingOrDenied(id);
		}
	}

	/** Staff keep projects to themselves; directors and admins assign them to anyone. */
	private static void mayAssign(CrmUser user, long owner, long currentOwner) {
		if (!Access.may(user, Capability.PROJECT_ASSIGN) && owner != currentOwner) {
			throw new AccessDeniedException("only directors and admins assign a project to another owner");
		}
	}

	private void checkReferences(ProjectForm f) {
		if (!this.projects.investorExists(Objects.requireNonNull(f.investorId()))) {
			throw new DomainException("project.error.investor-not-found");
		}
		if (f.industryId() != null && !this.projects.industryExists(f.industryId())) {
			throw new DomainException("project.error.industry-not-found");
		}
		if (f.preferredParkId() != null && !this.projects.parkExists(f.preferredParkId())) {
			throw new DomainException("project.error.park-not-found");
		}
		if (f.preferredZoneId() != null && (f.preferredParkId() == null
				|| !this.projects.zoneInPark(f.preferredParkId(), f.preferredZoneId()))) {
			throw new DomainException("project.error.zone-not-in-park");
		}
		if (f.ownerId() != null && !this.projects.userExists(f.ownerId())) {
			throw new DomainException("project.error.owner-not-found");
		}
	}

	/**
	 * Inserts with the next code ZS-&lt;year&gt;-NNN. Two users creating at once may pick
	 * the same number: the unique key refuses the second, which tries the next one.
	 */
	private long insertWithCode(ProjectForm f) {
		int year = Year.now().getValue();
		int sequence = this.projects.lastSequence(year);
		for (int attempt = 1;; attempt++) {
			try {
				return this.projects.insert(f, ProjectRepository.code(year, sequence + attempt),
						Objects.requireNonNull(f.ownerId()));
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= CODE_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private RuntimeException missingOrDenied(long id) {
		return this.projects.exists(id) ? new AccessDeniedException("project " + id + " is not visible") : notFound();
	}

	private static DomainException notFound() {
		return new DomainException("project.error.not-found");
	}

	private ConcurrentEditException stale(long id) {
		ProjectRepository.LastEdit last = this.projects.lastEdit(id).orElseThrow(ProjectService::notFound);
		return new ConcurrentEditException("project.error.stale", last.by(), last.at());
	}

}
