package cn.zhaoshang.crm.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhaoshang.crm.park.ParkAccess;
import cn.zhaoshang.crm.park.ParkRef;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.shared.DomainException;
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

	private final ParkAccess access;

	private final ProjectService projects;

	private final CurrentUser currentUser;

	public MatchingService(MatchingRepository matching, ParkAccess access, ProjectService projects,
			CurrentUser currentUser) {
		this.matching = matching;
		this.access = access;
		this.projects = projects;
		this.currentUser = currentUser;
	}

	/**
	 * The zones of the parks that admit the request's industry, best first, and the parks
	 * that do not (see {@link ProjectMatching}).
	 */
	@PreAuthorize("@access.may('PARK_READ')")
	public ProjectMatching forRequest(long landRequestId) {
		MatchingRepository.RequestNeed asked = this.matching.need(landRequestId, this.currentUser.require())
			.orElseThrow(() -> new DomainException("land-request.error.not-found"));
		// refuses a project the caller may not see
		this.projects.get(asked.need().projectId());
		MatchNeed need = asked.need();
		// an unknown industry is weighed everywhere (the engine says so per option)
		Set<Long> line = (need.industryId() != null) ? need.industryLine() : Set.of();
		List<ParkRef> admitting = new ArrayList<>();
		List<ParkRef> notAdmitting = new ArrayList<>();
		this.matching.parksAdmitting(this.access.scope(), line, need.highPollution())
			.forEach((park, admits) -> (admits ? admitting : notAdmitting).add(park));
		return new ProjectMatching(need, asked.covered(), MatchingEngine.rank(need, this.matching.parks(admitting)),
				notAdmitting);
	}

	/**
	 * The open projects that fit the park, best first (those that do not fit are left
	 * out): the park operator's matched tenants.
	 */
	@PreAuthorize("@access.may('MATCHED_TENANTS')")
	public List<ProjectFit> tenantsFor(long parkId) {
		this.access.checkVisible(parkId);
		ParkRef ref = this.matching.parksAdmitting(Optional.of(parkId), Set.of(), false)
			.keySet()
			.stream()
			.findFirst()
			.orElseThrow(() -> new DomainException("park.error.not-found"));
		List<MatchNeed> needs = this.matching.openNeeds(this.currentUser.require(), OPEN_NEEDS_MAX);
		return MatchingEngine.rankProjects(this.matching.parks(List.of(ref)).getFirst(), needs)
			.stream()
			.filter(fit -> fit.best().verdict() != Verdict.DOES_NOT_FIT)
			.toList();
	}

}
