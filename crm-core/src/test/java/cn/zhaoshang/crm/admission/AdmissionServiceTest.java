package cn.zhaoshang.crm.admission;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admission on the real database with the demo data and the seeded rules as fixture;
 * every test rolls back.
 */
@SpringBootTest
@Transactional
class AdmissionServiceTest {

	@Autowired
	AdmissionService admission;

	@Autowired
	ProjectService projects;

	@Autowired
	UserDetailsService users;

	@Autowired
	DSLContext dsl;

	// ---------------------------------------------------------------- the seed's
	// projects

	@Test
	@WithUserDetails("director")
	void changan_240_wan_per_mu_is_judged_against_each_parks_own_thresholds() {
		long changan = idOf("ZS-2016-003"); // 60 亿 on 2500 亩, NEV, no tax or energy
											// figures

		Evaluation auto = this.admission.evaluate(changan, parkId("AUTO_PARTS")); // ≥ 220
		assertThat(criterion(auto, Criterion.INVESTMENT_INTENSITY).value()).isEqualByComparingTo("240.00");
		assertThat(criterion(auto, Criterion.INVESTMENT_INTENSITY).threshold()).isEqualByComparingTo("220");
		assertThat(criterion(auto, Criterion.INVESTMENT_INTENSITY).margin()).isEqualByComparingTo("20.00");
		assertThat(criterion(auto, Criterion.INVESTMENT_INTENSITY).outcome()).isEqualTo(Outcome.MET);
		assertThat(criterion(auto, Criterion.OUTPUT_PER_MU).value()).isEqualByComparingTo("1080.00");
		assertThat(criterion(auto, Criterion.TAX_PER_MU).outcome()).isEqualTo(Outcome.MISSING);
		assertThat(criterion(auto, Criterion.TAX_PER_MU).missing()).containsExactly("annualTax");
		assertThat(criterion(auto, Criterion.ENERGY_PER_OUTPUT).missing()).containsExactly("energyTce");
		assertThat(auto.result()).isEqualTo(AdmissionResult.CONDITIONAL);

		Evaluation tsinghua = this.admission.evaluate(changan, parkId("TSINGHUA")); // ≥
																					// 300,
																					// band
																					// to
																					// 270
		assertThat(criterion(tsinghua, Criterion.INVESTMENT_INTENSITY).outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(criterion(tsinghua, Criterion.INVESTMENT_INTENSITY).margin()).isEqualByComparingTo("-60.00");
		assertThat(tsinghua.result()).isEqualTo(AdmissionResult.FAIL);

		Evaluation sme = this.admission.evaluate(changan, parkId("SME")); // ≥ 250, band
																			// to 225
		assertThat(criterion(sme, Criterion.INVESTMENT_INTENSITY).outcome()).isEqualTo(Outcome.NEAR);
		assertThat(criterion(sme, Criterion.INDUSTRY_FIT).outcome()).isEqualTo(Outcome.NOT_MET); // NEV
		assertThat(sme.result()).isEqualTo(AdmissionResult.FAIL);

		Evaluation pipeline = this.admission.evaluate(changan, parkId("PIPELINE")); // ≥
																					// 180
		assertThat(criterion(pipeline, Criterion.INVESTMENT_INTENSITY).outcome()).isEqualTo(Outcome.MET);
		assertThat(criterion(pipeline, Criterion.INDUSTRY_FIT).outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(pipeline.result()).isEqualTo(AdmissionResult.FAIL);

		assertThat(this.admission.evaluations(changan)).extracting(Evaluation::id)
			.containsExactly(pipeline.id(), sme.id(), tsinghua.id(), auto.id());
	}

	@Test
	@WithUserDetails("director")
	void yanfeng_passes_in_the_auto_parts_park_and_fails_in_the_tsinghua_park() {
		long yanfeng = idOf("ZS-2016-004"); // 7.5 亿 on 160 亩, every figure recorded
		Evaluation auto = this.admission.evaluate(yanfeng, parkId("AUTO_PARTS"));
		assertThat(auto.result()).isEqualTo(AdmissionResult.PASS);
		assertThat(auto.criteria()).extracting(CriterionResult::outcome).containsOnly(Outcome.MET);
		assertThat(criterion(auto, Criterion.INVESTMENT_INTENSITY).value()).isEqualByComparingTo("468.75");
		assertThat(criterion(auto, Criterion.ENERGY_PER_OUTPUT).value()).isEqualByComparingTo("0.0240");

		Evaluation tsinghua = this.admission.evaluate(yanfeng, parkId("TSINGHUA"));
		assertThat(tsinghua.result()).isEqualTo(AdmissionResult.FAIL);
		assertThat(criterion(tsinghua, Criterion.INDUSTRY_FIT).outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(tsinghua.evaluatedByName()).isEqualTo("王建国");
		assertThat(tsinghua.rules().version()).isEqualTo(1);
	}

	@Test
	@WithUserDetails("director")
	void an_evaluation_exactly_at_the_threshold_passes_that_criterion() {
		long project = idOf("ZS-2026-001");
		// 22000 万元 on 100 亩 = 220.00 万元/亩, the auto parts park's minimum
		this.dsl.update(PROJECT)
			.set(PROJECT.INVESTMENT_TOTAL, new BigDecimal("22000.00"))
			.set(PROJECT.LAND_REQUESTED_MU, new BigDecimal("100.00"))
			.where(PROJECT.ID.eq(project))
			.execute();
		Evaluation e = this.admission.evaluate(project, parkId("AUTO_PARTS"));
		assertThat(criterion(e, Criterion.INVESTMENT_INTENSITY).outcome()).isEqualTo(Outcome.MET);
		assertThat(criterion(e, Criterion.INVESTMENT_INTENSITY).margin()).isEqualByComparingTo("0");
	}

	@Test
	@WithUserDetails("director")
	void zero_land_is_a_clear_error_and_nothing_is_stored() {
		long project = idOf("ZS-2026-001");
		this.dsl.update(PROJECT)
			.set(PROJECT.LAND_REQUESTED_MU, BigDecimal.ZERO)
			.where(PROJECT.ID.eq(project))
			.execute();
		assertThatThrownBy(() -> this.admission.evaluate(project, parkId("AUTO_PARTS")))
			.isInstanceOf(DomainException.class)
			.hasMessage("admission.error.zero-land");
		assertThat(this.admission.evaluations(project)).isEmpty();
	}

	// ---------------------------------------------------------------- versions

	@Test
	@WithUserDetails("director")
	void changed_rules_are_a_new_version_and_an_old_evaluation_keeps_the_rules_it_used() {
		long park = parkId("AUTO_PARTS");
		long changan = idOf("ZS-2016-003");
		Evaluation before = this.admission.evaluate(changan, park);

		AdmissionRules v1 = this.admission.rules(park);
		AdmissionRulesForm stricter = new AdmissionRulesForm(park, v1.version(), new BigDecimal("250"),
				v1.minOutputPerMu(), v1.minTaxPerMu(), v1.maxEnergyPerOutput(), v1.maxCodT(), v1.maxNh3nT(),
				v1.maxSo2T(), v1.maxNoxT(), true, new BigDecimal("5"), v1.excludedIndustryIds(), "提高投资强度门槛");
		AdmissionRules v2 = this.admission.saveRules(stricter);
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.createdByName()).isEqualTo("王建国");
		assertThat(this.admission.ruleHistory(park)).extracting(AdmissionRules::version).containsExactly(2, 1);

		Evaluation after = this.admission.evaluate(changan, park);
		assertThat(after.rules().version()).isEqualTo(2);
		assertThat(criterion(after, Criterion.INVESTMENT_INTENSITY).outcome()).isEqualTo(Outcome.NEAR); // 240
																										// ≥
																										// 237.5

		Evaluation old = this.admission.evaluations(changan)
			.stream()
			.filter(e -> e.id() == before.id())
			.findFirst()
			.orElseThrow();
		assertThat(old.rules().version()).isEqualTo(1);
		assertThat(old.rules().minInvestmentIntensity()).isEqualByComparingTo("220");
		assertThat(criterion(old, Criterion.INVESTMENT_INTENSITY).threshold()).isEqualByComparingTo("220");

		// a second editor still holding version 1 is refused
		assertThatThrownBy(() -> this.admission.saveRules(stricter)).isInstanceOf(ConcurrentEditException.class);
		assertThat(audits("CREATE", "admission_rule_set")).isEqualTo(1);
	}

	@Test
	@WithUserDetails("staff")
	void staff_neither_change_rules_nor_override() {
		long park = parkId("AUTO_PARTS");
		assertThatThrownBy(() -> this.admission.saveRules(AdmissionRulesForm.of(this.admission.rules(park))))
			.isInstanceOf(AccessDeniedException.class);
		Evaluation e = this.admission.evaluate(idOf("ZS-2026-001"), park);
		assertThatThrownBy(() -> this.admission.override(e.id(), "理由")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("op_auto")
	void a_park_operator_reads_their_parks_rules_only_and_evaluates_nothing() {
		assertThat(this.admission.rules(parkId("AUTO_PARTS")).version()).isEqualTo(1);
		assertThatThrownBy(() -> this.admission.rules(parkId("SME"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.admission.evaluate(idOf("ZS-2026-001"), parkId("AUTO_PARTS")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.admission.budgets()).hasSize(5);
	}

	@Test
	@WithUserDetails("staff")
	void staff_evaluate_only_projects_they_may_edit() {
		assertThatThrownBy(() -> this.admission.evaluate(idOf("ZS-2017-001"), parkId("SME"))) // staff2's
			.isInstanceOf(AccessDeniedException.class);
	}

	// ---------------------------------------------------------------- the override path

	@Test
	void signing_after_a_failed_evaluation_needs_a_directors_override_with_a_reason() {
		long project = idOf("ZS-2026-001"); // staff's, LEAD, prefers AUTO_PARTS: 187.50
											// 万元/亩 < 198
		long park = parkId("AUTO_PARTS");
		signIn("staff");
		Evaluation failed = this.admission.evaluate(project, park);
		assertThat(failed.result()).isEqualTo(AdmissionResult.FAIL);
		assertThat(this.admission.signingCheck(project).overrideNeeded()).isTrue();
		int version = this.projects.get(project).version();
		assertThatThrownBy(() -> this.projects.moveStage(project, version, Stage.SIGNED, null, null))
			.isInstanceOf(DomainException.class)
			.hasMessage(SigningGuard.OVERRIDE_NEEDED);
		// jumping past SIGNED is refused the same way; moves before it are not
		assertThatThrownBy(() -> this.projects.moveStage(project, version, Stage.LAND_SUPPLIED, null, null))
			.hasMessage(SigningGuard.OVERRIDE_NEEDED);
		int contacted = this.projects.moveStage(project, version, Stage.CONTACTED, null, null);
		assertThat(this.projects.get(project).stage()).isEqualTo(Stage.CONTACTED);

		signIn("director");
		assertThatThrownBy(() -> this.admission.override(failed.id(), "  "))
			.hasMessage("admission.error.override-needs-reason");
		Evaluation overridden = this.admission.override(failed.id(), "配套北京现代的仓储物流，局长办公会研究同意");
		assertThat(overridden.override()).isNotNull();
		assertThat(overridden.override().byName()).isEqualTo("王建国");
		assertThat(overridden.blocksSigning()).isFalse();
		assertThatThrownBy(() -> this.admission.override(failed.id(), "再次"))
			.hasMessage("admission.error.override-exists");
		assertThat(this.dsl.fetchValue(AUDIT_EVENT.DETAILS,
				AUDIT_EVENT.ACTION.eq("ADMISSION_OVERRIDE").and(AUDIT_EVENT.ENTITY_ID.eq(failed.id()))))
			.contains("局长办公会研究同意");

		signIn("staff");
		this.projects.moveStage(project, contacted, Stage.SIGNED, null, null);
		assertThat(this.projects.get(project).stage()).isEqualTo(Stage.SIGNED);
	}

	@Test
	void a_newer_failed_evaluation_blocks_again_and_a_pass_or_conditional_does_not() {
		long project = idOf("ZS-2026-001");
		long park = parkId("AUTO_PARTS");
		signIn("director");
		Evaluation first = this.admission.evaluate(project, park);
		this.admission.override(first.id(), "特批");
		this.admission.evaluate(project, park); // FAIL again, no override yet
		assertThat(this.admission.signingCheck(project).overrideNeeded()).isTrue();
		// better figures: 30000 on 80 亩 = 375, conditional (no output or tax recorded)
		this.dsl.update(PROJECT)
			.set(PROJECT.INVESTMENT_TOTAL, new BigDecimal("30000"))
			.where(PROJECT.ID.eq(project))
			.execute();
		assertThat(this.admission.evaluate(project, park).result()).isEqualTo(AdmissionResult.CONDITIONAL);
		assertThat(this.admission.signingCheck(project).overrideNeeded()).isFalse();
		this.projects.moveStage(project, this.projects.get(project).version(), Stage.SIGNED, null, null);
		assertThat(this.projects.get(project).stage()).isEqualTo(Stage.SIGNED);
	}

	@Test
	@WithUserDetails("director")
	void only_a_failed_evaluation_can_be_overridden() {
		Evaluation pass = this.admission.evaluate(idOf("ZS-2016-004"), parkId("AUTO_PARTS"));
		assertThatThrownBy(() -> this.admission.override(pass.id(), "理由"))
			.hasMessage("admission.error.override-only-fail");
	}

	// ---------------------------------------------------------------- budgets

	@Test
	@WithUserDetails("staff")
	void signed_projects_draw_the_budgets_down_and_signing_past_one_warns_but_proceeds() {
		// signed demo projects use 6000 + 1800 + 5000 + 3500 + 2200 + 2600 + 900 tce, and
		// the
		// land demo's signed ZS-2026-003 another 900, of
		// 35000
		BudgetUse energy = budget(BudgetKind.ENERGY);
		assertThat(energy.total()).isEqualByComparingTo("35000");
		assertThat(energy.used()).isEqualByComparingTo("22900");
		assertThat(energy.remaining()).isEqualByComparingTo("12100");
		assertThat(budget(BudgetKind.COD).total()).isEqualByComparingTo("283"); // 表2:
																				// 0.0283
																				// 万吨
		assertThat(budget(BudgetKind.COD).used()).isEqualByComparingTo("4.000"); // 3.2 +
																					// 0.8

		long baic = idOf("ZS-2016-002"); // 北汽新能源: 35000 tce, no preferred park
		SigningCheck check = this.admission.signingCheck(baic);
		assertThat(check.parkId()).isNull();
		assertThat(check.overrideNeeded()).isFalse();
		assertThat(check.overruns()).singleElement().satisfies(o -> {
			assertThat(o.kind()).isEqualTo(BudgetKind.ENERGY);
			assertThat(o.usedWithout()).isEqualByComparingTo("22900");
			assertThat(o.usedWith()).isEqualByComparingTo("57900");
		});

		this.projects.moveStage(baic, this.projects.get(baic).version(), Stage.SIGNED, null, null);
		assertThat(budget(BudgetKind.ENERGY).used()).isEqualByComparingTo("57900");
		assertThat(budget(BudgetKind.ENERGY).overdrawn()).isTrue();
		assertThat(audits("BUDGET_EXCEEDED", "project")).isEqualTo(1);

		// a project that leaves the pipeline gives its room back
		int version = this.projects.get(baic).version();
		this.projects.moveStage(baic, version, Stage.LOST, null, "企业调整布局");
		assertThat(budget(BudgetKind.ENERGY).used()).isEqualByComparingTo("22900");
	}

	// ---------------------------------------------------------------- helpers

	private BudgetUse budget(BudgetKind kind) {
		return this.admission.budgets().stream().filter(b -> b.kind() == kind).findFirst().orElseThrow();
	}

	private static CriterionResult criterion(Evaluation e, Criterion criterion) {
		return e.criteria().stream().filter(c -> c.criterion() == criterion).findFirst().orElseThrow();
	}

	private int audits(String action, String entity) {
		return this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.ENTITY_TYPE.eq(entity)));
	}

	private void signIn(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private long idOf(String code) {
		return this.dsl.fetchValue(PROJECT.ID, PROJECT.CODE.eq(code));
	}

	private long parkId(String code) {
		return this.dsl.fetchValue(PARK.ID, PARK.CODE.eq(code));
	}

}
