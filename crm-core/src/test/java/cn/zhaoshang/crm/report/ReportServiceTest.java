package cn.zhaoshang.crm.report;

import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_STAGE_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.db.enums.ProjectStageChangeFromStage;
import cn.zhaoshang.crm.db.enums.ProjectStageChangeToStage;
import cn.zhaoshang.crm.investor.IndustryCluster;
import cn.zhaoshang.crm.project.ProjectFigures;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cockpit's figures against sums worked out by hand on {@link ReportFixture} (its own
 * park, so the demo data stays out); every test rolls back.
 */
@SpringBootTest
@Transactional
class ReportServiceTest {

	private static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);

	private static final LocalDate DEC_31 = LocalDate.of(2019, 12, 31);

	/** Supervision is "as of today"; the tests fix today. */
	private static final LocalDate AS_OF = LocalDate.of(2020, 1, 31);

	@Autowired
	ReportService reports;

	@Autowired
	DSLContext dsl;

	ReportFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new ReportFixture(this.dsl);
	}

	private ReportFilter year2019() {
		return new ReportFilter(JAN_1, DEC_31, this.fixture.parkId, null, 180);
	}

	private static Map<Stage, FunnelStage> byStage(Cockpit cockpit) {
		return cockpit.funnel().stream().collect(Collectors.toMap(FunnelStage::stage, Function.identity()));
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Test
	@WithUserDetails("director")
	void the_funnel_counts_each_project_at_its_stage_on_the_last_day_with_its_money() {
		Map<Stage, FunnelStage> funnel = byStage(this.reports.compute(year2019(), AS_OF));
		// F-5 LEAD, F-6 SIGNED, F-1 CONSTRUCTION, F-2 PRODUCTION, F-3 ON_HOLD, F-4 LOST;
		// F-7 came in 2020
		assertThat(funnel.get(Stage.LEAD).projects()).isEqualTo(1);
		assertThat(funnel.get(Stage.LEAD).investment()).isEqualByComparingTo("3000");
		assertThat(funnel.get(Stage.SIGNED).projects()).isEqualTo(1);
		assertThat(funnel.get(Stage.SIGNED).foreignUsd()).isEqualByComparingTo("100");
		assertThat(funnel.get(Stage.CONSTRUCTION).investment()).isEqualByComparingTo("80000");
		assertThat(funnel.get(Stage.CONSTRUCTION).foreignUsd()).isEqualByComparingTo("0");
		assertThat(funnel.get(Stage.PRODUCTION).investment()).isEqualByComparingTo("20000");
		assertThat(funnel.get(Stage.PRODUCTION).foreignUsd()).isEqualByComparingTo("12000");
		assertThat(funnel.get(Stage.ON_HOLD).projects()).isEqualTo(1);
		assertThat(funnel.get(Stage.ON_HOLD).investment()).isEqualByComparingTo("10000");
		assertThat(funnel.get(Stage.LOST).projects()).isEqualTo(1);
		assertThat(funnel.get(Stage.LOST).investment()).isEqualByComparingTo("5000");
		for (Stage empty : List.of(Stage.CONTACTED, Stage.SITE_VISIT, Stage.NEGOTIATION, Stage.AGREEMENT,
				Stage.LAND_SUPPLIED, Stage.AT_CAPACITY, Stage.EXITED)) {
			assertThat(funnel.get(empty).projects()).as(empty.name()).isZero();
			assertThat(funnel.get(empty).investment()).as(empty.name()).isEqualByComparingTo("0");
		}
		assertThat(funnel.values().stream().mapToInt(FunnelStage::projects).sum()).isEqualTo(6);
	}

	@Test
	@WithUserDetails("director")
	void a_move_after_the_period_leaves_its_funnel_as_it_stood_on_the_last_day() {
		// F-6 (SIGNED since 2018-08) is supplied with land in February 2020
		long f6 = this.fixture.projects.get("F-6");
		this.dsl.update(PROJECT)
			.set(PROJECT.STAGE, ProjectStage.LAND_SUPPLIED)
			.set(PROJECT.STAGE_CHANGED_AT, LocalDateTime.of(2020, 2, 1, 9, 0))
			.where(PROJECT.ID.eq(f6))
			.execute();
		this.dsl.insertInto(PROJECT_STAGE_CHANGE)
			.set(PROJECT_STAGE_CHANGE.PROJECT_ID, f6)
			.set(PROJECT_STAGE_CHANGE.FROM_STAGE, ProjectStageChangeFromStage.SIGNED)
			.set(PROJECT_STAGE_CHANGE.TO_STAGE, ProjectStageChangeToStage.LAND_SUPPLIED)
			.set(PROJECT_STAGE_CHANGE.CHANGED_BY, this.fixture.director)
			.set(PROJECT_STAGE_CHANGE.CHANGED_AT, LocalDateTime.of(2020, 2, 1, 9, 0))
			.execute();
		Map<Stage, FunnelStage> funnel = byStage(this.reports.compute(year2019(), AS_OF));
		assertThat(funnel.get(Stage.SIGNED).projects()).isEqualTo(1);
		assertThat(funnel.get(Stage.SIGNED).foreignUsd()).isEqualByComparingTo("100");
		assertThat(funnel.get(Stage.LAND_SUPPLIED).projects()).isZero();
		assertThat(Stage.mainLine().stream().map(s -> funnel.get(s).reached()).toList()).containsExactly(6, 5, 4, 3, 3,
				3, 2, 2, 1, 0);
		// and 2020 sees it on its land, reached in February
		Map<Stage, FunnelStage> later = byStage(this.reports.compute(
				new ReportFilter(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), this.fixture.parkId, null, 180),
				AS_OF));
		assertThat(later.get(Stage.SIGNED).projects()).isZero();
		assertThat(later.get(Stage.LAND_SUPPLIED).projects()).isEqualTo(1);
		assertThat(later.get(Stage.LAND_SUPPLIED).reached()).isEqualTo(3);
	}

	@Test
	@WithUserDetails("director")
	void conversion_counts_a_skipped_stage_as_passed_and_a_step_back_once() {
		Map<Stage, FunnelStage> funnel = byStage(this.reports.compute(year2019(), AS_OF));
		// furthest by 2019-12-31: F-1 CONSTRUCTION, F-2 PRODUCTION (skipped
		// CONTACTED..AGREEMENT),
		// F-3 SITE_VISIT (went back once), F-4 CONTACTED, F-5 LEAD, F-6 SIGNED
		assertThat(Stage.mainLine().stream().map(s -> funnel.get(s).reached()).toList()).containsExactly(6, 5, 4, 3, 3,
				3, 2, 2, 1, 0);
		assertThat(funnel.get(Stage.LEAD).conversionPct()).isNull();
		assertThat(funnel.get(Stage.CONTACTED).conversionPct()).isEqualByComparingTo("83.3");
		assertThat(funnel.get(Stage.SITE_VISIT).conversionPct()).isEqualByComparingTo("80.0");
		assertThat(funnel.get(Stage.NEGOTIATION).conversionPct()).isEqualByComparingTo("75.0");
		assertThat(funnel.get(Stage.AGREEMENT).conversionPct()).isEqualByComparingTo("100.0");
		assertThat(funnel.get(Stage.LAND_SUPPLIED).conversionPct()).isEqualByComparingTo("66.7");
		assertThat(funnel.get(Stage.PRODUCTION).conversionPct()).isEqualByComparingTo("50.0");
		assertThat(funnel.get(Stage.AT_CAPACITY).conversionPct()).isEqualByComparingTo("0.0");
		assertThat(funnel.get(Stage.ON_HOLD).reached()).isZero();
		assertThat(funnel.get(Stage.ON_HOLD).conversionPct()).isNull();
	}

	@Test
	@WithUserDetails("director")
	void median_days_are_over_the_stays_that_ended_in_the_period() {
		Map<Stage, FunnelStage> funnel = byStage(this.reports.compute(year2019(), AS_OF));
		// LEAD: F-3 59, F-4 10 -> (10 + 59) / 2
		assertThat(funnel.get(Stage.LEAD).medianDays()).isEqualByComparingTo("34.5");
		assertThat(funnel.get(Stage.LEAD).stays()).isEqualTo(2);
		// CONTACTED: F-3 30 and 21 (it came back), F-4 51 -> 30
		assertThat(funnel.get(Stage.CONTACTED).medianDays()).isEqualByComparingTo("30");
		assertThat(funnel.get(Stage.CONTACTED).stays()).isEqualTo(3);
		// SITE_VISIT: F-3 10 and 30
		assertThat(funnel.get(Stage.SITE_VISIT).medianDays()).isEqualByComparingTo("20");
		// F-1: NEGOTIATION 2018-09-01..2019-01-15, AGREEMENT ..03-01, SIGNED ..06-01,
		// LAND ..09-01
		assertThat(funnel.get(Stage.NEGOTIATION).medianDays()).isEqualByComparingTo("136");
		assertThat(funnel.get(Stage.AGREEMENT).medianDays()).isEqualByComparingTo("45");
		assertThat(funnel.get(Stage.SIGNED).medianDays()).isEqualByComparingTo("92");
		assertThat(funnel.get(Stage.LAND_SUPPLIED).medianDays()).isEqualByComparingTo("92");
		// F-2 CONSTRUCTION 2018-12-01..2019-04-01; stays still open do not count
		assertThat(funnel.get(Stage.CONSTRUCTION).medianDays()).isEqualByComparingTo("121");
		assertThat(funnel.get(Stage.PRODUCTION).medianDays()).isNull();
		assertThat(funnel.get(Stage.PRODUCTION).stays()).isZero();
	}

	@Test
	@WithUserDetails("director")
	void milestones_compare_first_arrivals_with_the_same_period_last_year() {
		List<Milestone> milestones = this.reports.compute(year2019(), AS_OF).milestones();
		assertThat(milestones).extracting(Milestone::stage)
			.containsExactly(Stage.SIGNED, Stage.LAND_SUPPLIED, Stage.CONSTRUCTION, Stage.PRODUCTION);
		Milestone signed = milestones.get(0);
		// 2019: F-1; 2018: F-2 (which skipped ahead to SIGNED) and F-6
		assertThat(signed.projects()).isEqualTo(1);
		assertThat(signed.investment()).isEqualByComparingTo("80000");
		assertThat(signed.projectsLastYear()).isEqualTo(2);
		assertThat(signed.investmentLastYear()).isEqualByComparingTo("26000");
		assertThat(signed.foreignUsdLastYear()).isEqualByComparingTo("12100");
		assertThat(signed.projectsChangePct()).isEqualByComparingTo("-50.0");
		Milestone landed = milestones.get(1);
		assertThat(landed.projects()).isEqualTo(1);
		assertThat(landed.projectsLastYear()).isEqualTo(1);
		assertThat(landed.projectsChangePct()).isEqualByComparingTo("0.0");
		Milestone producing = milestones.get(3);
		assertThat(producing.projects()).isEqualTo(1);
		assertThat(producing.foreignUsd()).isEqualByComparingTo("12000");
		assertThat(producing.projectsLastYear()).isZero();
		assertThat(producing.projectsChangePct()).isNull();
	}

	@Test
	@WithUserDetails("director")
	void targets_count_major_projects_foreign_capital_and_the_cluster_mix_since_the_plan_began() {
		Targets targets = this.reports.compute(year2019(), AS_OF).targets();
		assertThat(targets).isNotNull();
		assertThat(targets.windowFrom()).isEqualTo(LocalDate.of(2016, 1, 1));
		assertThat(targets.windowTo()).isEqualTo(DEC_31);
		// signed 2016..2019: F-1 (80000 万元 >= 10000 万美元 x 7.10), F-2 (12000 万美元), F-6
		// (neither)
		assertThat(ProjectFigures.isMajor(d("80000"), null, d("7.10"))).isTrue();
		assertThat(ProjectFigures.isMajor(d("20000"), d("12000"), d("7.10"))).isTrue();
		assertThat(ProjectFigures.isMajor(d("6000"), d("100"), d("7.10"))).isFalse();
		assertThat(targets.majorProjects()).isEqualTo(2);
		assertThat(targets.majorTarget()).isEqualTo(5);
		assertThat(targets.majorPct()).isEqualByComparingTo("40.0");
		assertThat(targets.foreignUsd()).isEqualByComparingTo("12100");
		assertThat(targets.foreignUsdTarget()).isEqualByComparingTo("100000");
		assertThat(targets.foreignUsdPct()).isEqualByComparingTo("12.1");
		assertThat(targets.signedInvestment()).isEqualByComparingTo("106000");
		// AUTO: F-1 (through its investor's industry) + F-6 = 86000; EMERGING: F-2
		assertThat(targets.mix()).extracting(ClusterShare::cluster)
			.containsExactly(IndustryCluster.AUTO, IndustryCluster.EMERGING, IndustryCluster.TRADITIONAL);
		assertThat(targets.mix()).extracting(ClusterShare::investment)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(d("86000"), d("20000"), d("0"));
		assertThat(targets.mix()).extracting(ClusterShare::sharePct)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(d("81.1"), d("18.9"), d("0.0"));
		assertThat(targets.mix()).extracting(ClusterShare::targetPct)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(d("55"), d("25"), d("20"));
	}

	@Test
	@WithUserDetails("director")
	void land_shows_plots_by_status_and_the_tenants_investment_per_mu() {
		List<ParkLand> land = this.reports.compute(year2019(), AS_OF).land();
		assertThat(land).hasSize(1);
		ParkLand park = land.get(0);
		assertThat(park.nameZh()).isEqualTo(ReportFixture.PARK_NAME);
		assertThat(park.allocatedMu()).isEqualByComparingTo("40");
		assertThat(park.reservedMu()).isEqualByComparingTo("20");
		assertThat(park.freeMu()).isEqualByComparingTo("30");
		assertThat(park.idleMu()).isEqualByComparingTo("15");
		// confirmed only: F-1 on 25 + 10 亩, F-2 on 15 亩 -> (80000 + 20000) / 50
		assertThat(park.tenants()).isEqualTo(2);
		assertThat(park.intensity()).isEqualTo(d("2000.00"));
	}

	@Test
	@WithUserDetails("director")
	void supervision_lists_projects_stuck_too_long_and_overdue_follow_ups_by_owner() {
		Supervision supervision = this.reports.compute(year2019(), AS_OF).supervision();
		assertThat(supervision).isNotNull();
		// as of 2020-01-31: F-6 SIGNED since 2018-08-01, F-2 PRODUCTION since 2019-04-01,
		// F-3 ON_HOLD
		// since 2019-07-01; F-1 (152 days) and F-5 (91) are under 180, F-4 is LOST
		assertThat(supervision.stuck()).extracting(StuckProject::code).containsExactly("ZZ-F-6", "ZZ-F-2", "ZZ-F-3");
		assertThat(supervision.stuck()).extracting(StuckProject::days).containsExactly(548, 305, 214);
		assertThat(supervision.stuck()).extracting(StuckProject::ownerName).containsExactly("李娜", "李娜", "张伟");
		assertThat(supervision.stuckTotal()).isEqualTo(3);
		// 张伟: F-3 stuck, three open tasks past due; 李娜: two stuck, one task (one done,
		// one not due)
		assertThat(supervision.byOwner()).extracting(OwnerSupervision::name).containsExactly("张伟", "李娜");
		assertThat(supervision.byOwner()).extracting(OwnerSupervision::stuckProjects).containsExactly(1, 2);
		assertThat(supervision.byOwner()).extracting(OwnerSupervision::overdueFollowUps).containsExactly(3, 1);
		assertThat(supervision.byOwner()).extracting(OwnerSupervision::oldestDue)
			.containsExactly(LocalDate.of(2020, 1, 10), LocalDate.of(2019, 12, 20));
		// a longer limit leaves only the oldest
		Supervision strict = this.reports
			.compute(new ReportFilter(JAN_1, DEC_31, this.fixture.parkId, null, 400), AS_OF)
			.supervision();
		assertThat(strict.stuck()).extracting(StuckProject::code).containsExactly("ZZ-F-6");
	}

	@Test
	@WithUserDetails("director")
	void staff_performance_counts_leads_visits_inspections_and_signings_in_the_period() {
		Map<String, StaffPerformance> staff = this.reports.compute(year2019(), AS_OF)
			.staff()
			.stream()
			.collect(Collectors.toMap(StaffPerformance::name, Function.identity()));
		StaffPerformance zhang = staff.get("张伟");
		// leads F-3, F-5; visits on F-1 and F-3 (not the 2020 one, not the call); F-3
		// inspected
		assertThat(List.of(zhang.newLeads(), zhang.visits(), zhang.siteInspections(), zhang.signings()))
			.containsExactly(2, 2, 1, 1);
		assertThat(zhang.signedInvestment()).isEqualByComparingTo("80000");
		StaffPerformance li = staff.get("李娜");
		// lead F-4, a visit on it; the inspection was in 2018; nothing signed in 2019
		assertThat(List.of(li.newLeads(), li.visits(), li.siteInspections(), li.signings())).containsExactly(1, 1, 0,
				0);
		assertThat(li.signedInvestment()).isEqualByComparingTo("0");
		assertThat(staff).doesNotContainKey("王建国");
	}

	/**
	 * Milestones carry a copy of their project's figures (V021); an edit of the project
	 * after it signed is counted as it now is, in every section that counts signings.
	 */
	@Test
	@WithUserDetails("director")
	void an_edit_of_a_signed_project_is_counted_as_it_now_is() {
		this.dsl.update(PROJECT)
			.set(PROJECT.INVESTMENT_TOTAL, d("90000"))
			.set(PROJECT.OWNER_ID, this.fixture.staff2)
			.set(PROJECT.INDUSTRY_ID, industry("WATER_TREATMENT"))
			.where(PROJECT.CODE.eq("ZZ-F-1"))
			.execute();
		Cockpit cockpit = this.reports.compute(year2019(), AS_OF);
		assertThat(cockpit.milestones().getFirst().investment()).isEqualByComparingTo("90000");
		Map<String, StaffPerformance> staff = cockpit.staff()
			.stream()
			.collect(Collectors.toMap(StaffPerformance::name, Function.identity()));
		assertThat(staff.get("张伟").signings()).isZero();
		assertThat(staff.get("李娜").signings()).isEqualTo(1);
		assertThat(staff.get("李娜").signedInvestment()).isEqualByComparingTo("90000");
		// AUTO: F-6; EMERGING: F-2 and now F-1
		assertThat(cockpit.targets().mix()).extracting(ClusterShare::investment)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(d("6000"), d("110000"), d("0"));

		// moved to another park, it leaves this park's figures
		this.dsl.update(PROJECT)
			.set(PROJECT.PREFERRED_PARK_ID, this.dsl.fetchValue(PARK.ID, PARK.CODE.eq("SME")))
			.where(PROJECT.CODE.eq("ZZ-F-1"))
			.execute();
		Cockpit elsewhere = this.reports.compute(year2019(), AS_OF);
		assertThat(elsewhere.milestones().getFirst().projects()).isZero();
		assertThat(byStage(elsewhere).get(Stage.SIGNED).reached()).isEqualTo(2); // F-2,
																					// F-6
	}

	@Test
	@WithUserDetails("director")
	void an_investors_industry_counts_for_its_projects_without_one() {
		this.dsl.update(INVESTOR)
			.set(INVESTOR.INDUSTRY_ID, industry("WATER_TREATMENT"))
			.where(INVESTOR.ID.eq(this.dsl.fetchValue(PROJECT.INVESTOR_ID, PROJECT.CODE.eq("ZZ-F-1"))))
			.execute();
		// F-1 follows its investor into EMERGING; F-6 keeps its own industry
		assertThat(this.reports.compute(year2019(), AS_OF).targets().mix()).extracting(ClusterShare::investment)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(d("6000"), d("100000"), d("0"));
	}

	private long industry(String code) {
		return this.dsl.fetchValue(INDUSTRY.ID, INDUSTRY.CODE.eq(code));
	}

	@Test
	@WithUserDetails("director")
	void a_cluster_filter_keeps_the_projects_of_that_cluster_only() {
		Cockpit auto = this.reports
			.compute(new ReportFilter(JAN_1, DEC_31, this.fixture.parkId, IndustryCluster.AUTO, 180), AS_OF);
		// F-1 and F-4 through investor A's industry, F-6 through its own
		Map<Stage, FunnelStage> funnel = byStage(auto);
		assertThat(funnel.get(Stage.CONSTRUCTION).projects()).isEqualTo(1);
		assertThat(funnel.get(Stage.LOST).projects()).isEqualTo(1);
		assertThat(funnel.get(Stage.SIGNED).projects()).isEqualTo(1);
		assertThat(funnel.get(Stage.LEAD).reached()).isEqualTo(3);
		assertThat(auto.targets().signedInvestment()).isEqualByComparingTo("86000");
		assertThat(auto.targets().mix().get(0).sharePct()).isEqualByComparingTo("100.0");
		// land: plots stay, tenants of the cluster only (F-1)
		assertThat(auto.land().get(0).tenants()).isEqualTo(1);
		assertThat(auto.land().get(0).intensity()).isEqualTo(d("2285.71"));
	}

	@Test
	@WithUserDetails("director")
	void an_empty_period_gives_zeros_and_no_ratios() {
		Cockpit cockpit = this.reports.compute(
				new ReportFilter(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), this.fixture.parkId, null, 180),
				AS_OF);
		assertThat(cockpit.funnel()).allSatisfy(s -> {
			assertThat(s.projects()).isZero();
			assertThat(s.reached()).isZero();
			assertThat(s.conversionPct()).isNull();
			assertThat(s.medianDays()).isNull();
		});
		assertThat(cockpit.milestones()).allSatisfy(m -> {
			assertThat(m.projects()).isZero();
			assertThat(m.projectsLastYear()).isZero();
		});
		assertThat(cockpit.targets().majorProjects()).isZero();
		assertThat(cockpit.targets().foreignUsdPct()).isEqualByComparingTo("0.0");
		assertThat(cockpit.targets().mix()).allSatisfy(m -> assertThat(m.sharePct()).isNull());
		assertThat(cockpit.staff()).allSatisfy(s -> assertThat(s.newLeads() + s.visits() + s.signings()).isZero());
	}

	@Test
	@WithUserDetails("staff")
	void staff_get_the_cockpit_of_their_own_projects_only() {
		Cockpit cockpit = this.reports.compute(year2019(), AS_OF);
		assertThat(cockpit.sections()).containsExactlyInAnyOrder(CockpitSection.values());
		// F-1, F-3 and F-5 are theirs
		Map<Stage, FunnelStage> funnel = byStage(cockpit);
		assertThat(funnel.values().stream().mapToInt(FunnelStage::projects).sum()).isEqualTo(3);
		assertThat(funnel.get(Stage.LEAD).reached()).isEqualTo(3);
		assertThat(funnel.get(Stage.PRODUCTION).reached()).isZero();
		assertThat(cockpit.milestones().get(0).projectsLastYear()).isZero();
		assertThat(cockpit.targets().majorProjects()).isEqualTo(1);
		assertThat(cockpit.staff()).extracting(StaffPerformance::name).containsExactly("张伟");
		assertThat(cockpit.supervision().stuck()).extracting(StuckProject::code).containsExactly("ZZ-F-3");
		assertThat(cockpit.supervision().byOwner()).extracting(OwnerSupervision::name).containsExactly("张伟");
		// the park's plots, but only their own tenant: F-1, 80000 / 35
		assertThat(cockpit.land().get(0).freeMu()).isEqualByComparingTo("30");
		assertThat(cockpit.land().get(0).intensity()).isEqualTo(d("2285.71"));
	}

	@Test
	@WithUserDetails("op_auto")
	void a_park_operator_gets_the_land_of_their_park_only() {
		Cockpit cockpit = this.reports.cockpit(year2019());
		assertThat(cockpit.sections()).containsExactly(CockpitSection.LAND);
		assertThat(cockpit.funnel()).isEmpty();
		assertThat(cockpit.milestones()).isEmpty();
		assertThat(cockpit.targets()).isNull();
		assertThat(cockpit.supervision()).isNull();
		assertThat(cockpit.staff()).isEmpty();
		// asked for the fixture park, given their own
		assertThat(cockpit.land()).extracting(ParkLand::code).containsExactly("AUTO_PARTS");
		assertThat(cockpit.filter().parkId()).isNotEqualTo(this.fixture.parkId);
	}

	@Test
	@WithUserDetails("director")
	void a_director_without_a_park_filter_sees_every_park() {
		Cockpit cockpit = this.reports.cockpit(new ReportFilter(JAN_1, DEC_31, null, null, 180));
		assertThat(cockpit.land()).extracting(ParkLand::code)
			.containsExactly("AUTO_PARTS", "TSINGHUA", "SME", "PIPELINE", "ZZ_FIXTURE");
	}

	@Test
	@WithAnonymousUser
	void nobody_signed_in_gets_nothing() {
		assertThatThrownBy(() -> this.reports.cockpit(year2019())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_period_must_run_forward_and_the_stuck_limit_be_sensible() {
		assertThatThrownBy(() -> new ReportFilter(DEC_31, JAN_1, null, null, 180)).isInstanceOf(DomainException.class)
			.hasMessage("report.error.period-reversed");
		assertThatThrownBy(() -> new ReportFilter(JAN_1, DEC_31, null, null, 0)).hasMessage("report.error.stuck-days");
		assertThatThrownBy(() -> new ReportFilter(LocalDate.of(2000, 1, 1), DEC_31, null, null, 30))
			.hasMessage("report.error.period-too-long");
	}

}
