package cn.zhaoshang.crm.park;

import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PARK_ADMISSION;
import static cn.zhaoshang.crm.db.Tables.PARK_INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.PARK_ZONE;
import static cn.zhaoshang.crm.db.Tables.PARK_ZONE_INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.zhaoshang.crm.db.enums.PlotLandUse;
import cn.zhaoshang.crm.db.enums.PlotStatus;
import cn.zhaoshang.crm.db.tables.records.PlotRecord;
import cn.zhaoshang.crm.shared.JooqRecords;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ParkRepository {

	private final DSLContext dsl;

	ParkRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * All parks, or only {@code parkScope} when the caller is confined to one, with their
	 * land: free, reserved and allocated from the running allocations, idle from the
	 * plots out of supply.
	 */
	List<ParkOverview> overview(Optional<Long> parkScope) {
		Table<Record3<Long, BigDecimal, BigDecimal>> held = PlotLand.heldByPlot();
		Field<BigDecimal> reserved = PlotLand.reservedMu(held);
		Field<BigDecimal> allocated = PlotLand.allocatedMu(held);
		Condition outOfSupply = PLOT.STATUS.in(PlotStatus.IDLE, PlotStatus.RECLAIMING);
		Field<BigDecimal> free = inSupply(outOfSupply,
				greatest(PLOT.AREA_MU.minus(reserved).minus(allocated), inline(BigDecimal.ZERO)));
		return this.dsl
			.select(PARK.ID, PARK.CODE, PARK.NAME_ZH, PARK.NAME_EN, PARK.PLANNED_AREA_MU, PARK.PLANNED_INVESTMENT,
					count(PLOT.ID), total(free), total(inSupply(outOfSupply, reserved)),
					total(inSupply(outOfSupply, allocated)),
					total(when(outOfSupply, PLOT.AREA_MU).otherwise(BigDecimal.ZERO)))
			.from(PARK)
			.leftJoin(PLOT)
			.on(PLOT.PARK_ID.eq(PARK.ID))
			.leftJoin(held)
			.on(PlotLand.plotId(held).eq(PLOT.ID))
			.where(parkScope.map(PARK.ID::eq).orElse(noCondition()))
			.groupBy(PARK.ID, PARK.CODE, PARK.NAME_ZH, PARK.NAME_EN, PARK.PLANNED_AREA_MU, PARK.PLANNED_INVESTMENT,
					PARK.SORT_ORDER)
			.orderBy(PARK.SORT_ORDER, PARK.ID)
			.fetch(r -> new ParkOverview(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
					(r.value6() != null) ? r.value6() : BigDecimal.ZERO, r.value7(), r.value8(), r.value9(),
					r.value10(), r.value11()));
	}

	private static Field<BigDecimal> inSupply(Condition outOfSupply, Field<BigDecimal> area) {
		return when(outOfSupply, BigDecimal.ZERO).otherwise(area);
	}

	private static Field<BigDecimal> total(Field<BigDecimal> area) {
		return coalesce(sum(area), BigDecimal.ZERO);
	}

	List<ParkRef> parks(Optional<Long> parkScope) {
		return this.dsl.select(PARK.ID, PARK.CODE, PARK.NAME_ZH, PARK.NAME_EN)
			.from(PARK)
			.where(parkScope.map(PARK.ID::eq).orElse(noCondition()))
			.orderBy(PARK.SORT_ORDER, PARK.ID)
			.fetch(r -> new ParkRef(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	boolean exists(long parkId) {
		return this.dsl.fetchExists(PARK, PARK.ID.eq(parkId));
	}

	/** Focus texts (zh, en) of the park. */
	Optional<String[]> focus(long parkId) {
		return this.dsl.select(PARK.FOCUS_ZH, PARK.FOCUS_EN)
			.from(PARK)
			.where(PARK.ID.eq(parkId))
			.fetchOptional(r -> new String[] { r.value1(), r.value2() });
	}

	List<ZoneRef> zones(long parkId) {
		return this.dsl.select(PARK_ZONE.ID, PARK_ZONE.PARK_ID, PARK_ZONE.CODE, PARK_ZONE.NAME_ZH, PARK_ZONE.NAME_EN)
			.from(PARK_ZONE)
			.where(PARK_ZONE.PARK_ID.eq(parkId))
			.orderBy(PARK_ZONE.SORT_ORDER, PARK_ZONE.ID)
			.fetch(r -> new ZoneRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	/** Planned area per zone id, in the zones' order. */
	Map<Long, BigDecimal> zonePlannedAreas(long parkId) {
		Map<Long, BigDecimal> areas = new LinkedHashMap<>();
		this.dsl.select(PARK_ZONE.ID, PARK_ZONE.PLANNED_AREA_MU)
			.from(PARK_ZONE)
			.where(PARK_ZONE.PARK_ID.eq(parkId))
			.orderBy(PARK_ZONE.SORT_ORDER, PARK_ZONE.ID)
			.forEach(r -> areas.put(r.value1(), r.value2()));
		return areas;
	}

	List<IndustryRef> admittedIndustries(long parkId) {
		return this.dsl.select(INDUSTRY.ID, INDUSTRY.CODE, INDUSTRY.NAME_ZH, INDUSTRY.NAME_EN)
			.from(PARK_INDUSTRY)
			.join(INDUSTRY)
			.on(INDUSTRY.ID.eq(PARK_INDUSTRY.INDUSTRY_ID))
			.where(PARK_INDUSTRY.PARK_ID.eq(parkId))
			.orderBy(INDUSTRY.SORT_ORDER, INDUSTRY.ID)
			.fetch(r -> new IndustryRef(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/** The industries each zone of the park is planned for, by zone id. */
	Map<Long, List<IndustryRef>> zoneIndustries(long parkId) {
		return this.dsl
			.select(PARK_ZONE_INDUSTRY.ZONE_ID, INDUSTRY.ID, INDUSTRY.CODE, INDUSTRY.NAME_ZH, INDUSTRY.NAME_EN)
			.from(PARK_ZONE_INDUSTRY)
			.join(PARK_ZONE)
			.on(PARK_ZONE.ID.eq(PARK_ZONE_INDUSTRY.ZONE_ID))
			.join(INDUSTRY)
			.on(INDUSTRY.ID.eq(PARK_ZONE_INDUSTRY.INDUSTRY_ID))
			.where(PARK_ZONE.PARK_ID.eq(parkId))
			.orderBy(INDUSTRY.SORT_ORDER, INDUSTRY.ID)
			.fetchGroups(r -> r.value1(), r -> new IndustryRef(r.value2(), r.value3(), r.value4(), r.value5()));
	}

	AdmissionThresholds thresholds(long parkId) {
		return this.dsl
			.select(PARK_ADMISSION.MIN_INVESTMENT_INTENSITY, PARK_ADMISSION.MIN_OUTPUT_PER_MU,
					PARK_ADMISSION.MIN_TAX_PER_MU, PARK_ADMISSION.MAX_ENERGY_PER_OUTPUT)
			.from(PARK_ADMISSION)
			.where(PARK_ADMISSION.PARK_ID.eq(parkId))
			.fetchOptional(r -> new AdmissionThresholds(r.value1(), r.value2(), r.value3(), r.value4()))
			.orElse(AdmissionThresholds.NONE);
	}

	/** The plots of one park (tens at most) with the land their allocations hold. */
	List<PlotRow> plots(long parkId) {
		return plotsWhere(PLOT.PARK_ID.eq(parkId));
	}

	Optional<PlotRow> plot(long plotId) {
		return plotsWhere(PLOT.ID.eq(plotId)).stream().findFirst();
	}

	private List<PlotRow> plotsWhere(Condition condition) {
		Table<Record3<Long, BigDecimal, BigDecimal>> held = PlotLand.heldByPlot();
		return this.dsl
			.select(PLOT.ID, PLOT.VERSION, PLOT.PARK_ID, PLOT.ZONE_ID, PARK_ZONE.NAME_ZH, PARK_ZONE.NAME_EN, PLOT.CODE,
					PLOT.AREA_MU, PlotLand.reservedMu(held), PlotLand.allocatedMu(held), PLOT.LAND_USE, PLOT.STATUS,
					PLOT.POWER_KVA, PLOT.WATER_T_PER_DAY, PLOT.GAS_M3_PER_DAY, PLOT.PLAN_X, PLOT.PLAN_Y, PLOT.PLAN_W,
					PLOT.PLAN_H, PLOT.LAND_PRICE, PLOT.NOTES)
			.from(PLOT)
			.leftJoin(PARK_ZONE)
			.on(PARK_ZONE.ID.eq(PLOT.ZONE_ID))
			.leftJoin(held)
			.on(PlotLand.plotId(held).eq(PLOT.ID))
			.where(condition)
			.orderBy(PARK_ZONE.SORT_ORDER, PLOT.CODE)
			.fetch(r -> new PlotRow(r.get(PLOT.ID), r.get(PLOT.VERSION), r.get(PLOT.PARK_ID), r.get(PLOT.ZONE_ID),
					r.get(PARK_ZONE.NAME_ZH), r.get(PARK_ZONE.NAME_EN), r.get(PLOT.CODE), r.get(PLOT.AREA_MU),
					r.value9(), r.value10(), LandUse.valueOf(r.get(PLOT.LAND_USE).getLiteral()),
					cn.zhaoshang.crm.park.PlotStatus.valueOf(r.get(PLOT.STATUS).getLiteral()), r.get(PLOT.POWER_KVA),
					r.get(PLOT.WATER_T_PER_DAY), r.get(PLOT.GAS_M3_PER_DAY), r.get(PLOT.PLAN_X), r.get(PLOT.PLAN_Y),
					r.get(PLOT.PLAN_W), r.get(PLOT.PLAN_H), r.get(PLOT.LAND_PRICE), r.get(PLOT.NOTES)));
	}

	// ---------------------------------------------------------------- plot edits

	/**
	 * The park's planned area, read with a row lock: plot edits of one park queue here,
	 * so two of them cannot together push the plots past the park's area.
	 */
	Optional<BigDecimal> lockParkArea(long parkId) {
		return this.dsl.select(PARK.PLANNED_AREA_MU)
			.from(PARK)
			.where(PARK.ID.eq(parkId))
			.forUpdate()
			.fetchOptional(PARK.PLANNED_AREA_MU);
	}

	/**
	 * The area of the park's plots other than {@code exceptPlotId}, read with locks (the
	 * latest committed rows, not the transaction's snapshot).
	 */
	BigDecimal plottedArea(long parkId, @Nullable Long exceptPlotId) {
		return this.dsl.select(PLOT.AREA_MU)
			.from(PLOT)
			.where(PLOT.PARK_ID.eq(parkId))
			.and((exceptPlotId != null) ? PLOT.ID.ne(exceptPlotId) : noCondition())
			.forUpdate()
			.fetch(PLOT.AREA_MU)
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	Optional<PlotRecord> lockPlot(long plotId) {
		return this.dsl.selectFrom(PLOT).where(PLOT.ID.eq(plotId)).forUpdate().fetchOptional();
	}

	/** A plot of the same park whose rectangle overlaps the given one, if any. */
	Optional<String> overlapping(long parkId, @Nullable Long exceptPlotId, int x, int y, int w, int h) {
		return this.dsl.select(PLOT.CODE)
			.from(PLOT)
			.where(PLOT.PARK_ID.eq(parkId))
			.and((exceptPlotId != null) ? PLOT.ID.ne(exceptPlotId) : noCondition())
			.and(PLOT.PLAN_X.lt(x + w))
			.and(PLOT.PLAN_X.plus(PLOT.PLAN_W).gt(x))
			.and(PLOT.PLAN_Y.lt(y + h))
			.and(PLOT.PLAN_Y.plus(PLOT.PLAN_H).gt(y))
			.orderBy(PLOT.CODE)
			.limit(1)
			.fetchOptional(PLOT.CODE);
	}

	boolean zoneInPark(long parkId, long zoneId) {
		return this.dsl.fetchExists(PARK_ZONE, PARK_ZONE.ID.eq(zoneId).and(PARK_ZONE.PARK_ID.eq(parkId)));
	}

	/** Land held on the plot now, read with locks (the latest committed rows). */
	BigDecimal heldOn(long plotId) {
		return this.dsl.select(LAND_ALLOCATION.AREA_MU)
			.from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.PLOT_ID.eq(plotId))
			.and(PlotLand.holdsLand(LAND_ALLOCATION))
			.forUpdate()
			.fetch(LAND_ALLOCATION.AREA_MU)
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	long insertPlot(PlotForm f) {
		PlotRecord r = values(f);
		return this.dsl.insertInto(PLOT).set(r).returningResult(PLOT.ID).fetchSingle(PLOT.ID);
	}

	/** False when someone saved the plot since {@code f.version()}. */
	boolean updatePlot(PlotForm f) {
		return this.dsl.update(PLOT)
			.set(values(f))
			.set(PLOT.VERSION, PLOT.VERSION.plus(1))
			.where(PLOT.ID.eq(f.id()).and(PLOT.VERSION.eq(f.version())))
			.execute() == 1;
	}

	private static PlotRecord values(PlotForm f) {
		PlotRecord r = new PlotRecord();
		r.setParkId(f.parkId());
		r.setZoneId(f.zoneId());
		r.setCode(f.code());
		r.setAreaMu(f.areaMu());
		r.setLandUse(PlotLandUse.valueOf(java.util.Objects.requireNonNull(f.landUse()).name()));
		r.setPowerKva(f.powerKva());
		r.setWaterTPerDay(f.waterTPerDay());
		r.setGasM3PerDay(f.gasM3PerDay());
		r.setPlanX(f.planX());
		r.setPlanY(f.planY());
		r.setPlanW(f.planW());
		r.setPlanH(f.planH());
		r.setLandPrice(f.landPrice());
		r.setNotes(f.notes());
		// the held land is the triggers' (V020), never a form's
		return JooqRecords.onlyEditable(r, PLOT.ID, PLOT.VERSION, PLOT.STATUS, PLOT.CREATED_AT, PLOT.UPDATED_AT,
				PLOT.HELD_MU, PLOT.HOLD_EXPIRES_AT);
	}

}
