package cn.zhaoshang.crm.park;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Parks, zones and plots on the demo data; every test rolls back. */
@SpringBootTest
@Transactional
class ParkServiceTest {

	@Autowired
	ParkService parks;

	@Autowired
	DSLContext dsl;

	@Test
	@WithUserDetails("director")
	void a_director_sees_the_four_parks_with_the_seed_areas() {
		List<ParkOverview> all = this.parks.overview();
		assertThat(all).extracting(ParkOverview::code).containsExactly("AUTO_PARTS", "TSINGHUA", "SME", "PIPELINE");
		assertThat(all).extracting(ParkOverview::plannedAreaMu)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("2020"), new BigDecimal("402.6"), new BigDecimal("249.38"),
					new BigDecimal("444"));
		// the demo plots cover each park exactly
		assertThat(all).allSatisfy(p -> assertThat(p.unplottedMu()).isEqualByComparingTo(BigDecimal.ZERO));
	}

	@Test
	@WithUserDetails("op_auto")
	void a_park_operator_sees_only_their_park() {
		assertThat(this.parks.overview()).extracting(ParkOverview::code).containsExactly("AUTO_PARTS");
		assertThat(this.parks.parks()).extracting(ParkRef::code).containsExactly("AUTO_PARTS");
	}

	@Test
	@WithUserDetails("op_pipeline")
	void scope_follows_the_operators_park() {
		assertThat(this.parks.overview()).extracting(ParkOverview::code).containsExactly("PIPELINE");
		long autoParts = park("AUTO_PARTS");
		assertThatThrownBy(() -> this.parks.detail(autoParts)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.parks.plots(autoParts)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.parks.zones(autoParts)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("op_auto")
	void the_auto_parts_park_by_allocations_free_reserved_allocated() {
		ParkOverview auto = this.parks.overview().getFirst();
		// AP-P-01..04 confirmed (120+100+80+160); AP-P-12 (60) and AP-S-01 (80) reserved
		assertThat(auto.allocatedMu()).isEqualByComparingTo("460");
		assertThat(auto.reservedMu()).isEqualByComparingTo("140");
		assertThat(auto.availableMu()).isEqualByComparingTo("1420");
		assertThat(auto.idleMu()).isEqualByComparingTo("0");
	}

	@Test
	@WithUserDetails("op_auto")
	void the_park_page_shows_land_by_zone_industries_and_thresholds() {
		ParkDetail detail = this.parks.detail(park("AUTO_PARTS"));
		assertThat(detail.zones()).extracting(ZoneLand::nameZh).containsExactly("工业生产区", "汽车后市场区", "综合配套区");
		ZoneLand production = detail.zones().getFirst();
		assertThat(production.plannedAreaMu()).isEqualByComparingTo("1500");
		assertThat(production.plottedMu()).isEqualByComparingTo("1500");
		assertThat(production.freeMu()).isEqualByComparingTo("980");
		assertThat(production.largestFreeMu()).isEqualByComparingTo("200");
		assertThat(production.plannedIndustries()).extracting(IndustryRef::code)
			.containsExactly("AUTO_PARTS", "NEV", "LITHIUM_BATTERY", "NEW_MATERIALS");
		assertThat(detail.admittedIndustries()).extracting(IndustryRef::code).contains("AUTO_PARTS", "LOGISTICS");
		assertThat(detail.thresholds().minInvestmentIntensity()).isEqualByComparingTo("300");
		assertThat(detail.focusZh()).contains("汽车后市场区");
	}

	@Test
	@WithUserDetails("op_sme")
	void an_idle_plot_counts_as_idle_and_offers_no_land() {
		ParkOverview sme = this.parks.overview().getFirst();
		assertThat(sme.idleMu()).isEqualByComparingTo("40"); // SME-05, allocated but idle
		PlotRow idle = this.parks.plots(park("SME"))
			.stream()
			.filter(p -> p.code().equals("SME-05"))
			.findFirst()
			.orElseThrow();
		assertThat(idle.status()).isEqualTo(PlotStatus.IDLE);
		assertThat(idle.freeArea()).isEqualByComparingTo("0");
	}

	// ---------------------------------------------------------------- plot edits

	@Test
	@WithUserDetails("admin")
	void plots_never_add_up_to_more_than_the_park() {
		long pipeline = park("PIPELINE"); // 444 亩, all plotted
		PlotForm extra = new PlotForm(null, null, pipeline, null, "PL-06", new BigDecimal("1"), LandUse.INDUSTRIAL,
				null, null, null, null, null, null, null, null, null);
		assertThatThrownBy(() -> this.parks.savePlot(extra)).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo("plot.error.exceeds-park");
			assertThat(ex.arguments()).containsExactly("areaMu", new BigDecimal("0.00"), new BigDecimal("444.00"));
		});
		// shrink PL-05 by 10 亩, then a 10 亩 plot fits
		PlotRow pl05 = plot(pipeline, "PL-05");
		this.parks.savePlot(withArea(PlotForm.of(pl05), "50"));
		long id = this.parks.savePlot(new PlotForm(null, null, pipeline, null, "pl-06", new BigDecimal("10"),
				LandUse.INDUSTRIAL, new BigDecimal("600"), null, null, null, null, null, null, null, "新划地块"));
		assertThat(this.dsl.fetchValue(PLOT.CODE, PLOT.ID.eq(id))).isEqualTo("PL-06");
		assertThat(
				this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("plot").and(AUDIT_EVENT.ENTITY_ID.eq(id))))
			.isEqualTo(1);
		assertThatThrownBy(() -> this.parks.savePlot(withArea(PlotForm.of(plot(pipeline, "PL-06")), "10.01")))
			.hasMessage("plot.error.exceeds-park");
	}

	@Test
	@WithUserDetails("op_auto")
	void a_plot_is_not_resized_below_the_land_its_allocations_hold() {
		PlotRow ap01 = plot(park("AUTO_PARTS"), "AP-P-01"); // 120 亩 allocated to 现代摩比斯
		assertThatThrownBy(() -> this.parks.savePlot(withArea(PlotForm.of(ap01), "100"))).isInstanceOfSatisfying(
				DomainException.class,
				ex -> assertThat(ex.arguments()).containsExactly("areaMu", new BigDecimal("120.00")));
	}

	@Test
	@WithUserDetails("op_auto")
	void plot_rectangles_stay_on_the_plan_and_do_not_overlap() {
		PlotRow ap05 = plot(park("AUTO_PARTS"), "AP-P-05");
		PlotForm moved = new PlotForm(ap05.id(), ap05.version(), ap05.parkId(), ap05.zoneId(), ap05.code(),
				ap05.areaMu(), ap05.landUse(), null, null, null, 0, 0, 100, 100, null, null);
		assertThatThrownBy(() -> this.parks.savePlot(moved)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.arguments()).containsExactly("plan", "AP-P-01"));
		PlotForm outside = new PlotForm(ap05.id(), ap05.version(), ap05.parkId(), ap05.zoneId(), ap05.code(),
				ap05.areaMu(), ap05.landUse(), null, null, null, 950, 0, 100, 100, null, null);
		assertThatThrownBy(() -> this.parks.savePlot(outside)).hasMessage("plot.error.plan-outside");
		PlotForm half = new PlotForm(ap05.id(), ap05.version(), ap05.parkId(), ap05.zoneId(), ap05.code(),
				ap05.areaMu(), ap05.landUse(), null, null, null, 950, null, null, null, null, null);
		assertThatThrownBy(() -> this.parks.savePlot(half)).hasMessage("plot.error.plan-incomplete");
	}

	@Test
	@WithUserDetails("op_auto")
	void plot_edits_check_code_version_and_park() {
		long auto = park("AUTO_PARTS");
		PlotRow ap05 = plot(auto, "AP-P-05");
		PlotForm stale = new PlotForm(ap05.id(), ap05.version() + 1, ap05.parkId(), ap05.zoneId(), ap05.code(),
				ap05.areaMu(), ap05.landUse(), null, null, null, null, null, null, null, null, null);
		assertThatThrownBy(() -> this.parks.savePlot(stale)).isInstanceOf(ConcurrentEditException.class);
		PlotForm taken = new PlotForm(ap05.id(), ap05.version(), ap05.parkId(), ap05.zoneId(), "AP-P-06", ap05.areaMu(),
				ap05.landUse(), null, null, null, null, null, null, null, null, null);
		assertThatThrownBy(() -> this.parks.savePlot(taken)).hasMessage("plot.error.code-taken");
		PlotForm badCode = new PlotForm(null, null, auto, null, "地块 1", BigDecimal.ONE, LandUse.INDUSTRIAL, null, null,
				null, null, null, null, null, null, null);
		assertThatThrownBy(() -> this.parks.savePlot(badCode)).hasMessage("plot.error.code-format");
		// an operator keeps their own park's plots only
		PlotForm elsewhere = new PlotForm(null, null, park("SME"), null, "SME-09", BigDecimal.ONE, LandUse.RD, null,
				null, null, null, null, null, null, null, null);
		assertThatThrownBy(() -> this.parks.savePlot(elsewhere)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("staff")
	void staff_and_directors_do_not_edit_plots() {
		PlotForm form = PlotForm.empty(park("SME"));
		assertThatThrownBy(() -> this.parks.savePlot(form)).isInstanceOf(AccessDeniedException.class);
	}

	private long park(String code) {
		return this.dsl.fetchValue(PARK.ID, PARK.CODE.eq(code));
	}

	private PlotRow plot(long parkId, String code) {
		return this.parks.plots(parkId).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
	}

	private static PlotForm withArea(PlotForm f, String area) {
		return new PlotForm(f.id(), f.version(), f.parkId(), f.zoneId(), f.code(), new BigDecimal(area), f.landUse(),
				f.powerKva(), f.waterTPerDay(), f.gasM3PerDay(), f.planX(), f.planY(), f.planW(), f.planH(),
				f.landPrice(), f.notes());
	}

}
