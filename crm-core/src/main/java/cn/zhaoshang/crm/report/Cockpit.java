package cn.zhaoshang.crm.report;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything the cockpit shows, computed once in SQL; the screen, the .xlsx and the PDF
 * all render this object. Sections the caller may not see are empty (and absent from
 * {@link #sections}).
 *
 * @param filter what was asked (a park operator's park already applied)
 * @param funnel every stage, main line first
 * @param milestones SIGNED, LAND_SUPPLIED, CONSTRUCTION, PRODUCTION
 */
public record Cockpit(ReportFilter filter, Set<CockpitSection> sections, List<FunnelStage> funnel,
		List<Milestone> milestones, @Nullable Targets targets, List<ParkLand> land, @Nullable Supervision supervision,
		List<StaffPerformance> staff) {

	public Cockpit {
		sections = Set.copyOf(sections);
		funnel = List.copyOf(funnel);
		milestones = List.copyOf(milestones);
		land = List.copyOf(land);
		staff = List.copyOf(staff);
	}

	public boolean shows(CockpitSection section) {
		return this.sections.contains(section);
	}

}
