package cn.zhaoshang.crm.land;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.enums.PlotStatus;
import cn.zhaoshang.crm.db.tables.records.LandAllocationRecord;
import cn.zhaoshang.crm.db.tables.records.LandRequestRecord;
import cn.zhaoshang.crm.park.ParkAccess;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plots for projects: RESERVED → CONFIRMED → RELEASED.
 * <ul>
 * <li>Reserve: staff for the projects they may edit, a park operator in their park, a
 * director anywhere; for an open project (not on hold, lost or exited). A reservation
 * expires after {@code crm.land.reservation-days} days unless confirmed.</li>
 * <li>Confirm (供地): the operator of the plot's park or a director, and only once the
 * project is SIGNED or later.</li>
 * <li>Release by hand, with a reason: the park's operator, a director, or staff who may
 * edit the project. Land of a project that is lost or exits is released in the stage
 * move's transaction ({@link LandOnStageMove}).</li>
 * </ul>
 * The land that running allocations hold on a plot never exceeds the plot's area: every
 * change takes the plot's row lock first and reads the allocations with locks, so
 * concurrent reservations of one plot run one after another and the late one sees the
 * early one's land. Every change is audited in the same transaction.
 * <p>
 * Changes run in READ COMMITTED: the plot's row lock already puts one plot's changes in a
 * row, and under REPEATABLE READ the locking read of a plot's allocations also locked the
 * index gap around it, so reservations of neighbouring plots deadlocked each other on
 * insert (found by the benchmark's 20 concurrent users on 20 plots).
 */
@Service
@Transactional(readOnly = true)
public class AllocationService {

	static final String ENTITY = "land_allocation";

	private final LandRepository land;

	private final ProjectService projects;

	private final ParkAccess parks;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final int reservationDays;

	public AllocationService(LandRepository land, ProjectService projects, ParkAccess parks, CurrentUser currentUser,
			AuditLog audit, @Value("${crm.land.reservation-days:30}") int reservationDays) {
		if (reservationDays < 1 || reservationDays > 365) {
			throw new IllegalArgumentException("crm.land.reservation-days must be 1..365: " + reservationDays);
		}
		this.land = land;
		this.projects = projects;
		this.parks = parks;
		this.currentUser = currentUser;
		this.audit = audit;
		this.reservationDays = reservationDays;
	}

	/** How long a reservation runs unless confirmed. */
	@PreAuthorize("@access.may('PARK_READ')")
	public int reservationDays() {
		return this.reservationDays;
	}

	/**
	 * Reserves land of a plot for a land request and returns the reservation's id.
	 * Refuses more than the plot has free ({@code allocation.error.not-enough-land},
	 * arguments: field, plot code, free 亩) and more than the request still needs.
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	@PreAuthorize("@access.may('LAND_RESERVE')")
	public long reserve(ReserveForm form) {
		CrmUser user = this.currentUser.require();
		BigDecimal area = area(form.areaMu());
		long projectId = this.land.projectOfRequest(form.landRequestId())
			.orElseThrow(() -> new DomainException("land-request.error.not-found"));
		// locks in one order everywhere: project, request, plot, allocations
		LandRepository.LockedProject project = this.land.lockProject(projectId).orElseThrow();
		if (!user.hasRole(Roles.DIRECTOR) && !user.hasRole(Roles.PARK_OPERATOR)
				&& !this.land.projectEditable(projectId, user)) {
			throw new AccessDeniedException("project " + projectId + " is not editable by the caller");
		}
		if (project.stage().isTerminal() || project.stage() == Stage.ON_HOLD) {
			throw new DomainException("allocation.error.project-closed", "project", project.stage().messageKey());
		}
		LandRequestRecord request = this.land.lockRequest(form.landRequestId()).orElseThrow();
		LandRepository.LockedPlot plot = lockPlot(form.plotId());
		if (!user.hasRole(Roles.DIRECTOR) && !user.hasRole(Roles.STAFF)) {
			this.parks.checkVisible(plot.parkId()); // an operator reserves in their park
													// only
		}
		if (plot.outOfSupply()) {
			throw new DomainException("allocation.error.plot-out-of-supply", "plot", plot.code());
		}
		List<LandAllocationRecord> holding = releaseExpired(plot);
		BigDecimal held = holding.stream()
			.map(LandAllocationRecord::getAreaMu)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal free = plot.areaMu().subtract(held).max(BigDecimal.ZERO);
		if (area.compareTo(free) > 0) {
			throw new DomainException("allocation.error.not-enough-land", "areaMu", plot.code(), free);
		}
		BigDecimal stillNeeded = request.getAreaMu().subtract(this.land.heldForRequest(request.getId()));
		if (area.compareTo(stillNeeded) > 0) {
			throw new DomainException("allocation.error.more-than-requested", "areaMu",
					stillNeeded.max(BigDecimal.ZERO));
		}
		long id = this.land.insertReservation(plot.id(), projectId, request.getId(), area, user.id(),
				this.reservationDays);
		// the plot's lock keeps its allocations as read: its status follows without
		// reading them again
		List<LandAllocationStatus> after = new ArrayList<>();
		holding.forEach(a -> after.add(a.getStatus()));
		after.add(LandAllocationStatus.RESERVED);
		PlotStatus status = LandRepository.statusHolding(after);
		if (status != plot.status()) {
			this.land.setPlotStatus(plot.id(), status);
		}
		this.audit.record("RESERVE", ENTITY, id, plot.code() + ": " + area + " mu for project " + project.code()
				+ ", expires in " + this.reservationDays + " days");
		return id;
	}

	/** Confirms a running reservation (供地) of a project that is signed or later. */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	@PreAuthorize("@access.may('LAND_CONFIRM')")
	public void confirm(long allocationId, int version) {
		CrmUser user = this.currentUser.require();
		long[] plotAndProject = this.land.plotAndProjectOf(allocationId).orElseThrow(AllocationService::notFound);
		LandRepository.LockedProject project = this.land.lockProject(plotAndProject[1]).orElseThrow();
		LandRepository.LockedPlot plot = lockPlot(plotAndProject[0]);
		if (!user.hasRole(Roles.DIRECTOR) && !this.parks.operates(plot.parkId())) {
			throw new AccessDeniedException("only the park's operator or a director confirms its land");
		}
		LandAllocationRecord allocation = this.land.lockAllocation(allocationId)
			.orElseThrow(AllocationService::notFound);
		if (allocation.getVersion() != version) {
			throw new ConcurrentEditException("allocation.error.stale");
		}
		if (allocation.getStatus() != LandAllocationStatus.RESERVED) {
			throw new DomainException("allocation.error.not-reserved", "status");
		}
		if (expired(allocation, plot.lockedAt())) {
			throw new DomainException("allocation.error.expired", "status");
		}
		if (!project.stage().isSignedOrLater()) {
			throw new DomainException("allocation.error.not-signed", "project", project.stage().messageKey());
		}
		if (!this.land.confirm(allocationId, version, user.id())) {
			throw new ConcurrentEditException("allocation.error.stale");
		}
		this.land.refreshPlotStatus(plot.id());
		this.audit.record("CONFIRM", ENTITY, allocationId,
				plot.code() + ": " + allocation.getAreaMu() + " mu for project " + project.code());
	}

	/** Releases a reservation or an allocation by hand, with a reason. */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	@PreAuthorize("@access.may('LAND_RESERVE')")
	public void release(long allocationId, int version, @Nullable String reason) {
		CrmUser user = this.currentUser.require();
		String why = TextRules.required(reason, "reason", 500);
		long[] plotAndProject = this.land.plotAndProjectOf(allocationId).orElseThrow(AllocationService::notFound);
		LandRepository.LockedPlot plot = lockPlot(plotAndProject[0]);
		boolean runsPark = user.hasRole(Roles.DIRECTOR) || this.parks.operates(plot.parkId());
		if (!runsPark && !(user.hasRole(Roles.STAFF) && this.land.projectEditable(plotAndProject[1], user))) {
			throw new AccessDeniedException("the caller may not release this land");
		}
		LandAllocationRecord allocation = this.land.lockAllocation(allocationId)
			.orElseThrow(AllocationService::notFound);
		if (allocation.getVersion() != version) {
			throw new ConcurrentEditException("allocation.error.stale");
		}
		if (allocation.getStatus() == LandAllocationStatus.RELEASED) {
			throw new DomainException("allocation.error.already-released", "status");
		}
		if (!this.land.release(allocationId, version, user.id(), ReleaseKind.MANUAL, why)) {
			throw new ConcurrentEditException("allocation.error.stale");
		}
		this.land.refreshPlotStatus(plot.id());
		this.audit.record("RELEASE", ENTITY, allocationId, plot.code() + ": " + allocation.getAreaMu()
				+ " mu of project " + this.land.projectCode(plotAndProject[1]) + "; reason: " + why);
	}

	/**
	 * The project's reservations and allocations, released ones too (a park operator:
	 * only those in their park).
	 */
	@PreAuthorize("@access.may('PARK_READ')")
	public List<AllocationRow> forProject(long projectId) {
		this.projects.get(projectId); // refuses a project the caller may not see
		return this.land.forProject(projectId, this.parks.scope(), caller());
	}

	/** A park's reservations and allocations, a page at a time (running ones first). */
	@PreAuthorize("@access.may('PARK_READ')")
	public List<AllocationRow> forPark(long parkId, boolean openOnly, PageRequest page) {
		this.parks.checkVisible(parkId);
		return this.land.forPark(parkId, openOnly, page, caller());
	}

	@PreAuthorize("@access.may('PARK_READ')")
	public int countForPark(long parkId, boolean openOnly) {
		this.parks.checkVisible(parkId);
		return this.land.countForPark(parkId, openOnly);
	}

	private LandRepository.Caller caller() {
		CrmUser user = this.currentUser.require();
		Long operated = user.hasRole(Roles.PARK_OPERATOR) ? user.parkId() : null;
		return new LandRepository.Caller(user, user.hasRole(Roles.DIRECTOR), operated);
	}

	private LandRepository.LockedPlot lockPlot(long plotId) {
		return this.land.lockPlot(plotId).orElseThrow(() -> new DomainException("plot.error.not-found"));
	}

	/**
	 * Marks the plot's expired reservations released (they hold no land already) and
	 * returns the allocations that still hold land. The caller holds the plot's lock.
	 */
	private List<LandAllocationRecord> releaseExpired(LandRepository.LockedPlot plot) {
		List<LandAllocationRecord> holding = new ArrayList<>();
		for (LandAllocationRecord a : this.land.lockOpenOn(plot.id())) {
			if (expired(a, plot.lockedAt())) {
				expire(this.land, this.audit, plot, a);
			}
			else {
				holding.add(a);
			}
		}
		return holding;
	}

	/** Releases an expired reservation; the caller holds the plot's lock. */
	static void expire(LandRepository land, AuditLog audit, LandRepository.LockedPlot plot, LandAllocationRecord a) {
		if (land.release(a.getId(), a.getVersion(), null, ReleaseKind.EXPIRED, null)) {
			audit.record("EXPIRE", ENTITY, a.getId(),
					plot.code() + ": " + a.getAreaMu() + " mu, reservation expired " + a.getExpiresAt());
		}
	}

	static boolean expired(LandAllocationRecord a, LocalDateTime now) {
		return a.getStatus() == LandAllocationStatus.RESERVED && a.getExpiresAt() != null
				&& !a.getExpiresAt().isAfter(now);
	}

	private static BigDecimal area(@Nullable BigDecimal areaMu) {
		if (areaMu == null) {
			throw new DomainException("validation.required", "areaMu");
		}
		if (areaMu.scale() > 2 && areaMu.stripTrailingZeros().scale() > 2) {
			throw new DomainException("allocation.error.area-scale", "areaMu");
		}
		BigDecimal area = areaMu.setScale(2, java.math.RoundingMode.UNNECESSARY);
		if (area.signum() <= 0) {
			throw new DomainException("allocation.error.area-positive", "areaMu");
		}
		return Objects.requireNonNull(area);
	}

	private static DomainException notFound() {
		return new DomainException("allocation.error.not-found");
	}

}
