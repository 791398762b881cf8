package cn.zhaoshang.crm.land;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PARK_ZONE;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.jooq.impl.DSL.currentLocalDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.localDateTimeAdd;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.zhaoshang.crm.db.enums.LandAllocationReleaseKind;
import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.enums.LandRequestLandUse;
import cn.zhaoshang.crm.db.enums.PlotStatus;
import cn.zhaoshang.crm.db.tables.AppUser;
import cn.zhaoshang.crm.db.tables.ParkZone;
import cn.zhaoshang.crm.db.tables.records.LandAllocationRecord;
import cn.zhaoshang.crm.db.tables.records.LandRequestRecord;
import cn.zhaoshang.crm.park.LandUse;
import cn.zhaoshang.crm.park.PlotLand;
import cn.zhaoshang.crm.project.ProjectConditions;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.shared.JooqRecords;
import cn.zhaoshang.crm.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class LandRepository {

	private static final AppUser RESERVER = APP_USER.as("reserver");

	private static final AppUser CONFIRMER = APP_USER.as("confirmer");

	private static final AppUser RELEASER = APP_USER.as("releaser");

	private static final ParkZone REQUEST_ZONE = PARK_ZONE.as("request_zone");

	private final DSLContext dsl;

	LandRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The database's clock: expiry is judged by it everywhere (see PlotLand). */
	LocalDateTime now() {
		return this.dsl.select(currentLocalDateTime(inline(3))).fetchSingle().value1();
	}

	// ---------------------------------------------------------------- land requests

	/**
	 * A project's land requests; with {@code parkScope}, only those preferring that park
	 * or none.
	 */
	List<LandRequestRow> requests(long projectId, Optional<Long> parkScope) {
		return requestsWhere(LAND_REQUEST.PROJECT_ID.eq(projectId)
			.and(parkScope.map(p -> LAND_REQUEST.PREFERRED_PARK_ID.isNull().or(LAND_REQUEST.PREFERRED_PARK_ID.eq(p)))
				.orElse(noCondition())));
	}

	Optional<LandRequestRow> request(long id) {
		return requestsWhere(LAND_REQUEST.ID.eq(id)).stream().findFirst();
	}

	private List<LandRequestRow> requestsWhere(Condition condition) {
		Field<BigDecimal> held = select(sum(LAND_ALLOCATION.AREA_MU)).from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.LAND_REQUEST_ID.eq(LAND_REQUEST.ID))
			.and(PlotLand.holdsLand(LAND_ALLOCATION))
			.asField("held_mu");
		return this.dsl
			.select(LAND_REQUEST.ID, LAND_REQUEST.VERSION, LAND_REQUEST.PROJECT_ID, LAND_REQUEST.AREA_MU,
					LAND_REQUEST.PREFERRED_PARK_ID, PARK.NAME_ZH, PARK.NAME_EN, LAND_REQUEST.PREFERRED_ZONE_ID,
					REQUEST_ZONE.NAME_ZH, REQUEST_ZONE.NAME_EN, LAND_REQUEST.LAND_USE, LAND_REQUEST.POWER_KVA,
					LAND_REQUEST.WATER_T_PER_DAY, LAND_REQUEST.GAS_M3_PER_DAY, LAND_REQUEST.NOTES, held)
			.from(LAND_REQUEST)
			.leftJoin(PARK)
			.on(PARK.ID.eq(LAND_REQUEST.PREFERRED_PARK_ID))
			.leftJoin(REQUEST_ZONE)
			.on(REQUEST_ZONE.ID.eq(LAND_REQUEST.PREFERRED_ZONE_ID))
			.where(condition)
			.orderBy(LAND_REQUEST.CREATED_AT, LAND_REQUEST.ID)
			.fetch(r -> new LandRequestRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8(), r.value9(), r.value10(),
					(r.value11() != null) ? LandUse.valueOf(r.value11().getLiteral()) : null, r.value12(), r.value13(),
					r.value14(), r.value15(), (r.value16() != null) ? r.value16() : BigDecimal.ZERO));
	}

	Optional<LandRequestRecord> lockRequest(long id) {
		return this.dsl.selectFrom(LAND_REQUEST).where(LAND_REQUEST.ID.eq(id)).forUpdate().fetchOptional();
	}

	/** The project of a request, without locks (to know what to lock first). */
	Optional<Long> projectOfRequest(long id) {
		return this.dsl.select(LAND_REQUEST.PROJECT_ID)
			.from(LAND_REQUEST)
			.where(LAND_REQUEST.ID.eq(id))
			.fetchOptional(LAND_REQUEST.PROJECT_ID);
	}

	/** Land running allocations hold for the request, read with locks. */
	BigDecimal heldForRequest(long requestId) {
		return this.dsl.select(LAND_ALLOCATION.AREA_MU)
			.from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.LAND_REQUEST_ID.eq(requestId))
			.and(PlotLand.holdsLand(LAND_ALLOCATION))
			.forUpdate()
			.fetch(LAND_ALLOCATION.AREA_MU)
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	boolean parkExists(long parkId) {
		return this.dsl.fetchExists(PARK, PARK.ID.eq(parkId));
	}

	boolean zoneInPark(long parkId, long zoneId) {
		return this.dsl.fetchExists(PARK_ZONE, PARK_ZONE.ID.eq(zoneId).and(PARK_ZONE.PARK_ID.eq(parkId)));
	}

	long insertRequest(LandRequestForm f) {
		return this.dsl.insertInto(LAND_REQUEST)
			.set(requestValues(f))
			.returningResult(LAND_REQUEST.ID)
			.fetchSingle(LAND_REQUEST.ID);
	}

	boolean updateRequest(LandRequestForm f) {
		return this.dsl.update(LAND_REQUEST)
			.set(requestValues(f))
			.set(LAND_REQUEST.VERSION, LAND_REQUEST.VERSION.plus(1))
			.where(LAND_REQUEST.ID.eq(f.id()).and(LAND_REQUEST.VERSION.eq(f.version())))
			.execute() == 1;
	}

	boolean deleteRequest(long id, int version) {
		return this.dsl.deleteFrom(LAND_REQUEST)
			.where(LAND_REQUEST.ID.eq(id).and(LAND_REQUEST.VERSION.eq(version)))
			.execute() == 1;
	}

	private static LandRequestRecord requestValues(LandRequestForm f) {
		LandRequestRecord r = new LandRequestRecord();
		r.setProjectId(f.projectId());
		r.setAreaMu(f.areaMu());
		r.setPreferredParkId(f.parkId());
		r.setPreferredZoneId(f.zoneId());
		r.setLandUse((f.landUse() != null) ? LandRequestLandUse.valueOf(f.landUse().name()) : null);
		r.setPowerKva(f.powerKva());
		r.setWaterTPerDay(f.waterTPerDay());
		r.setGasM3PerDay(f.gasM3PerDay());
		r.setNotes(f.notes());
		return JooqRecords.onlyEditable(r, LAND_REQUEST.ID, LAND_REQUEST.VERSION, LAND_REQUEST.CREATED_AT,
				LAND_REQUEST.UPDATED_AT);
	}

	// ---------------------------------------------------------------- projects

	/**
	 * The project's stage, read with a row lock: a reservation and a stage move of the
	 * same project queue here, so land is never reserved for a project that was just
	 * lost.
	 */
	Optional<LockedProject> lockProject(long projectId) {
		return this.dsl.select(PROJECT.STAGE, PROJECT.CODE)
			.from(PROJECT)
			.where(PROJECT.ID.eq(projectId))
			.forUpdate()
			.fetchOptional(r -> new LockedProject(Stage.valueOf(r.value1().getLiteral()), r.value2()));
	}

	/** A project as allocation sees it: its stage (read with the lock) and its code. */
	record LockedProject(Stage stage, String code) {
	}

	boolean projectEditable(long projectId, CrmUser user) {
		return this.dsl.fetchExists(PROJECT, PROJECT.ID.eq(projectId).and(ProjectConditions.editable(user)));
	}

	String projectCode(long projectId) {
		return this.dsl.select(PROJECT.CODE).from(PROJECT).where(PROJECT.ID.eq(projectId)).fetchSingle(PROJECT.CODE);
	}

	// ---------------------------------------------------------------- plots

	/**
	 * A plot as allocation sees it, with the database's time when its lock was taken
	 * (what expiry is judged by, see PlotLand).
	 */
	record LockedPlot(long id, long parkId, String code, BigDecimal areaMu, PlotStatus status, LocalDateTime lockedAt) {

		/** Idle or being reclaimed: no land of it is reserved or allocated. */
		boolean outOfSupply() {
			return this.status == PlotStatus.IDLE || this.status == PlotStatus.RECLAIMING;
		}

	}

	/**
	 * The plot, read with a row lock. Every change of the land on a plot takes this lock
	 * first, so changes of one plot run one after another and each sees the others'
	 * committed rows.
	 */
	Optional<LockedPlot> lockPlot(long plotId) {
		return this.dsl
			.select(PLOT.ID, PLOT.PARK_ID, PLOT.CODE, PLOT.AREA_MU, PLOT.STATUS, currentLocalDateTime(inline(3)))
			.from(PLOT)
			.where(PLOT.ID.eq(plotId))
			.forUpdate()
			.fetchOptional(r -> new LockedPlot(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
	}

	/** The plot's RESERVED and CONFIRMED allocations (expired ones too), with locks. */
	List<LandAllocationRecord> lockOpenOn(long plotId) {
		return this.dsl.selectFrom(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.PLOT_ID.eq(plotId))
			.and(LAND_ALLOCATION.STATUS.in(LandAllocationStatus.RESERVED, LandAllocationStatus.CONFIRMED))
			.orderBy(LAND_ALLOCATION.ID)
			.forUpdate()
			.fetch();
	}

	/**
	 * Sets the plot's status from its allocations holding land (see
	 * {@link #statusHolding}); plots out of supply keep theirs.
	 */
	void refreshPlotStatus(long plotId) {
		List<LandAllocationStatus> holding = this.dsl.select(LAND_ALLOCATION.STATUS)
			.from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.PLOT_ID.eq(plotId))
			.and(PlotLand.holdsLand(LAND_ALLOCATION))
			.forUpdate()
			.fetch(LAND_ALLOCATION.STATUS);
		setPlotStatus(plotId, statusHolding(holding));
	}

	/**
	 * A plot's status from the allocations holding land on it: ALLOCATED if any is
	 * confirmed, RESERVED if only reservations, else AVAILABLE.
	 */
	static PlotStatus statusHolding(List<LandAllocationStatus> holding) {
		return holding.contains(LandAllocationStatus.CONFIRMED) ? PlotStatus.ALLOCATED
				: holding.isEmpty() ? PlotStatus.AVAILABLE : PlotStatus.RESERVED;
	}

	/**
	 * Sets the status of a plot that is in supply (idle and reclaiming plots keep
	 * theirs).
	 */
	void setPlotStatus(long plotId, PlotStatus status) {
		this.dsl.update(PLOT)
			.set(PLOT.STATUS, status)
			.where(PLOT.ID.eq(plotId))
			.and(PLOT.STATUS.notIn(PlotStatus.IDLE, PlotStatus.RECLAIMING))
			.execute();
	}

	// ---------------------------------------------------------------- allocations

	/** A new reservation that expires {@code days} days from now (database time). */
	long insertReservation(long plotId, long projectId, long requestId, BigDecimal areaMu, long userId, int days) {
		return this.dsl.insertInto(LAND_ALLOCATION)
			.set(LAND_ALLOCATION.PLOT_ID, plotId)
			.set(LAND_ALLOCATION.PROJECT_ID, projectId)
			.set(LAND_ALLOCATION.LAND_REQUEST_ID, requestId)
			.set(LAND_ALLOCATION.AREA_MU, areaMu)
			.set(LAND_ALLOCATION.STATUS, LandAllocationStatus.RESERVED)
			.set(LAND_ALLOCATION.RESERVED_BY, userId)
			.set(LAND_ALLOCATION.RESERVED_AT, currentLocalDateTime(inline(3)))
			.set(LAND_ALLOCATION.EXPIRES_AT,
					localDateTimeAdd(currentLocalDateTime(inline(3)), inline(days), DatePart.DAY))
			.returningResult(LAND_ALLOCATION.ID)
			.fetchSingle(LAND_ALLOCATION.ID);
	}

	/** Plot and project of an allocation, without locks (to know what to lock first). */
	Optional<long[]> plotAndProjectOf(long allocationId) {
		return this.dsl.select(LAND_ALLOCATION.PLOT_ID, LAND_ALLOCATION.PROJECT_ID)
			.from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.ID.eq(allocationId))
			.fetchOptional(r -> new long[] { r.value1(), r.value2() });
	}

	Optional<LandAllocationRecord> lockAllocation(long id) {
		return this.dsl.selectFrom(LAND_ALLOCATION).where(LAND_ALLOCATION.ID.eq(id)).forUpdate().fetchOptional();
	}

	boolean confirm(long id, int version, long userId) {
		return this.dsl.update(LAND_ALLOCATION)
			.set(LAND_ALLOCATION.STATUS, LandAllocationStatus.CONFIRMED)
			.set(LAND_ALLOCATION.CONFIRMED_BY, userId)
			.set(LAND_ALLOCATION.CONFIRMED_AT, currentLocalDateTime(inline(3)))
			.set(LAND_ALLOCATION.VERSION, LAND_ALLOCATION.VERSION.plus(1))
			.where(LAND_ALLOCATION.ID.eq(id).and(LAND_ALLOCATION.VERSION.eq(version)))
			.and(LAND_ALLOCATION.STATUS.eq(LandAllocationStatus.RESERVED))
			.execute() == 1;
	}

	boolean release(long id, int version, @Nullable Long userId, ReleaseKind kind, @Nullable String reason) {
		return this.dsl.update(LAND_ALLOCATION)
			.set(LAND_ALLOCATION.STATUS, LandAllocationStatus.RELEASED)
			.set(LAND_ALLOCATION.RELEASED_BY, userId)
			.set(LAND_ALLOCATION.RELEASED_AT, currentLocalDateTime(inline(3)))
			.set(LAND_ALLOCATION.RELEASE_KIND, LandAllocationReleaseKind.valueOf(kind.name()))
			.set(LAND_ALLOCATION.RELEASE_REASON, reason)
			.set(LAND_ALLOCATION.VERSION, LAND_ALLOCATION.VERSION.plus(1))
			.where(LAND_ALLOCATION.ID.eq(id).and(LAND_ALLOCATION.VERSION.eq(version)))
			.and(LAND_ALLOCATION.STATUS.in(LandAllocationStatus.RESERVED, LandAllocationStatus.CONFIRMED))
			.execute() == 1;
	}

	/** The plots on which the project has RESERVED or CONFIRMED allocations, by id. */
	List<Long> plotsWithOpen(long projectId) {
		return this.dsl.selectDistinct(LAND_ALLOCATION.PLOT_ID)
			.from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.PROJECT_ID.eq(projectId))
			.and(LAND_ALLOCATION.STATUS.in(LandAllocationStatus.RESERVED, LandAllocationStatus.CONFIRMED))
			.orderBy(LAND_ALLOCATION.PLOT_ID)
			.fetch(LAND_ALLOCATION.PLOT_ID);
	}

	/**
	 * Reservations whose time ran out, by plot: (plot id, allocation id), oldest first.
	 */
	List<long[]> expiredReservations(int limit) {
		return this.dsl.select(LAND_ALLOCATION.PLOT_ID, LAND_ALLOCATION.ID)
			.from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.STATUS.eq(LandAllocationStatus.RESERVED))
			.and(LAND_ALLOCATION.EXPIRES_AT.le(currentLocalDateTime(inline(3))))
			.orderBy(LAND_ALLOCATION.PLOT_ID, LAND_ALLOCATION.ID)
			.limit(limit)
			.fetch(r -> new long[] { r.value1(), r.value2() });
	}

	// ---------------------------------------------------------------- reads

	/** Who may do what with each row: computed per caller. */
	record Caller(CrmUser user, boolean director, @Nullable Long operatedPark) {
	}

	List<AllocationRow> forProject(long projectId, Optional<Long> parkScope, Caller caller) {
		return rows(caller).where(LAND_ALLOCATION.PROJECT_ID.eq(projectId))
			.and(parkScope.map(PLOT.PARK_ID::eq).orElse(noCondition()))
			.orderBy(LAND_ALLOCATION.STATUS, LAND_ALLOCATION.RESERVED_AT.desc(), LAND_ALLOCATION.ID.desc())
			.fetch(r -> row(r, caller));
	}

	List<AllocationRow> forPark(long parkId, boolean openOnly, PageRequest page, Caller caller) {
		return rows(caller).where(parkCondition(parkId, openOnly))
			.orderBy(LAND_ALLOCATION.STATUS, LAND_ALLOCATION.RESERVED_AT.desc(), LAND_ALLOCATION.ID.desc())
			.limit(page.limit())
			.offset(page.offset())
			.fetch(r -> row(r, caller));
	}

	int countForPark(long parkId, boolean openOnly) {
		return this.dsl.selectCount()
			.from(LAND_ALLOCATION)
			.join(PLOT)
			.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
			.where(parkCondition(parkId, openOnly))
			.fetchSingle()
			.value1();
	}

	Optional<AllocationRow> allocation(long id, Caller caller) {
		return rows(caller).where(LAND_ALLOCATION.ID.eq(id)).fetchOptional(r -> row(r, caller));
	}

	private static Condition parkCondition(long parkId, boolean openOnly) {
		Condition condition = PLOT.PARK_ID.eq(parkId);
		return openOnly
				? condition
					.and(LAND_ALLOCATION.STATUS.in(LandAllocationStatus.RESERVED, LandAllocationStatus.CONFIRMED))
				: condition;
	}

	private SelectOnConditionStep<Record> rows(Caller caller) {
		Field<Boolean> editable = field(ProjectConditions.editable(caller.user())).as("project_editable");
		Field<Boolean> expired = field(LAND_ALLOCATION.STATUS.eq(LandAllocationStatus.RESERVED)
			.and(LAND_ALLOCATION.EXPIRES_AT.le(currentLocalDateTime(inline(3))))).as("expired");
		Field<String> projectName = ProjectConditions.shownName(caller.user()).as("project_name");
		return this.dsl
			.select(LAND_ALLOCATION.ID, LAND_ALLOCATION.VERSION, LAND_ALLOCATION.PLOT_ID, PLOT.CODE, PLOT.PARK_ID,
					PARK.NAME_ZH, PARK.NAME_EN, PARK_ZONE.NAME_ZH, PARK_ZONE.NAME_EN, LAND_ALLOCATION.PROJECT_ID,
					PROJECT.CODE, projectName, PROJECT.STAGE, LAND_ALLOCATION.LAND_REQUEST_ID, LAND_ALLOCATION.AREA_MU,
					LAND_ALLOCATION.STATUS, expired, RESERVER.DISPLAY_NAME, LAND_ALLOCATION.RESERVED_AT,
					LAND_ALLOCATION.EXPIRES_AT, CONFIRMER.DISPLAY_NAME, LAND_ALLOCATION.CONFIRMED_AT,
					RELEASER.DISPLAY_NAME, LAND_ALLOCATION.RELEASED_AT, LAND_ALLOCATION.RELEASE_KIND,
					LAND_ALLOCATION.RELEASE_REASON, editable)
			.from(LAND_ALLOCATION)
			.join(PLOT)
			.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
			.join(PARK)
			.on(PARK.ID.eq(PLOT.PARK_ID))
			.leftJoin(PARK_ZONE)
			.on(PARK_ZONE.ID.eq(PLOT.ZONE_ID))
			.join(PROJECT)
			.on(PROJECT.ID.eq(LAND_ALLOCATION.PROJECT_ID))
			.leftJoin(RESERVER)
			.on(RESERVER.ID.eq(LAND_ALLOCATION.RESERVED_BY))
			.leftJoin(CONFIRMER)
			.on(CONFIRMER.ID.eq(LAND_ALLOCATION.CONFIRMED_BY))
			.leftJoin(RELEASER)
			.on(RELEASER.ID.eq(LAND_ALLOCATION.RELEASED_BY));
	}

	private static AllocationRow row(Record r, Caller caller) {
		AllocationStatus status = AllocationStatus.valueOf(r.get(LAND_ALLOCATION.STATUS).getLiteral());
		boolean expired = Boolean.TRUE.equals(r.get("expired", Boolean.class));
		Stage stage = Stage.valueOf(r.get(PROJECT.STAGE).getLiteral());
		long parkId = r.get(PLOT.PARK_ID);
		boolean runsPark = caller.director() || (caller.operatedPark() != null && caller.operatedPark() == parkId);
		boolean open = status != AllocationStatus.RELEASED;
		boolean confirmable = status == AllocationStatus.RESERVED && !expired && stage.isSignedOrLater() && runsPark;
		boolean releasable = open && (runsPark || Boolean.TRUE.equals(r.get("project_editable", Boolean.class))
				&& caller.user().hasRole(cn.zhaoshang.crm.security.Roles.STAFF));
		var kind = r.get(LAND_ALLOCATION.RELEASE_KIND);
		return new AllocationRow(r.get(LAND_ALLOCATION.ID), r.get(LAND_ALLOCATION.VERSION),
				r.get(LAND_ALLOCATION.PLOT_ID), r.get(PLOT.CODE), parkId, r.get(PARK.NAME_ZH), r.get(PARK.NAME_EN),
				r.get(PARK_ZONE.NAME_ZH), r.get(PARK_ZONE.NAME_EN), r.get(LAND_ALLOCATION.PROJECT_ID),
				r.get(PROJECT.CODE), r.get("project_name", String.class), stage, r.get(LAND_ALLOCATION.LAND_REQUEST_ID),
				r.get(LAND_ALLOCATION.AREA_MU), status, expired, r.get(RESERVER.DISPLAY_NAME),
				r.get(LAND_ALLOCATION.RESERVED_AT), r.get(LAND_ALLOCATION.EXPIRES_AT), r.get(CONFIRMER.DISPLAY_NAME),
				r.get(LAND_ALLOCATION.CONFIRMED_AT), r.get(RELEASER.DISPLAY_NAME), r.get(LAND_ALLOCATION.RELEASED_AT),
				(kind != null) ? ReleaseKind.valueOf(kind.getLiteral()) : null, r.get(LAND_ALLOCATION.RELEASE_REASON),
				confirmable, releasable);
	}

}
