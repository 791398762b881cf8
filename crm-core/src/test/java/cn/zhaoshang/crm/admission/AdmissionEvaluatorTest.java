package cn.zhaoshang.crm.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import cn.zhaoshang.crm.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The evaluation rules on their own: boundaries, bands, missing figures, zero land. */
class AdmissionEvaluatorTest {

	private static final long AUTO_PARTS = 120;

	private static final long SECTOR = 12;

	/**
	 * Intensity ≥ 200, output ≥ 500, tax ≥ 20 per 亩, energy ≤ 0.1 tce/万元, COD ≤ 10 t,
	 * band 10 %.
	 */
	private static AdmissionRules rules(List<Long> excluded) {
		return new AdmissionRules(1, 1, 1, dec("200"), dec("500"), dec("20"), dec("0.1"), dec("10"), null, null, null,
				true, dec("10"), excluded, null, null, LocalDateTime.now());
	}

	private static ProjectFacts facts(@Nullable String investment, @Nullable String land, @Nullable String output,
			@Nullable String tax, @Nullable String energy, @Nullable String cod) {
		return new ProjectFacts(List.of(AUTO_PARTS, SECTOR), false, dec(investment), dec(land), dec(output), dec(tax),
				dec(energy), dec(cod), null, null, null);
	}

	@Test
	void a_figure_exactly_at_its_minimum_meets_it_and_a_cent_below_is_near() {
		// 20000 on 100 亩 = 200.00 exactly; 19999 = 199.99
		var at = outcome(facts("20000", "100", "50000", "2000", "5000", "10"), Criterion.INVESTMENT_INTENSITY);
		assertThat(at.outcome()).isEqualTo(Outcome.MET);
		assertThat(at.value()).isEqualByComparingTo("200.00");
		assertThat(at.margin()).isEqualByComparingTo("0");
		var below = outcome(facts("19999", "100", "50000", "2000", "5000", "10"), Criterion.INVESTMENT_INTENSITY);
		assertThat(below.outcome()).isEqualTo(Outcome.NEAR);
		assertThat(below.margin()).isEqualByComparingTo("-0.01");
	}

	@Test
	void the_conditional_band_edge_is_near_and_beyond_it_fails() {
		// band 10 %: 180 (= 200 × 0.9) is still near, 179.99 is not met
		assertThat(
				outcome(facts("18000", "100", "50000", "2000", "5000", "10"), Criterion.INVESTMENT_INTENSITY).outcome())
			.isEqualTo(Outcome.NEAR);
		assertThat(
				outcome(facts("17999", "100", "50000", "2000", "5000", "10"), Criterion.INVESTMENT_INTENSITY).outcome())
			.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void a_maximum_is_met_at_the_cap_and_near_within_the_band_above_it() {
		assertThat(outcome(facts("20000", "100", "50000", "2000", "5000", "10"), Criterion.ENERGY_PER_OUTPUT).outcome())
			.isEqualTo(Outcome.MET); // 5000 / 50000 = 0.1
		assertThat(outcome(facts("20000", "100", "50000", "2000", "5500", "11"), Criterion.ENERGY_PER_OUTPUT).outcome())
			.isEqualTo(Outcome.NEAR); // 0.11 = 0.1 × 1.1
		var cod = outcome(facts("20000", "100", "50000", "2000", "5000", "11.001"), Criterion.COD);
		assertThat(cod.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(cod.margin()).isEqualByComparingTo("-1.001");
	}

	@Test
	void missing_figures_are_named_and_never_guessed() {
		var criteria = AdmissionEvaluator.evaluate(rules(List.of()), facts("20000", null, "50000", null, null, "1"),
				Set.of(SECTOR));
		assertThat(find(criteria, Criterion.INVESTMENT_INTENSITY).missing()).containsExactly("landRequestedMu");
		assertThat(find(criteria, Criterion.TAX_PER_MU).missing()).containsExactly("annualTax", "landRequestedMu");
		assertThat(find(criteria, Criterion.ENERGY_PER_OUTPUT).missing()).containsExactly("energyTce");
		assertThat(find(criteria, Criterion.TAX_PER_MU).value()).isNull();
		assertThat(AdmissionResult.of(criteria)).isEqualTo(AdmissionResult.CONDITIONAL);
	}

	@Test
	void zero_land_is_refused_instead_of_dividing_by_it() {
		assertThatThrownBy(() -> AdmissionEvaluator.evaluate(rules(List.of()),
				facts("20000", "0", "50000", "2000", "5000", "1"), Set.of()))
			.isInstanceOf(DomainException.class)
			.hasMessage("admission.error.zero-land");
	}

	@Test
	void zero_output_with_energy_use_fails_the_energy_criterion_without_a_value() {
		var energy = outcome(facts("20000", "100", "0", "2000", "5", "1"), Criterion.ENERGY_PER_OUTPUT);
		assertThat(energy.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(energy.value()).isNull();
	}

	@Test
	void an_excluded_sector_refuses_its_sub_sectors_and_high_pollution_is_vetoed() {
		var criteria = AdmissionEvaluator.evaluate(rules(List.of(SECTOR)),
				facts("20000", "100", "50000", "2000", "5000", "1"), Set.of(SECTOR));
		assertThat(find(criteria, Criterion.INDUSTRY_EXCLUDED).outcome()).isEqualTo(Outcome.EXCLUDED);
		assertThat(AdmissionResult.of(criteria)).isEqualTo(AdmissionResult.FAIL);

		var polluting = new ProjectFacts(List.of(7L), true, dec("20000"), dec("100"), dec("50000"), dec("2000"),
				dec("5000"), dec("1"), null, null, null);
		assertThat(
				find(AdmissionEvaluator.evaluate(rules(List.of()), polluting, Set.of(7L)), Criterion.INDUSTRY_EXCLUDED)
					.outcome())
			.isEqualTo(Outcome.EXCLUDED);
	}

	@Test
	void an_industry_the_park_does_not_admit_fails_and_a_project_meeting_everything_passes() {
		var good = facts("20000", "100", "50000", "2000", "5000", "1");
		assertThat(AdmissionResult.of(AdmissionEvaluator.evaluate(rules(List.of()), good, Set.of(SECTOR))))
			.isEqualTo(AdmissionResult.PASS);
		var elsewhere = AdmissionEvaluator.evaluate(rules(List.of()), good, Set.of(999L));
		assertThat(find(elsewhere, Criterion.INDUSTRY_FIT).outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(AdmissionResult.of(elsewhere)).isEqualTo(AdmissionResult.FAIL);
	}

	private static CriterionResult outcome(ProjectFacts facts, Criterion criterion) {
		return find(AdmissionEvaluator.evaluate(rules(List.of()), facts, Set.of(SECTOR)), criterion);
	}

	private static CriterionResult find(List<CriterionResult> criteria, Criterion criterion) {
		return criteria.stream().filter(c -> c.criterion() == criterion).findFirst().orElseThrow();
	}

	private static @Nullable BigDecimal dec(@Nullable String text) {
		return (text == null) ? null : new BigDecimal(text);
	}

}
