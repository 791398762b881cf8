package cn.zhaoshang.crm.park;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.db.tables.records.PlotRecord;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zone's parks, their zones, plots and land. A park operator sees only the park they
 * run ({@link ParkAccess}); plots are kept by admins and by the operator of their park.
 * The plots of a park never add up to more than its planned area.
 */
@Service
@Transactional(readOnly = true)
public class ParkService {

	static final String PLOT_ENTITY = "plot";

	private final ParkRepository parks;

	private final ParkAccess access;

	private final AuditLog audit;

	public ParkService(ParkRepository parks, ParkAccess access, AuditLog audit) {
		this.parks = parks;
		this.access = access;
		this.audit = audit;
	}

	@PreAuthorize("@access.may('PARK_READ')")
	public List<ParkOverview> overview() {
		return this.parks.overview(this.access.scope());
	}

	/** The parks the caller may choose from (an operator: their own). */
	@PreAuthorize("@access.may('PARK_READ')")
	public List<ParkRef> parks() {
		return this.parks.parks(this.access.scope());
	}

	@PreAuthorize("@access.may('PARK_READ')")
	public List<ZoneRef> zones(long parkId) {
		checkVisible(parkId);
		return this.parks.zones(parkId);
	}

	/**
	 * The park page's summary: land totals, land by zone, admitted industries and the
	 * admission thresholds.
	 */
	@PreAuthorize("@access.may('PARK_READ')")
	public ParkDetail detail(long parkId) {
		checkVisible(parkId);
		ParkOverview overview = this.parks.overview(java.util.Optional.of(parkId)).getFirst();
		String[] focus = this.parks.focus(parkId).orElseThrow(ParkService::notFound);
		return new ParkDetail(overview, focus[0], focus[1], zoneLand(parkId, this.parks.plots(parkId)),
				this.parks.admittedIndustries(parkId), this.parks.thresholds(parkId));
	}

	/** The plots of a park with their free land (tens of plots: no paging). */
	@PreAuthorize("@access.may('PARK_READ')")
	public List<PlotRow> plots(long parkId) {
		checkVisible(parkId);
		return this.parks.plots(parkId);
	}

	/**
	 * Creates or edits a plot and returns its id. Refuses a plot that would take the
	 * park's plots past its planned area ({@code plot.error.exceeds-park}), a resize
	 * below the land its allocations hold ({@code plot.error.below-held}), a rectangle
	 * that overlaps another plot's and a code already used.
	 */
	@Transactional
	@PreAuthorize("@access.may('PLOT_EDIT')")
	public long savePlot(PlotForm form) {
		checkVisible(form.parkId());
		PlotForm f = PlotValidation.check(form);
		if (f.zoneId() != null && !this.parks.zoneInPark(f.parkId(), f.zoneId())) {
			throw new DomainException("plot.error.zone-not-in-park", "zoneId");
		}
		BigDecimal parkArea = this.parks.lockParkArea(f.parkId()).orElseThrow(ParkService::notFound);
		PlotRecord before = null;
		if (f.id() != null) {
			before = this.parks.lockPlot(f.id()).orElseThrow(() -> new DomainException("plot.error.not-found"));
			if (before.getParkId() != f.parkId()) {
				throw new AccessDeniedException("a plot does not move to another park");
			}
			BigDecimal held = this.parks.heldOn(f.id());
			if (Objects.requireNonNull(f.areaMu()).compareTo(held) < 0) {
				throw new DomainException("plot.error.below-held", "areaMu", held);
			}
		}
		BigDecimal others = this.parks.plottedArea(f.parkId(), f.id());
		BigDecimal room = parkArea.subtract(others);
		if (Objects.requireNonNull(f.areaMu()).compareTo(room) > 0) {
			throw new DomainException("plot.error.exceeds-park", "areaMu", room.max(BigDecimal.ZERO), parkArea);
		}
		if (f.planX() != null) {
			this.parks
				.overlapping(f.parkId(), f.id(), f.planX(), Objects.requireNonNull(f.planY()),
						Objects.requireNonNull(f.planW()), Objects.requireNonNull(f.planH()))
				.ifPresent(code -> {
					throw new DomainException("plot.error.overlaps", "plan", code);
				});
		}
		try {
			if (before == null) {
				long id = this.parks.insertPlot(f);
				this.audit.record("CREATE", PLOT_ENTITY, id, f.code() + " " + f.areaMu() + " mu");
				return id;
			}
			if (!this.parks.updatePlot(f)) {
				throw new ConcurrentEditException("plot.error.stale");
			}
			this.audit.record("UPDATE", PLOT_ENTITY, f.id(), changes(before, f));
			return Objects.requireNonNull(f.id());
		}
		catch (DuplicateKeyException ex) {
			throw new DomainException("plot.error.code-taken", "code", Objects.requireNonNull(f.code()));
		}
	}

	private void checkVisible(long parkId) {
		this.access.checkVisible(parkId);
		if (!this.parks.exists(parkId)) {
			throw notFound();
		}
	}

	/** Land by zone, in the zones' order, then the plots outside any zone. */
	private List<ZoneLand> zoneLand(long parkId, List<PlotRow> plots) {
		Map<Long, List<IndustryRef>> industries = this.parks.zoneIndustries(parkId);
		Map<Long, BigDecimal> planned = this.parks.zonePlannedAreas(parkId);
		Map<@Nullable Long, List<PlotRow>> byZone = new LinkedHashMap<>();
		planned.keySet().forEach(zone -> byZone.put(zone, new ArrayList<>()));
		for (PlotRow plot : plots) {
			byZone.computeIfAbsent(plot.zoneId(), z -> new ArrayList<>()).add(plot);
		}
		Map<Long, ZoneRef> zones = new LinkedHashMap<>();
		this.parks.zones(parkId).forEach(z -> zones.put(z.id(), z));
		List<ZoneLand> result = new ArrayList<>();
		byZone.forEach((zoneId, zonePlots) -> {
			ZoneRef zone = (zoneId != null) ? zones.get(zoneId) : null;
			BigDecimal plotted = BigDecimal.ZERO;
			BigDecimal free = BigDecimal.ZERO;
			BigDecimal reserved = BigDecimal.ZERO;
			BigDecimal allocated = BigDecimal.ZERO;
			BigDecimal idle = BigDecimal.ZERO;
			BigDecimal largest = BigDecimal.ZERO;
			for (PlotRow p : zonePlots) {
				plotted = plotted.add(p.areaMu());
				free = free.add(p.freeArea());
				largest = largest.max(p.freeArea());
				if (p.status().outOfSupply()) {
					idle = idle.add(p.areaMu());
				}
				else {
					reserved = reserved.add(p.reservedMu());
					allocated = allocated.add(p.allocatedMu());
				}
			}
			result.add(new ZoneLand(zoneId, (zone != null) ? zone.nameZh() : null,
					(zone != null) ? zone.nameEn() : null, (zoneId != null) ? planned.get(zoneId) : null,
					zonePlots.size(), plotted, free, reserved, allocated, idle, largest,
					(zoneId != null) ? industries.getOrDefault(zoneId, List.of()) : List.of()));
		});
		return result;
	}

	private static String changes(PlotRecord before, PlotForm after) {
		var out = new StringBuilder(before.getCode());
		diff(out, "areaMu", before.getAreaMu(), after.areaMu());
		diff(out, "zoneId", before.getZoneId(), after.zoneId());
		diff(out, "landUse", before.getLandUse().getLiteral(),
				(after.landUse() != null) ? after.landUse().name() : null);
		diff(out, "powerKva", before.getPowerKva(), after.powerKva());
		diff(out, "waterTPerDay", before.getWaterTPerDay(), after.waterTPerDay());
		diff(out, "gasM3PerDay", before.getGasM3PerDay(), after.gasM3PerDay());
		diff(out, "plan", plan(before.getPlanX(), before.getPlanY(), before.getPlanW(), before.getPlanH()),
				plan(after.planX(), after.planY(), after.planW(), after.planH()));
		diff(out, "landPrice", before.getLandPrice(), after.landPrice());
		diff(out, "notes", before.getNotes(), after.notes());
		return out.toString();
	}

	private static @Nullable String plan(@Nullable Integer x, @Nullable Integer y, @Nullable Integer w,
			@Nullable Integer h) {
		return (x == null) ? null : x + "," + y + " " + w + "x" + h;
	}

	private static void diff(StringBuilder out, String field, @Nullable Object a, @Nullable Object b) {
		boolean same = (a instanceof BigDecimal x && b instanceof BigDecimal y) ? x.compareTo(y) == 0
				: Objects.equals(a, b);
		if (!same) {
			out.append('\n').append(field).append(": ").append(a).append(" -> ").append(b);
		}
	}

	private static DomainException notFound() {
		return new DomainException("park.error.not-found");
	}

}
