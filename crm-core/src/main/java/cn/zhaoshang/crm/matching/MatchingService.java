package cn.zhaoshang.crm.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhaoshang.crm.park.IndustryRef;
import cn.zhaoshang.crm.park.ParkAccess;
import cn.zhaoshang.crm.park.ParkDetail;
import cn.zhaoshang.crm.park.ParkRef;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.park.PlotRow;
import cn.zhaoshang.crm.park.ZoneLand;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds the {@link MatchingEngine} from the database, within the caller's scope: a park
 * operator is matched against their own park only. Projects appear with the figures a
 * tenant decision needs and, without need-to-know, under their code name.
 */
@Service
@Transactional(readOnly = true)
public class MatchingService {

	/** Open land requests the park's ranking reads at most. */
	static final int OPEN_NEEDS_MAX = 500;

	private final MatchingRepository matching;

	private final ParkService parks;

	private final ParkAccess access;

	private final ProjectService projects;

	private final CurrentUser currentUser;

	public MatchingService(MatchingRepository matching, ParkService parks, ParkAccess access, ProjectService projects,
			CurrentUser currentUser) {
		this.matching = matching;
		this.parks = parks;
		this.access = access;
		this.projects = projects;
		this.currentUser = currentUser;
	}

	/** The parks and zones that fit a land request, best first. */
	@PreAuthorize("@access.may('PARK_READ')")
	public ProjectMatching forRequest(long landRequestId) {
		long projectId = this.matching.projectOfRequest(landRequestId)
			.orElseThrow(() -> new DomainException("land-request.error.not-found"));
		this.projects.get(projectId); // refuses a project the caller may not see
		MatchNeed need = this.matching.need(landRequestId, this.currentUser.require()).orElseThrow();
		List<MatchPark> parks = this.parks.parks().stream().map(this::park).toList();
		return new ProjectMatching(need, this.matching.covered(landRequestId), MatchingEngine.rank(need, parks));
	}

	/**
	 * The open projects that fit the park, best first (those that do not fit are left
	 * out): the park operator's matched tenants.
	 */
	@PreAuthorize("@access.may('MATCHED_TENANTS')")
	public List<ProjectFit> tenantsFor(long parkId) {
		this.access.checkVisible(parkId);
		ParkRef ref = this.parks.parks()
			.stream()
			.filter(p -> p.id() == parkId)
			.findFirst()
			.orElseThrow(() -> new DomainException("park.error.not-found"));
		List<MatchNeed> needs = this.matching.openNeeds(this.currentUser.require(), OPEN_NEEDS_MAX);
		return MatchingEngine.rankProjects(park(ref), needs)
			.stream()
			.filter(fit -> fit.best().verdict() != Verdict.DOES_NOT_FIT)
			.toList();
	}

	/** A park as the engine sees it, read through the park service (same scope rules). */
	private MatchPark park(ParkRef ref) {
		ParkDetail detail = this.parks.detail(ref.id());
		Map<@Nullable Long, List<MatchPlot>> plotsByZone = new LinkedHashMap<>();
		for (PlotRow p : this.parks.plots(ref.id())) {
			MatchPlot.Rect rect = p.drawn() ? new MatchPlot.Rect(p.planX(), p.planY(), p.planW(), p.planH()) : null;
			plotsByZone.computeIfAbsent(p.zoneId(), z -> new ArrayList<>())
				.add(new MatchPlot(p.id(), p.code(), p.landUse(), p.freeArea(), p.powerKva(), p.waterTPerDay(),
						p.gasM3PerDay(), rect));
		}
		List<MatchZone> zones = new ArrayList<>();
		for (ZoneLand zone : detail.zones()) {
			zones.add(new MatchZone(zone.zoneId(), zone.nameZh(), zone.nameEn(), ids(zone.plannedIndustries()),
					plotsByZone.getOrDefault(zone.zoneId(), List.of())));
		}
		return new MatchPark(ref.id(), ref.code(), ref.nameZh(), ref.nameEn(), ids(detail.admittedIndustries()),
				detail.thresholds(), zones);
	}

	private static Set<Long> ids(List<IndustryRef> industries) {
		Set<Long> ids = new HashSet<>();
		industries.forEach(i -> ids.add(i.id()));
		return ids;
	}

}
