package cn.zhaoshang.crm.land;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PLOT_STATUS_CHANGE;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.enums.PlotStatusChangeFromStatus;
import cn.zhaoshang.crm.db.enums.PlotStatusChangeRoute;
import cn.zhaoshang.crm.db.enums.PlotStatusChangeToStatus;
import cn.zhaoshang.crm.db.tables.records.LandAllocationRecord;
import cn.zhaoshang.crm.park.ParkAccess;
import cn.zhaoshang.crm.park.PlotStatus;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.TextRules;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 腾笼换鸟: a supplied plot lying idle is marked IDLE, taken into recovery (RECLAIMING, by
 * one of the routes 出、转、租) and offered again (AVAILABLE), each step dated, noted and
 * audited. Offering it again releases the land the idle holder still held and counts the
 * land and energy room freed. The park's operator or a director does this; a park
 * operator only in their park. Takes the plot's row lock like every land change.
 */
@Service
@Transactional(readOnly = true)
public class PlotRecoveryService {

	static final String ENTITY = "plot";

	private final DSLContext dsl;

	private final LandRepository land;

	private final ParkAccess parks;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	public PlotRecoveryService(DSLContext dsl, LandRepository land, ParkAccess parks, CurrentUser currentUser,
			AuditLog audit) {
		this.dsl = dsl;
		this.land = land;
		this.parks = parks;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/** ALLOCATED → IDLE: supplied land that lies unused (闲置), with the basis. */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	@PreAuthorize("@access.may('LAND_RECOVERY')")
	public void markIdle(long plotId, int version, @Nullable String basis) {
		move(plotId, version, PlotStatus.ALLOCATED, PlotStatus.IDLE, null, basis);
	}

	/** IDLE → RECLAIMING, by one of the routes 收回/转让/出租. */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	@PreAuthorize("@access.may('LAND_RECOVERY')")
	public void startRecovery(long plotId, int version, @Nullable RecoveryRoute route, @Nullable String note) {
		if (route == null) {
			throw new DomainException("plot.error.route-required", "route");
		}
		move(plotId, version, PlotStatus.IDLE, PlotStatus.RECLAIMING, route, note);
	}

	/**
	 * RECLAIMING → AVAILABLE: the plot is offered again; the land its holders still held
	 * is released and counted as freed with their projects' yearly energy.
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	@PreAuthorize("@access.may('LAND_RECOVERY')")
	public void offerAgain(long plotId, int version, @Nullable String note) {
		move(plotId, version, PlotStatus.RECLAIMING, PlotStatus.AVAILABLE, null, note);
	}

	/** The plot's steps through the cycle, oldest first. */
	@PreAuthorize("@access.may('PARK_READ')")
	public List<PlotStatusChange> history(long plotId) {
		Long park = this.dsl.fetchValue(PLOT.PARK_ID, PLOT.ID.eq(plotId));
		if (park == null) {
			throw new DomainException("plot.error.not-found");
		}
		this.parks.checkVisible(park);
		return this.dsl
			.select(PLOT_STATUS_CHANGE.FROM_STATUS, PLOT_STATUS_CHANGE.TO_STATUS, PLOT_STATUS_CHANGE.ROUTE,
					PLOT_STATUS_CHANGE.NOTE, PLOT_STATUS_CHANGE.FREED_MU, PLOT_STATUS_CHANGE.FREED_ENERGY_TCE,
					APP_USER.DISPLAY_NAME, PLOT_STATUS_CHANGE.CHANGED_AT)
			.from(PLOT_STATUS_CHANGE)
			.join(APP_USER)
			.on(APP_USER.ID.eq(PLOT_STATUS_CHANGE.CHANGED_BY))
			.where(PLOT_STATUS_CHANGE.PLOT_ID.eq(plotId))
			.orderBy(PLOT_STATUS_CHANGE.CHANGED_AT, PLOT_STATUS_CHANGE.ID)
			.fetch(r -> new PlotStatusChange(PlotStatus.valueOf(r.value1().name()),
					PlotStatus.valueOf(r.value2().name()),
					(r.value3() != null) ? RecoveryRoute.valueOf(r.value3().name()) : null, r.value4(), r.value5(),
					r.value6(), r.value7(), r.value8()));
	}

	/** Land and energy room recovered so far (a park operator: in their park). */
	@PreAuthorize("@access.may('PARK_READ')")
	public RecoveredLand recovered() {
		Condition scope = this.parks.scope()
			.map(park -> PLOT_STATUS_CHANGE.PLOT_ID.in(DSL.select(PLOT.ID).from(PLOT).where(PLOT.PARK_ID.eq(park))))
			.orElse(DSL.noCondition());
		var r = this.dsl
			.select(count(), coalesce(sum(PLOT_STATUS_CHANGE.FREED_MU), BigDecimal.ZERO),
					coalesce(sum(PLOT_STATUS_CHANGE.FREED_ENERGY_TCE), BigDecimal.ZERO))
			.from(PLOT_STATUS_CHANGE)
			.where(PLOT_STATUS_CHANGE.TO_STATUS.eq(PlotStatusChangeToStatus.AVAILABLE))
			.and(PLOT_STATUS_CHANGE.FROM_STATUS.eq(PlotStatusChangeFromStatus.RECLAIMING))
			.and(scope)
			.fetchSingle();
		return new RecoveredLand(r.value1(), r.value2(), r.value3());
	}

	private void move(long plotId, int version, PlotStatus from, PlotStatus to, @Nullable RecoveryRoute route,
			@Nullable String note) {
		CrmUser user = this.currentUser.require();
		String why = TextRules.required(note, "note", 500);
		LandRepository.LockedPlot plot = this.land.lockPlot(plotId)
			.orElseThrow(() -> new DomainException("plot.error.not-found"));
		this.parks.checkVisible(plot.parkId());
		if (!this.parks.isDirector() && !this.parks.operates(plot.parkId())) {
			throw new AccessDeniedException("only the park's operator or a director runs its land");
		}
		var current = this.dsl.select(PLOT.STATUS, PLOT.VERSION).from(PLOT).where(PLOT.ID.eq(plotId)).fetchSingle();
		if (current.value2() != version) {
			throw new ConcurrentEditException("plot.error.stale");
		}
		if (!current.value1().name().equals(from.name())) {
			throw new DomainException("plot.error.wrong-status", "status", from.name());
		}
		BigDecimal freedMu = null;
		BigDecimal freedEnergy = null;
		if (to == PlotStatus.AVAILABLE) {
			freedMu = plot.areaMu();
			freedEnergy = BigDecimal.ZERO;
			for (LandAllocationRecord held : this.land.lockOpenOn(plotId)) {
				BigDecimal energy = this.dsl.fetchValue(PROJECT.ENERGY_TCE, PROJECT.ID.eq(held.getProjectId()));
				freedEnergy = freedEnergy.add((energy != null) ? energy : BigDecimal.ZERO);
				this.land.release(held.getId(), held.getVersion(), user.id(), ReleaseKind.MANUAL, "腾笼换鸟: " + why);
				this.audit.record("RELEASE", AllocationService.ENTITY, held.getId(), plot.code() + ": "
						+ held.getAreaMu() + " mu, " + held.getStatus() + " (" + LandAllocationStatus.RELEASED + ")");
			}
		}
		this.dsl.update(PLOT)
			.set(PLOT.STATUS, cn.zhaoshang.crm.db.enums.PlotStatus.valueOf(to.name()))
			.set(PLOT.VERSION, PLOT.VERSION.plus(1))
			.where(PLOT.ID.eq(plotId))
			.execute();
		this.dsl.insertInto(PLOT_STATUS_CHANGE)
			.set(PLOT_STATUS_CHANGE.PLOT_ID, plotId)
			.set(PLOT_STATUS_CHANGE.FROM_STATUS, PlotStatusChangeFromStatus.valueOf(from.name()))
			.set(PLOT_STATUS_CHANGE.TO_STATUS, PlotStatusChangeToStatus.valueOf(to.name()))
			.set(PLOT_STATUS_CHANGE.ROUTE, (route != null) ? PlotStatusChangeRoute.valueOf(route.name()) : null)
			.set(PLOT_STATUS_CHANGE.NOTE, why)
			.set(PLOT_STATUS_CHANGE.FREED_MU, freedMu)
			.set(PLOT_STATUS_CHANGE.FREED_ENERGY_TCE, freedEnergy)
			.set(PLOT_STATUS_CHANGE.CHANGED_BY, user.id())
			.execute();
		this.audit.record("PLOT_STATUS", ENTITY, plotId,
				plot.code() + ": " + from + " -> " + to + ((route != null) ? " (" + route + ")" : "") + "; " + why);
	}

}
