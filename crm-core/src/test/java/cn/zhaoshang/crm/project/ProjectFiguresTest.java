package cn.zhaoshang.crm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The derived figures, in BigDecimal with an explicit scale. */
class ProjectFiguresTest {

	private static final BigDecimal RATE = new BigDecimal("7.10");

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Test
	void investment_intensity_is_total_investment_per_mu_to_two_decimals() {
		// 北京现代第一工厂: 67 亿元 on 3000 亩
		ProjectFigures figures = ProjectFigures.of(d("670000.00"), null, d("3000.00"), d("3000000.00"), d("150000.00"),
				RATE);
		assertThat(figures.investmentIntensity()).isEqualTo(d("223.33"));
		assertThat(figures.outputPerMu()).isEqualTo(d("1000.00"));
		assertThat(figures.taxPerMu()).isEqualTo(d("50.00"));
	}

	@Test
	void per_mu_figures_round_half_up() {
		assertThat(ProjectFigures.perMu(d("2"), d("3"))).isEqualTo(d("0.67"));
		assertThat(ProjectFigures.perMu(d("0.125"), d("1"))).isEqualTo(d("0.13"));
	}

	@Test
	void without_land_there_are_no_per_mu_figures() {
		ProjectFigures noLand = ProjectFigures.of(d("1000"), null, null, d("500"), d("50"), RATE);
		ProjectFigures zeroLand = ProjectFigures.of(d("1000"), null, d("0.00"), d("500"), d("50"), RATE);
		for (ProjectFigures figures : new ProjectFigures[] { noLand, zeroLand }) {
			assertThat(figures.investmentIntensity()).isNull();
			assertThat(figures.outputPerMu()).isNull();
			assertThat(figures.taxPerMu()).isNull();
		}
	}

	@Test
	void fifty_yi_yuan_at_7_10_is_a_major_project() {
		// 50 亿元 = 500000 万元 = 70422 万美元 at 7.10
		assertThat(ProjectFigures.isMajor(d("500000.00"), null, RATE)).isTrue();
	}

	@Test
	void one_hundred_million_dollars_is_the_threshold() {
		assertThat(ProjectFigures.isMajor(d("71000.00"), null, RATE)).as("exactly 1 亿美元").isTrue();
		assertThat(ProjectFigures.isMajor(d("70999.99"), null, RATE)).isFalse();
		assertThat(ProjectFigures.isMajor(d("70000"), null, new BigDecimal("7.00"))).as("another rate").isTrue();
		assertThat(ProjectFigures.isMajor(null, d("10000.00"), RATE)).as("foreign capital").isTrue();
		assertThat(ProjectFigures.isMajor(d("30000"), d("9999.99"), RATE)).isFalse();
		assertThat(ProjectFigures.isMajor(null, null, RATE)).isFalse();
	}

	@Test
	void a_rate_must_be_positive() {
		assertThatThrownBy(() -> ProjectFigures.isMajor(d("1"), null, BigDecimal.ZERO))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
