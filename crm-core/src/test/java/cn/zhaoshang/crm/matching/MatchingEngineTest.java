package cn.zhaoshang.crm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.zhaoshang.crm.park.AdmissionThresholds;
import cn.zhaoshang.crm.park.LandUse;
import cn.zhaoshang.crm.project.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The engine on the seed's parks (ch. 4 §13), built here as plain data: the auto parts
 * park's three zones with their plots as the demo data lays them out (AP-P-01..04 taken),
 * and the other three parks. Industry ids stand for the taxonomy's codes.
 */
class MatchingEngineTest {

	// industries: sectors and a few sub-sectors (parent in the comment)
	static final long VEHICLE_OEM = 1, AUTO_PARTS = 2, NEV = 3, AUTO_RD = 4, AFTERMARKET = 5, ENERGY_SAVING = 6,
			LITHIUM = 7, NEW_MATERIALS = 8, INTELLIGENT_MFG = 9, HIGH_END = 10, PIPELINE = 11, LIGHT = 12,
			LOGISTICS = 13, TECH_SERVICES = 14, METAL_MATERIALS = 15 /* NEW_MATERIALS */,
			COMPOSITES = 16 /* NEW_MATERIALS */,
			ELECTROPLATING = 17 /* other mfg, high pollution */,
			WASTE_HEAT = 18 /* ENERGY_SAVING */, MARINE = 19 /* HIGH_END */;

	static final long AUTO_PARK = 100, TSINGHUA_PARK = 200, SME_PARK = 300, PIPELINE_PARK = 400;

	static final long PRODUCTION = 101, AFTERMARKET_ZONE = 102, SUPPORT = 103;

	static final MatchPark AUTO = new MatchPark(AUTO_PARK, "AUTO_PARTS", "汽车零部件产业园", "Auto Parts Industrial Park",
			Set.of(AUTO_PARTS, NEV, AFTERMARKET, LITHIUM, NEW_MATERIALS, LOGISTICS),
			thresholds("300", "600", "30", "0.05"), List.of(
					new MatchZone(PRODUCTION, "工业生产区", "Industrial production zone",
							Set.of(AUTO_PARTS, NEV, LITHIUM, NEW_MATERIALS),
							List.of(plot(5, "AP-P-05", "200", 12000, 600, 3000, 338, 196, 405, 244),
									plot(6, "AP-P-06", "180", 10800, 540, 2700, 0, 440, 425, 210),
									plot(7, "AP-P-07", "150", 9000, 450, 2250, 0, 650, 212, 350),
									plot(8, "AP-P-08", "150", 9000, 450, 2250, 212, 650, 213, 350),
									plot(9, "AP-P-09", "120", 7200, 360, 1800, 425, 440, 318, 187),
									plot(10, "AP-P-10", "100", 6000, 300, 1500, 425, 627, 318, 155),
									plot(11, "AP-P-11", "80", 4800, 240, 1200, 425, 782, 182, 218),
									plot(12, "AP-P-12", "60", 3600, 180, 900, 607, 782, 136, 218))),
					new MatchZone(AFTERMARKET_ZONE, "汽车后市场区", "Automotive aftermarket zone", Set.of(AFTERMARKET),
							List.of(commercial(21, "AP-A-01", "60", 743, 0, 257, 116),
									commercial(22, "AP-A-02", "50", 743, 116, 128, 192))),
					new MatchZone(SUPPORT, "综合配套区", "Integrated support zone", Set.of(LOGISTICS),
							List.of(plot(31, "AP-S-01", "80", 4800, 240, 1200, 743, 577, 158, 250),
									commercial(32, "AP-S-02", "50", 901, 577, 99, 250)))));

	static final MatchPark TSINGHUA = new MatchPark(TSINGHUA_PARK, "TSINGHUA", "清华大学汽车研究院产业园", "Tsinghua Park",
			Set.of(AUTO_RD, NEV, INTELLIGENT_MFG, HIGH_END, TECH_SERVICES), thresholds("350", "500", "30", "0.03"),
			List.of(new MatchZone(null, null, null, Set.of(),
					List.of(rd(41, "TH-01", "80", 0, 0, 522, 381), rd(42, "TH-02", "70", 0, 381, 522, 333)))));

	static final MatchPark SME = new MatchPark(SME_PARK, "SME", "中小科技企业创新创业产业园", "SME Park",
			Set.of(ENERGY_SAVING, NEW_MATERIALS, INTELLIGENT_MFG, HIGH_END, LIGHT, TECH_SERVICES),
			thresholds("250", "400", "20", "0.05"),
			List.of(new MatchZone(null, null, null, Set.of(), List.of(rd(51, "SME-01", "50", 0, 0, 382, 524),
					plot(54, "SME-04", "34", 2040, 102, 510, 382, 519, 284, 481)))));

	static final MatchPark PIPELINE_P = new MatchPark(PIPELINE_PARK, "PIPELINE", "高端管道装备产业园", "Pipeline Park",
			Set.of(PIPELINE, METAL_MATERIALS, MARINE, TECH_SERVICES), thresholds("300", "500", "25", "0.08"),
			List.of(new MatchZone(null, null, null, Set.of(),
					List.of(plot(62, "PL-02", "90", 5400, 270, 1350, 0, 625, 541, 375),
							plot(63, "PL-03", "80", 4800, 240, 1200, 541, 0, 459, 392),
							plot(64, "PL-04", "64", 3840, 192, 960, 541, 392, 459, 314)))));

	static final List<MatchPark> PARKS = List.of(AUTO, TSINGHUA, SME, PIPELINE_P);

	// ---------------------------------------------------------------- the seed's cases

	@Test
	void baic_new_energy_needs_2000_mu_and_no_park_can_take_it() {
		// 北汽新能源: 50 亿元, 2000 亩, NEV; output 240 亿, tax 10 亿, 35000 tce
		MatchNeed bjev = need(NEV, Set.of(NEV), "2000", LandUse.INDUSTRIAL, null, null, "60000", "4000", "25000",
				"500000", "2400000", "100000", "35000");
		List<MatchOption> ranked = MatchingEngine.rank(bjev, PARKS);

		assertThat(ranked).noneMatch(o -> o.verdict() != Verdict.DOES_NOT_FIT);
		MatchOption best = ranked.getFirst();
		assertThat(best.parkCode()).isEqualTo("AUTO_PARTS");
		assertThat(best.zoneId()).isEqualTo(PRODUCTION);
		assertThat(best.outcome(Criterion.INDUSTRY)).isEqualTo(Outcome.PASS);
		// the production zone's free plots form one block of 1040 亩: 960 亩 short
		Reason land = best.reasons(Criterion.LAND).getFirst();
		assertThat(land.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(land.messageKey()).isEqualTo("matching.reason.land.short");
		assertThat(land.arguments()).element(1).isEqualTo(new BigDecimal("1040"));
		assertThat(land.arguments()).element(2).isEqualTo(new BigDecimal("960"));
		assertThat(best.zoneFreeMu()).isEqualByComparingTo("1040");
		// 500000 / 2000 = 250 万元/亩 < 300: below the auto parts park's intensity bar
		assertThat(best.reasons(Criterion.INVESTMENT_INTENSITY).getFirst().outcome()).isEqualTo(Outcome.FAIL);
		// Tsinghua admits NEV but has only R&D land
		MatchOption tsinghua = ranked.stream().filter(o -> o.parkId() == TSINGHUA_PARK).findFirst().orElseThrow();
		assertThat(tsinghua.outcome(Criterion.INDUSTRY)).isEqualTo(Outcome.PASS);
		assertThat(tsinghua.outcome(Criterion.LAND_USE)).isEqualTo(Outcome.FAIL);
	}

	@Test
	void yanfeng_hainachuan_160_mu_of_auto_parts_goes_to_the_auto_parts_parks_production_zone() {
		// 延锋海纳川: 7.5 亿元, 160 亩, output 25 亿/yr
		MatchNeed yanfeng = need(AUTO_PARTS, Set.of(AUTO_PARTS), "160", LandUse.INDUSTRIAL, AUTO_PARK, PRODUCTION,
				"8000", "300", "2000", "75000", "250000", "12000", "6000");
		List<MatchOption> ranked = MatchingEngine.rank(yanfeng, PARKS);

		MatchOption best = ranked.getFirst();
		assertThat(best.parkId()).isEqualTo(AUTO_PARK);
		assertThat(best.zoneId()).isEqualTo(PRODUCTION);
		assertThat(best.verdict()).isEqualTo(Verdict.FITS);
		assertThat(best.score()).isEqualTo(100);
		// the smallest plot that takes it whole: AP-P-06 (180 亩), not AP-P-05 (200 亩)
		assertThat(best.plots()).extracting(PlotTake::code).containsExactly("AP-P-06");
		assertThat(best.plots().getFirst().takeMu()).isEqualByComparingTo("160");
		assertThat(best.reasons()).extracting(Reason::criterion).contains(Criterion.values());
		// every other option does not fit: the other zones are planned for other
		// industries
		assertThat(ranked.subList(1, ranked.size())).allMatch(o -> o.verdict() == Verdict.DOES_NOT_FIT);
		MatchOption support = ranked.stream()
			.filter(o -> Long.valueOf(SUPPORT).equals(o.zoneId()))
			.findFirst()
			.orElseThrow();
		assertThat(support.reasons(Criterion.INDUSTRY).getFirst().messageKey())
			.isEqualTo("matching.reason.industry.other-zone");
	}

	// ---------------------------------------------------------------- the rules one by
	// one

	@Test
	void adjacent_plots_of_one_zone_add_up_when_no_single_plot_is_enough() {
		// 330 亩: no plot is that big; AP-P-05 (200) + AP-P-09 (120) touch along y = 440,
		// but are 320; AP-P-06 (180) + AP-P-07 (150) touch along y = 650: 330 exactly
		MatchNeed big = need(AUTO_PARTS, Set.of(AUTO_PARTS), "330", LandUse.INDUSTRIAL, null, null, null, null, null,
				null, null, null, null);
		MatchOption best = MatchingEngine.rank(big, List.of(AUTO)).getFirst();
		assertThat(best.verdict()).isNotEqualTo(Verdict.DOES_NOT_FIT);
		assertThat(best.reasons(Criterion.LAND).getFirst().messageKey()).isEqualTo("matching.reason.land.adjacent");
		assertThat(best.plots()).extracting(PlotTake::code).containsExactlyInAnyOrder("AP-P-06", "AP-P-07");
		assertThat(best.plots().stream().map(PlotTake::takeMu).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("330");
	}

	@Test
	void plots_that_only_touch_at_a_corner_are_not_adjacent() {
		var a = new MatchPlot.Rect(0, 0, 10, 10);
		assertThat(a.adjacentTo(new MatchPlot.Rect(10, 10, 5, 5))).isFalse();
		assertThat(a.adjacentTo(new MatchPlot.Rect(10, 5, 5, 5))).isTrue();
		assertThat(a.adjacentTo(new MatchPlot.Rect(0, 10, 3, 3))).isTrue();
		assertThat(a.adjacentTo(new MatchPlot.Rect(11, 0, 3, 3))).isFalse();
	}

	@Test
	void a_high_pollution_industry_fits_nowhere() {
		MatchNeed plating = need(ELECTROPLATING, Set.of(ELECTROPLATING), "20", LandUse.INDUSTRIAL, null, null, null,
				null, null, null, null, null, null, true);
		assertThat(MatchingEngine.rank(plating, PARKS)).allSatisfy(o -> {
			assertThat(o.verdict()).isEqualTo(Verdict.DOES_NOT_FIT);
			assertThat(o.reasons(Criterion.INDUSTRY).getFirst().messageKey())
				.isEqualTo("matching.reason.industry.high-pollution");
		});
	}

	@Test
	void a_sub_sector_is_admitted_where_its_sector_is_and_thresholds_make_it_conditional() {
		// 轻量化复合材料 (COMPOSITES under NEW_MATERIALS), 90 亩: output 500 and tax 20 per 亩,
		// below the auto parts park's 600 and 30
		MatchNeed composites = need(COMPOSITES, Set.of(COMPOSITES, NEW_MATERIALS), "90", LandUse.INDUSTRIAL, null, null,
				"4000", "150", "800", "36000", "45000", "1800", "1500");
		MatchOption best = MatchingEngine.rank(composites, PARKS).getFirst();
		assertThat(best.parkId()).isEqualTo(AUTO_PARK);
		assertThat(best.verdict()).isEqualTo(Verdict.CONDITIONAL);
		assertThat(best.outcome(Criterion.OUTPUT_PER_MU)).isEqualTo(Outcome.FAIL);
		assertThat(best.outcome(Criterion.TAX_PER_MU)).isEqualTo(Outcome.FAIL);
		assertThat(best.outcome(Criterion.INVESTMENT_INTENSITY)).isEqualTo(Outcome.PASS);
		assertThat(best.reasons(Criterion.OUTPUT_PER_MU).getFirst().arguments())
			.containsExactly(new BigDecimal("500.00"), new BigDecimal("600"));
		// SME admits new materials too but has 34 亩 of industrial land
		MatchOption sme = MatchingEngine.rank(composites, List.of(SME)).getFirst();
		assertThat(sme.outcome(Criterion.INDUSTRY)).isEqualTo(Outcome.PASS);
		assertThat(sme.outcome(Criterion.LAND)).isEqualTo(Outcome.FAIL);
	}

	@Test
	void utilities_short_of_the_need_make_an_option_conditional() {
		MatchNeed thirsty = need(PIPELINE, Set.of(PIPELINE), "80", LandUse.INDUSTRIAL, null, null, "1000", "5000", null,
				null, null, null, null);
		MatchOption best = MatchingEngine.rank(thirsty, List.of(PIPELINE_P)).getFirst();
		assertThat(best.reasons(Criterion.UTILITIES)).extracting(Reason::messageKey)
			.containsExactly("matching.reason.power.ok", "matching.reason.water.short");
		assertThat(best.verdict()).isEqualTo(Verdict.CONDITIONAL);
	}

	@Test
	void the_preferred_park_ranks_first_among_equal_fits() {
		MatchNeed tech = need(TECH_SERVICES, Set.of(TECH_SERVICES), "30", null, PIPELINE_PARK, null, null, null, null,
				null, null, null, null);
		List<MatchOption> ranked = MatchingEngine.rank(tech, PARKS);
		assertThat(ranked.getFirst().parkId()).isEqualTo(PIPELINE_PARK);
		assertThat(ranked.getFirst().outcome(Criterion.PREFERENCE)).isEqualTo(Outcome.PASS);
	}

	@Test
	void for_a_park_the_open_projects_rank_by_fit() {
		MatchNeed mobis = need(NEV, Set.of(NEV), "150", LandUse.INDUSTRIAL, null, null, "9000", "400", "2000", "90000",
				"180000", "7500", "3200");
		MatchNeed composites = need(COMPOSITES, Set.of(COMPOSITES, NEW_MATERIALS), "90", LandUse.INDUSTRIAL, null, null,
				"4000", "150", "800", "36000", "45000", "1800", "1500");
		MatchNeed pipes = need(PIPELINE, Set.of(PIPELINE), "120", LandUse.INDUSTRIAL, null, null, null, null, null,
				null, null, null, null);
		List<ProjectFit> tenants = MatchingEngine.rankProjects(AUTO, List.of(pipes, composites, mobis));
		assertThat(tenants).extracting(f -> f.need().areaMu().intValue()).containsExactly(150, 90, 120);
		assertThat(tenants).extracting(f -> f.best().verdict())
			.containsExactly(Verdict.FITS, Verdict.CONDITIONAL, Verdict.DOES_NOT_FIT);
		assertThat(tenants.getFirst().best().plots()).extracting(PlotTake::code).containsExactly("AP-P-07");
	}

	@Test
	void scores_weigh_the_criteria_and_add_up_to_100() {
		assertThat(java.util.Arrays.stream(Criterion.values()).mapToInt(Criterion::weight).sum()).isEqualTo(100);
		List<Reason> allPass = new ArrayList<>();
		for (Criterion c : Criterion.values()) {
			allPass.add(new Reason(c, Outcome.PASS, "k", List.of()));
		}
		assertThat(MatchingEngine.score(allPass)).isEqualTo(100);
		allPass.set(0, new Reason(Criterion.INDUSTRY, Outcome.UNKNOWN, "k", List.of()));
		assertThat(MatchingEngine.score(allPass)).isEqualTo(88); // 100 - 25/2, rounded
		assertThat(MatchingEngine.verdict(allPass)).isEqualTo(Verdict.CONDITIONAL);
	}

	// ---------------------------------------------------------------- fixture helpers

	private static AdmissionThresholds thresholds(String intensity, String output, String tax, String energy) {
		return new AdmissionThresholds(new BigDecimal(intensity), new BigDecimal(output), new BigDecimal(tax),
				new BigDecimal(energy));
	}

	private static MatchPlot plot(long id, String code, String area, int power, int water, int gas, int x, int y, int w,
			int h) {
		return new MatchPlot(id, code, LandUse.INDUSTRIAL, new BigDecimal(area), BigDecimal.valueOf(power),
				BigDecimal.valueOf(water), BigDecimal.valueOf(gas), new MatchPlot.Rect(x, y, w, h));
	}

	private static MatchPlot commercial(long id, String code, String area, int x, int y, int w, int h) {
		BigDecimal mu = new BigDecimal(area);
		return new MatchPlot(id, code, LandUse.COMMERCIAL, mu, mu.multiply(BigDecimal.valueOf(30)),
				mu.multiply(BigDecimal.valueOf(2)), mu.multiply(BigDecimal.valueOf(5)), new MatchPlot.Rect(x, y, w, h));
	}

	private static MatchPlot rd(long id, String code, String area, int x, int y, int w, int h) {
		BigDecimal mu = new BigDecimal(area);
		return new MatchPlot(id, code, LandUse.RD, mu, mu.multiply(BigDecimal.valueOf(40)), mu, mu,
				new MatchPlot.Rect(x, y, w, h));
	}

	private static MatchNeed need(long industry, Set<Long> line, String area, @Nullable LandUse use,
			@Nullable Long park, @Nullable Long zone, @Nullable String power, @Nullable String water,
			@Nullable String gas, @Nullable String investment, @Nullable String output, @Nullable String tax,
			@Nullable String energy) {
		return need(industry, line, area, use, park, zone, power, water, gas, investment, output, tax, energy, false);
	}

	private static MatchNeed need(long industry, Set<Long> line, String area, @Nullable LandUse use,
			@Nullable Long park, @Nullable Long zone, @Nullable String power, @Nullable String water,
			@Nullable String gas, @Nullable String investment, @Nullable String output, @Nullable String tax,
			@Nullable String energy, boolean highPollution) {
		BigDecimal mu = new BigDecimal(area);
		return new MatchNeed(1, 1, "ZS-TEST", "test", null, Stage.NEGOTIATION, industry, null, null, line,
				highPollution, mu, mu, use, park, zone, dec(power), dec(water), dec(gas), dec(investment), mu,
				dec(output), dec(tax), dec(energy), null);
	}

	private static @Nullable BigDecimal dec(@Nullable String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
