package cn.zhaoshang.crm.matching;

import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PARK_ADMISSION;
import static cn.zhaoshang.crm.db.Tables.PARK_INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.PARK_ZONE;
import static cn.zhaoshang.crm.db.Tables.PARK_ZONE_INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.zhaoshang.crm.db.enums.PlotStatus;
import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.park.AdmissionThresholds;
import cn.zhaoshang.crm.park.LandUse;
import cn.zhaoshang.crm.park.ParkRef;
import cn.zhaoshang.crm.park.PlotLand;
import cn.zhaoshang.crm.project.ProjectConditions;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.security.CrmUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class MatchingRepository {

	/** Open projects: in the pipeline, not yet on land, not held, lost or exited. */
	static final List<ProjectStage> OPEN = List.of(ProjectStage.LEAD, ProjectStage.CONTACTED, ProjectStage.SITE_VISIT,
			ProjectStage.NEGOTIATION, ProjectStage.AGREEMENT, ProjectStage.SIGNED);

	private final DSLContext dsl;

	private final PlotCatalogue catalogue;

	MatchingRepository(DSLContext dsl, PlotCatalogue catalogue) {
		this.dsl = dsl;
		this.catalogue = catalogue;
	}

	/** A request's need and whether it holds all its land already. */
	record RequestNeed(MatchNeed need, boolean covered) {
	}

	Optional<RequestNeed> need(long requestId, CrmUser user) {
		return needs(LAND_REQUEST.ID.eq(requestId), user, 1, false).stream().findFirst();
	}

	/**
	 * The open projects' land requests that still need land, the latest-moved first (at
	 * most {@code limit}).
	 */
	List<MatchNeed> openNeeds(CrmUser user, int limit) {
		return needs(PROJECT.STAGE.in(OPEN).and(held().lt(LAND_REQUEST.AREA_MU)), user, limit, true).stream()
			.map(RequestNeed::need)
			.toList();
	}

	private static Field<BigDecimal> held() {
		return coalesce(select(sum(LAND_ALLOCATION.AREA_MU)).from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.LAND_REQUEST_ID.eq(LAND_REQUEST.ID))
			.and(PlotLand.holdsLand(LAND_ALLOCATION))
			.asField(), BigDecimal.ZERO);
	}

	/**
	 * @param latestMovedFirst walk the projects from the latest move back (the index on
	 * {@code stage_changed_at}) and stop at the limit: a province has 90,000 land
	 * requests, of which a park's ranking reads the latest 500 (700 ms when MariaDB
	 * started from the requests and sorted them all, 40 ms this way). STRAIGHT_JOIN keeps
	 * that order.
	 */
	private List<RequestNeed> needs(Condition condition, CrmUser user, int limit, boolean latestMovedFirst) {
		Field<BigDecimal> held = held().as("held_mu");
		Field<String> name = ProjectConditions.shownName(user).as("shown_name");
		Field<Boolean> shown = field(ProjectConditions.nameShown(user)).as("name_shown");
		return this.dsl
			.select(LAND_REQUEST.ID, LAND_REQUEST.PROJECT_ID, PROJECT.CODE, name, shown, INVESTOR.NAME_ZH,
					PROJECT.STAGE, PROJECT.INDUSTRY_ID, INDUSTRY.NAME_ZH, INDUSTRY.NAME_EN, INDUSTRY.PARENT_ID,
					INDUSTRY.HIGH_POLLUTION, LAND_REQUEST.AREA_MU, held, LAND_REQUEST.LAND_USE,
					LAND_REQUEST.PREFERRED_PARK_ID, LAND_REQUEST.PREFERRED_ZONE_ID, PROJECT.PREFERRED_PARK_ID,
					PROJECT.PREFERRED_ZONE_ID, LAND_REQUEST.POWER_KVA, LAND_REQUEST.WATER_T_PER_DAY,
					LAND_REQUEST.GAS_M3_PER_DAY, PROJECT.INVESTMENT_TOTAL, PROJECT.LAND_REQUESTED_MU,
					PROJECT.ANNUAL_OUTPUT, PROJECT.ANNUAL_TAX, PROJECT.ENERGY_TCE, PROJECT.EXPECTED_SIGNING_DATE)
			.from(latestMovedFirst ? PROJECT.straightJoin(LAND_REQUEST).on(PROJECT.ID.eq(LAND_REQUEST.PROJECT_ID))
					: LAND_REQUEST.join(PROJECT).on(PROJECT.ID.eq(LAND_REQUEST.PROJECT_ID)))
			.join(INVESTOR)
			.on(INVESTOR.ID.eq(PROJECT.INVESTOR_ID))
			.leftJoin(INDUSTRY)
			.on(INDUSTRY.ID.eq(PROJECT.INDUSTRY_ID))
			.where(condition)
			// by the latest move alone, so that the index gives the order
			.orderBy(PROJECT.STAGE_CHANGED_AT.desc())
			.limit(limit)
			.fetch(r -> need(r, held, name, shown));
	}

	private static RequestNeed need(Record r, Field<BigDecimal> held, Field<String> name, Field<Boolean> shown) {
		BigDecimal area = r.get(LAND_REQUEST.AREA_MU);
		BigDecimal remaining = area.subtract(r.get(held)).max(BigDecimal.ZERO);
		Set<Long> line = new HashSet<>();
		if (r.get(PROJECT.INDUSTRY_ID) != null) {
			line.add(r.get(PROJECT.INDUSTRY_ID));
		}
		if (r.get(INDUSTRY.PARENT_ID) != null) {
			line.add(r.get(INDUSTRY.PARENT_ID));
		}
		// the request's own preference, else the project's
		Long park = r.get(LAND_REQUEST.PREFERRED_PARK_ID);
		Long zone = r.get(LAND_REQUEST.PREFERRED_ZONE_ID);
		if (park == null) {
			park = r.get(PROJECT.PREFERRED_PARK_ID);
			zone = r.get(PROJECT.PREFERRED_ZONE_ID);
		}
		BigDecimal projectLand = r.get(PROJECT.LAND_REQUESTED_MU);
		BigDecimal figuresLand = (projectLand != null && projectLand.signum() > 0) ? projectLand : area;
		boolean nameShown = Boolean.TRUE.equals(r.get(shown));
		var landUse = r.get(LAND_REQUEST.LAND_USE);
		MatchNeed need = new MatchNeed(r.get(LAND_REQUEST.ID), r.get(LAND_REQUEST.PROJECT_ID), r.get(PROJECT.CODE),
				r.get(name), nameShown ? r.get(INVESTOR.NAME_ZH) : null,
				Stage.valueOf(r.get(PROJECT.STAGE).getLiteral()), r.get(PROJECT.INDUSTRY_ID), r.get(INDUSTRY.NAME_ZH),
				r.get(INDUSTRY.NAME_EN), line, Boolean.TRUE.equals(r.get(INDUSTRY.HIGH_POLLUTION)),
				(remaining.signum() > 0) ? remaining : area, area,
				(landUse != null) ? LandUse.valueOf(landUse.getLiteral()) : null, park, zone,
				r.get(LAND_REQUEST.POWER_KVA), r.get(LAND_REQUEST.WATER_T_PER_DAY), r.get(LAND_REQUEST.GAS_M3_PER_DAY),
				r.get(PROJECT.INVESTMENT_TOTAL), figuresLand, r.get(PROJECT.ANNUAL_OUTPUT), r.get(PROJECT.ANNUAL_TAX),
				r.get(PROJECT.ENERGY_TCE), r.get(PROJECT.EXPECTED_SIGNING_DATE));
		return new RequestNeed(need, remaining.signum() <= 0);
	}

	// ---------------------------------------------------------------- parks, in bulk

	/**
	 * The parks in scope, each with whether it admits one of {@code industryLine} (a
	 * listed sector admits its sub-sectors); all admit when the line is empty (industry
	 * unknown), none when the industry is high-polluting.
	 */
	Map<ParkRef, Boolean> parksAdmitting(Optional<Long> parkScope, Set<Long> industryLine, boolean highPollution) {
		Condition admits = highPollution ? DSL.falseCondition()
				: industryLine.isEmpty() ? DSL.trueCondition()
						: exists(selectOne().from(PARK_INDUSTRY)
							.where(PARK_INDUSTRY.PARK_ID.eq(PARK.ID))
							.and(PARK_INDUSTRY.INDUSTRY_ID.in(industryLine)));
		Map<ParkRef, Boolean> parks = new LinkedHashMap<>();
		this.dsl.select(PARK.ID, PARK.CODE, PARK.NAME_ZH, PARK.NAME_EN, field(admits))
			.from(PARK)
			.where(parkScope.map(PARK.ID::eq).orElse(noCondition()))
			.orderBy(PARK.SORT_ORDER, PARK.ID)
			.forEach(r -> parks.put(new ParkRef(r.value1(), r.value2(), r.value3(), r.value4()),
					Boolean.TRUE.equals(r.value5())));
		return parks;
	}

	/**
	 * The parks as the engine sees them, in five statements whatever their number: the
	 * admitted industries and thresholds, the zones with their planned industries, and
	 * the plots that have free land (the engine never proposes any other).
	 */
	List<MatchPark> parks(List<ParkRef> refs) {
		if (refs.isEmpty()) {
			return List.of();
		}
		List<Long> ids = refs.stream().map(ParkRef::id).toList();
		Map<Long, Set<Long>> admitted = new HashMap<>();
		this.dsl.select(PARK_INDUSTRY.PARK_ID, PARK_INDUSTRY.INDUSTRY_ID)
			.from(PARK_INDUSTRY)
			.where(PARK_INDUSTRY.PARK_ID.in(ids))
			.forEach(r -> admitted.computeIfAbsent(r.value1(), p -> new HashSet<>()).add(r.value2()));
		Map<Long, AdmissionThresholds> thresholds = this.dsl
			.select(PARK_ADMISSION.PARK_ID, PARK_ADMISSION.MIN_INVESTMENT_INTENSITY, PARK_ADMISSION.MIN_OUTPUT_PER_MU,
					PARK_ADMISSION.MIN_TAX_PER_MU, PARK_ADMISSION.MAX_ENERGY_PER_OUTPUT)
			.from(PARK_ADMISSION)
			.where(PARK_ADMISSION.PARK_ID.in(ids))
			.fetchMap(r -> r.value1(), r -> new AdmissionThresholds(r.value2(), r.value3(), r.value4(), r.value5()));
		Map<Long, Set<Long>> planned = new HashMap<>();
		this.dsl.select(PARK_ZONE_INDUSTRY.ZONE_ID, PARK_ZONE_INDUSTRY.INDUSTRY_ID)
			.from(PARK_ZONE_INDUSTRY)
			.join(PARK_ZONE)
			.on(PARK_ZONE.ID.eq(PARK_ZONE_INDUSTRY.ZONE_ID))
			.where(PARK_ZONE.PARK_ID.in(ids))
			.forEach(r -> planned.computeIfAbsent(r.value1(), z -> new HashSet<>()).add(r.value2()));
		// per park, its zones in their order, then the plots outside any zone
		Map<Long, Map<@Nullable Long, ZoneDraft>> zones = new HashMap<>();
		this.dsl.select(PARK_ZONE.PARK_ID, PARK_ZONE.ID, PARK_ZONE.NAME_ZH, PARK_ZONE.NAME_EN)
			.from(PARK_ZONE)
			.where(PARK_ZONE.PARK_ID.in(ids))
			.orderBy(PARK_ZONE.SORT_ORDER, PARK_ZONE.ID)
			.forEach(r -> zones.computeIfAbsent(r.value1(), p -> new LinkedHashMap<>())
				.put(r.value2(), new ZoneDraft(r.value2(), r.value3(), r.value4(), new ArrayList<>())));
		for (PlotIn p : freePlots(ids)) {
			zones.computeIfAbsent(p.parkId(), id -> new LinkedHashMap<>())
				.computeIfAbsent(p.zoneId(), id -> new ZoneDraft(null, null, null, new ArrayList<>()))
				.plots()
				.add(p.plot());
		}
		// by code within each zone: the engine's ties go to the first
		zones.values().forEach(park -> park.values().forEach(z -> z.plots().sort(BY_CODE)));
		List<MatchPark> parks = new ArrayList<>();
		for (ParkRef ref : refs) {
			List<MatchZone> parkZones = new ArrayList<>();
			zones.getOrDefault(ref.id(), Map.of())
				.values()
				.forEach(z -> parkZones.add(new MatchZone(z.id(), z.nameZh(), z.nameEn(),
						(z.id() != null) ? planned.getOrDefault(z.id(), Set.of()) : Set.of(), z.plots())));
			parks.add(new MatchPark(ref.id(), ref.code(), ref.nameZh(), ref.nameEn(),
					admitted.getOrDefault(ref.id(), Set.of()),
					thresholds.getOrDefault(ref.id(), AdmissionThresholds.NONE), parkZones));
		}
		return parks;
	}

	private static final Comparator<MatchPlot> BY_CODE = Comparator.comparing(MatchPlot::code);

	private record ZoneDraft(@Nullable Long id, @Nullable String nameZh, @Nullable String nameEn,
			List<MatchPlot> plots) {
	}

	private record PlotIn(long parkId, @Nullable Long zoneId, MatchPlot plot) {
	}

	/**
	 * The plots of the parks with free land: land no running allocation holds
	 * ({@link PlotLand}), none while idle or reclaimed. The database sends each plot's
	 * id, version and free land; the rest comes from the {@link PlotCatalogue}.
	 */
	private List<PlotIn> freePlots(List<Long> parkIds) {
		List<PlotIn> plots = new ArrayList<>();
		// the plots whose copy is not held at their version, and their free land
		Map<Long, Integer> missing = new HashMap<>();
		Map<Long, BigDecimal> missingFree = new HashMap<>();
		var query = this.dsl.select(PLOT.ID, PLOT.VERSION, PlotLand.freeMu())
			.from(PLOT)
			.where(PLOT.PARK_ID.in(parkIds))
			.and(PLOT.STATUS.notIn(PlotStatus.IDLE, PlotStatus.RECLAIMING))
			.and(PlotLand.mayHaveFreeLand());
		// read from the driver's result set: a jOOQ record (and a boxed id and version)
		// for each of some 4,200 rows was a quarter of what matching allocated
		try (ResultSet rows = query.fetchResultSet()) {
			while (rows.next()) {
				long id = rows.getLong(1);
				int version = rows.getInt(2);
				BigDecimal free = rows.getBigDecimal(3);
				if (free.signum() > 0) {
					PlotCatalogue.Entry held = this.catalogue.held(id, version);
					if (held != null) {
						plots.add(new PlotIn(held.parkId(), held.zoneId(), held.withFree(free)));
					}
					else {
						missing.put(id, version);
						missingFree.put(id, free);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new DataAccessException("reading the free plots", ex);
		}
		if (!missing.isEmpty()) {
			this.catalogue.at(missing)
				.values()
				.forEach(p -> plots.add(new PlotIn(p.parkId(), p.zoneId(), p.withFree(missingFree.get(p.id())))));
		}
		return plots;
	}

}
