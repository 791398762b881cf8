package cn.zhaoshang.crm.matching;

import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.park.LandUse;
import cn.zhaoshang.crm.park.PlotLand;
import cn.zhaoshang.crm.project.ProjectConditions;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.security.CrmUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class MatchingRepository {

	/** Open projects: in the pipeline, not yet on land, not held, lost or exited. */
	static final List<ProjectStage> OPEN = List.of(ProjectStage.LEAD, ProjectStage.CONTACTED, ProjectStage.SITE_VISIT,
			ProjectStage.NEGOTIATION, ProjectStage.AGREEMENT, ProjectStage.SIGNED);

	private final DSLContext dsl;

	MatchingRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<Long> projectOfRequest(long requestId) {
		return this.dsl.select(LAND_REQUEST.PROJECT_ID)
			.from(LAND_REQUEST)
			.where(LAND_REQUEST.ID.eq(requestId))
			.fetchOptional(LAND_REQUEST.PROJECT_ID);
	}

	Optional<MatchNeed> need(long requestId, CrmUser user) {
		return needs(LAND_REQUEST.ID.eq(requestId), user, 1).stream().findFirst();
	}

	/**
	 * The open projects' land requests that still need land, the latest-moved first (at
	 * most {@code limit}).
	 */
	List<MatchNeed> openNeeds(CrmUser user, int limit) {
		return needs(PROJECT.STAGE.in(OPEN).and(held().lt(LAND_REQUEST.AREA_MU)), user, limit);
	}

	private static Field<BigDecimal> held() {
		return coalesce(select(sum(LAND_ALLOCATION.AREA_MU)).from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.LAND_REQUEST_ID.eq(LAND_REQUEST.ID))
			.and(PlotLand.holdsLand(LAND_ALLOCATION))
			.asField(), BigDecimal.ZERO);
	}

	private List<MatchNeed> needs(Condition condition, CrmUser user, int limit) {
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
			.from(LAND_REQUEST)
			.join(PROJECT)
			.on(PROJECT.ID.eq(LAND_REQUEST.PROJECT_ID))
			.join(INVESTOR)
			.on(INVESTOR.ID.eq(PROJECT.INVESTOR_ID))
			.leftJoin(INDUSTRY)
			.on(INDUSTRY.ID.eq(PROJECT.INDUSTRY_ID))
			.where(condition)
			.orderBy(PROJECT.STAGE_CHANGED_AT.desc(), LAND_REQUEST.ID)
			.limit(limit)
			.fetch(r -> need(r, held, name, shown));
	}

	private static MatchNeed need(Record r, Field<BigDecimal> held, Field<String> name, Field<Boolean> shown) {
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
		return new MatchNeed(r.get(LAND_REQUEST.ID), r.get(LAND_REQUEST.PROJECT_ID), r.get(PROJECT.CODE), r.get(name),
				nameShown ? r.get(INVESTOR.NAME_ZH) : null, Stage.valueOf(r.get(PROJECT.STAGE).getLiteral()),
				r.get(PROJECT.INDUSTRY_ID), r.get(INDUSTRY.NAME_ZH), r.get(INDUSTRY.NAME_EN), line,
				Boolean.TRUE.equals(r.get(INDUSTRY.HIGH_POLLUTION)), (remaining.signum() > 0) ? remaining : area, area,
				(landUse != null) ? LandUse.valueOf(landUse.getLiteral()) : null, park, zone,
				r.get(LAND_REQUEST.POWER_KVA), r.get(LAND_REQUEST.WATER_T_PER_DAY), r.get(LAND_REQUEST.GAS_M3_PER_DAY),
				r.get(PROJECT.INVESTMENT_TOTAL), figuresLand, r.get(PROJECT.ANNUAL_OUTPUT), r.get(PROJECT.ANNUAL_TAX),
				r.get(PROJECT.ENERGY_TCE), r.get(PROJECT.EXPECTED_SIGNING_DATE));
	}

	/** Whether the request still needs land (for {@link ProjectMatching#covered()}). */
	boolean covered(long requestId) {
		return this.dsl.fetchExists(select(LAND_REQUEST.ID).from(LAND_REQUEST)
			.where(LAND_REQUEST.ID.eq(requestId))
			.and(held().ge(LAND_REQUEST.AREA_MU)));
	}

}
