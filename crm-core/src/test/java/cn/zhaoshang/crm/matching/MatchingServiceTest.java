package cn.zhaoshang.crm.matching;

import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import cn.zhaoshang.crm.park.ParkRef;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching fed from the demo database, within the caller's scope; every test rolls back.
 */
@SpringBootTest
@Transactional
class MatchingServiceTest {

	@Autowired
	MatchingService matching;

	@Autowired
	DSLContext dsl;

	@Test
	@WithUserDetails("staff")
	void baic_new_energy_fits_no_park_the_auto_parts_production_zone_is_closest() {
		ProjectMatching bjev = this.matching.forRequest(request("ZS-2016-002"));
		assertThat(bjev.need().areaMu()).isEqualByComparingTo("2000");
		assertThat(bjev.options()).hasSizeGreaterThanOrEqualTo(4).allMatch(o -> o.verdict() == Verdict.DOES_NOT_FIT);
		// new-energy vehicles: only the parks that admit them are weighed, the others
		// named
		assertThat(bjev.options()).extracting(MatchOption::parkCode)
			.containsOnly("AUTO_PARTS", "TSINGHUA")
			.contains("AUTO_PARTS", "TSINGHUA");
		assertThat(bjev.notAdmitting()).extracting(ParkRef::code).containsExactlyInAnyOrder("SME", "PIPELINE");
		MatchOption closest = bjev.options().getFirst();
		assertThat(closest.parkCode()).isEqualTo("AUTO_PARTS");
		assertThat(closest.zoneNameZh()).isEqualTo("工业生产区");
		// 1500 亩 zone, 460 confirmed and 60 reserved: 980 free in one block, 1020 short
		assertThat(closest.reasons(Criterion.LAND).getFirst().arguments()).element(1)
			.satisfies(have -> assertThat((BigDecimal) have).isEqualByComparingTo("980"));
	}

	@Test
	@WithUserDetails("staff")
	void a_high_polluting_industry_is_weighed_in_no_park() {
		this.dsl.update(INDUSTRY)
			.set(INDUSTRY.HIGH_POLLUTION, true)
			.where(INDUSTRY.ID
				.eq(this.dsl.select(PROJECT.INDUSTRY_ID).from(PROJECT).where(PROJECT.CODE.eq("ZS-2016-002")).asField()))
			.execute();
		ProjectMatching bjev = this.matching.forRequest(request("ZS-2016-002"));
		assertThat(bjev.need().highPollution()).isTrue();
		assertThat(bjev.options()).isEmpty();
		assertThat(bjev.notAdmitting()).extracting(ParkRef::code)
			.containsExactlyInAnyOrder("AUTO_PARTS", "TSINGHUA", "SME", "PIPELINE");
	}

	@Test
	@WithUserDetails("staff")
	void yanfeng_hainachuan_matches_the_production_zone_again() {
		ProjectMatching yanfeng = this.matching.forRequest(request("ZS-2016-004"));
		assertThat(yanfeng.covered()).isTrue(); // AP-P-04 was supplied in 2017
		MatchOption best = yanfeng.options().getFirst();
		assertThat(best.parkCode()).isEqualTo("AUTO_PARTS");
		assertThat(best.zoneNameZh()).isEqualTo("工业生产区");
		assertThat(best.verdict()).isEqualTo(Verdict.FITS);
		assertThat(best.plots()).extracting(PlotTake::code).containsExactly("AP-P-06");
	}

	@Test
	@WithUserDetails("op_auto")
	void the_operators_matched_tenants_fit_their_park_best_first() {
		List<ProjectFit> tenants = this.matching.tenantsFor(park("AUTO_PARTS"));
		assertThat(tenants).extracting(f -> f.need().projectCode()).startsWith("ZS-2026-004", "ZS-2026-005");
		assertThat(tenants).noneMatch(f -> f.best().verdict() == Verdict.DOES_NOT_FIT);
		assertThat(tenants).allMatch(f -> f.best().parkCode().equals("AUTO_PARTS"));
		ProjectFit mobis = tenants.getFirst();
		assertThat(mobis.best().verdict()).isEqualTo(Verdict.FITS);
		assertThat(mobis.best().plots()).extracting(PlotTake::code).containsExactly("AP-P-07");
		assertThat(mobis.need().investorName()).isEqualTo("现代摩比斯");
		assertThat(tenants.get(1).best().verdict()).isEqualTo(Verdict.CONDITIONAL);
		// fully reserved requests (ZS-2026-001, ZS-2026-003) are not looking for land
		assertThat(tenants).extracting(f -> f.need().projectCode()).doesNotContain("ZS-2026-001", "ZS-2026-003");
	}

	@Test
	@WithUserDetails("op_auto")
	void a_code_named_project_is_matched_under_its_code_name() {
		this.dsl.update(PROJECT)
			.set(PROJECT.CONFIDENTIAL, true)
			.set(PROJECT.CODE_NAME, "Project 轻羽")
			.where(PROJECT.CODE.eq("ZS-2026-005"))
			.execute();
		ProjectFit fit = this.matching.tenantsFor(park("AUTO_PARTS"))
			.stream()
			.filter(f -> f.need().projectCode().equals("ZS-2026-005"))
			.findFirst()
			.orElseThrow();
		assertThat(fit.need().projectName()).isEqualTo("Project 轻羽");
		assertThat(fit.need().investorName()).isNull();
	}

	@Test
	@WithUserDetails("op_pipeline")
	void an_operator_is_matched_against_their_park_only() {
		ProjectMatching pipes = this.matching.forRequest(request("ZS-2017-003")); // prefers
																					// PIPELINE
		assertThat(pipes.options()).isNotEmpty().allMatch(o -> o.parkCode().equals("PIPELINE"));
		assertThatThrownBy(() -> this.matching.forRequest(request("ZS-2016-002")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.matching.tenantsFor(park("AUTO_PARTS")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("staff")
	void staff_match_their_projects_but_do_not_list_a_parks_tenants() {
		assertThatThrownBy(() -> this.matching.tenantsFor(park("AUTO_PARTS")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.matching.forRequest(request("ZS-2026-004"))) // staff2's
			.isInstanceOf(AccessDeniedException.class);
	}

	private long request(String projectCode) {
		return this.dsl.select(LAND_REQUEST.ID)
			.from(LAND_REQUEST)
			.join(PROJECT)
			.on(PROJECT.ID.eq(LAND_REQUEST.PROJECT_ID))
			.where(PROJECT.CODE.eq(projectCode))
			.orderBy(LAND_REQUEST.ID)
			.limit(1)
			.fetchSingle(LAND_REQUEST.ID);
	}

	private long park(String code) {
		return this.dsl.fetchValue(PARK.ID, PARK.CODE.eq(code));
	}

}
