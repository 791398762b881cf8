package cn.zhaoshang.crm.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** Grade cut-offs at their boundaries (the auto parts park's seeded cut-offs). */
class GradingTest {

	/** Tax A ≥ 100, B ≥ 50, C ≥ 20; output A ≥ 2000, B ≥ 1200, C ≥ 500 (万元/亩). */
	private static final GradingCutoffs CUTOFFS = new GradingCutoffs(1, 1, 1, dec("100"), dec("50"), dec("20"),
			dec("2000"), dec("1200"), dec("500"), null, null, LocalDateTime.now());

	@Test
	void exactly_at_a_cut_off_earns_the_grade_and_a_cent_below_does_not() {
		// 100 亩: tax 10000 = 100.00/亩, output 200000 = 2000.00/亩
		assertThat(grade("100", "200000", "10000")).isEqualTo(Grade.A);
		assertThat(grade("100", "200000", "9999.99")).isEqualTo(Grade.B);
		assertThat(grade("100", "199999.99", "10000")).isEqualTo(Grade.B);
		assertThat(grade("100", "120000", "5000")).isEqualTo(Grade.B);
		assertThat(grade("100", "119999.99", "5000")).isEqualTo(Grade.C);
		assertThat(grade("100", "50000", "2000")).isEqualTo(Grade.C);
		assertThat(grade("100", "50000", "1999.99")).isEqualTo(Grade.D);
		assertThat(grade("100", "0", "0")).isEqualTo(Grade.D);
	}

	@Test
	void the_weaker_figure_decides() {
		assertThat(grade("100", "300000", "2500")).isEqualTo(Grade.C); // output A, tax C
	}

	@Test
	void no_grade_without_land_tax_or_output() {
		assertThat(Grading.grade(CUTOFFS, null, dec("1"), dec("1"))).isNull();
		assertThat(Grading.grade(CUTOFFS, dec("10"), null, dec("1"))).isNull();
		assertThat(Grading.grade(CUTOFFS, dec("10"), dec("1"), null)).isNull();
		assertThat(Grading.perMu(dec("1"), BigDecimal.ZERO)).isNull();
	}

	@Test
	void per_mu_figures_are_rounded_to_two_decimals_only_for_display() {
		// 3 亩, tax 300.01: 100.0033/亩 → shown 100.00, and A (300.01 ≥ 300)
		assertThat(Grading.perMu(dec("300.01"), dec("3"))).isEqualByComparingTo("100.00");
		assertThat(grade("3", "6000", "300.01")).isEqualTo(Grade.A);
		// 299.99 shows as 100.00 too, but is B: the cut-off is compared exactly
		assertThat(Grading.perMu(dec("299.99"), dec("3"))).isEqualByComparingTo("100.00");
		assertThat(grade("3", "6000", "299.99")).isEqualTo(Grade.B);
	}

	private static Grade grade(String land, String output, String tax) {
		return Grading.grade(CUTOFFS, dec(land), dec(output), dec(tax));
	}

	private static BigDecimal dec(String text) {
		return new BigDecimal(text);
	}

}
