package cn.zhaoshang.crm.land;

import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.park.PlotLand;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The land held on a plot is kept on the plot row by triggers (V020), for every writer:
 * the CRM's reserve, confirm and release, the expiry sweep, and SQL written by hand.
 * After each step the kept figure and {@link PlotLand#freeMu()} must equal the
 * allocations summed (every test rolls back).
 */
@SpringBootTest
@Transactional
class HeldLandTest {

	@Autowired
	AllocationService allocations;

	@Autowired
	ReservationExpiry expiry;

	@Autowired
	DSLContext dsl;

	@Autowired
	UserDetailsService users;

	LandFixture demo;

	@BeforeEach
	void fixture() {
		this.demo = new LandFixture(this.dsl, this.users);
	}

	@Test
	void the_demo_plots_keep_what_their_allocations_hold() {
		assertThat(this.dsl.fetchCount(PLOT)).isGreaterThan(30);
		this.dsl.selectFrom(PLOT).fetch().forEach(p -> assertKept(p.getCode()));
		// the demo has reservations and confirmed allocations: not all zero
		assertThat(this.dsl.fetchCount(PLOT, PLOT.HELD_MU.gt(BigDecimal.ZERO))).isGreaterThan(2);
	}

	@Test
	void reserve_confirm_and_release_through_the_crm() {
		this.demo.signInAs("staff2");
		long plot = this.demo.plot("AP-P-05");
		long id = this.allocations
			.reserve(new ReserveForm(plot, this.demo.request("ZS-2026-004"), new BigDecimal("120")));
		assertThat(held("AP-P-05")).isEqualByComparingTo("120");
		assertThat(free("AP-P-05")).isEqualByComparingTo("80");
		assertThat(this.dsl.fetchValue(PLOT.HOLD_EXPIRES_AT, PLOT.ID.eq(plot)))
			.isEqualTo(this.demo.allocation(id).getExpiresAt());
		assertKept("AP-P-05");

		this.allocations.release(id, this.demo.allocation(id).getVersion(), "对方改选他处");
		assertThat(held("AP-P-05")).isEqualByComparingTo("0");
		assertThat(this.dsl.fetchValue(PLOT.HOLD_EXPIRES_AT, PLOT.ID.eq(plot))).isNull();
		assertKept("AP-P-05");

		var signed = this.demo.open("AP-P-12", "ZS-2026-003");
		this.demo.signInAs("op_auto");
		this.allocations.confirm(signed.getId(), signed.getVersion());
		assertThat(held("AP-P-12")).isEqualByComparingTo("60");
		assertThat(this.dsl.fetchValue(PLOT.HOLD_EXPIRES_AT, PLOT.CODE.eq("AP-P-12"))).isNull();
		assertKept("AP-P-12");
	}

	@Test
	void an_expired_reservation_frees_its_land_before_and_after_the_sweep() {
		var reservation = this.demo.open("AP-P-12", "ZS-2026-003");
		this.dsl.update(LAND_ALLOCATION)
			.set(LAND_ALLOCATION.EXPIRES_AT,
					DSL.localDateTimeSub(DSL.currentLocalDateTime(), DSL.inline(5), DatePart.MINUTE))
			.where(LAND_ALLOCATION.ID.eq(reservation.getId()))
			.execute();
		// still counted on the row, which now says it has expired: free land is summed
		assertThat(held("AP-P-12")).isEqualByComparingTo("60");
		assertThat(this.dsl.fetchValue(PLOT.HOLD_EXPIRES_AT, PLOT.CODE.eq("AP-P-12"))).isBefore(LocalDateTime.now());
		assertThat(free("AP-P-12")).isEqualByComparingTo("60");
		assertKept("AP-P-12");

		assertThat(this.expiry.releaseExpired()).isEqualTo(1);
		assertThat(held("AP-P-12")).isEqualByComparingTo("0");
		assertThat(free("AP-P-12")).isEqualByComparingTo("60");
		assertKept("AP-P-12");
	}

	@Test
	void sql_written_by_hand_is_kept_too() {
		long plot = this.demo.plot("AP-P-05");
		long id = this.dsl.insertInto(LAND_ALLOCATION)
			.set(LAND_ALLOCATION.PLOT_ID, plot)
			.set(LAND_ALLOCATION.PROJECT_ID, this.demo.project("ZS-2026-004"))
			.set(LAND_ALLOCATION.AREA_MU, new BigDecimal("33.50"))
			.set(LAND_ALLOCATION.STATUS, LandAllocationStatus.CONFIRMED)
			.set(LAND_ALLOCATION.CONFIRMED_AT, LocalDateTime.now())
			.returningResult(LAND_ALLOCATION.ID)
			.fetchSingle(LAND_ALLOCATION.ID);
		assertThat(held("AP-P-05")).isEqualByComparingTo("33.50");
		assertKept("AP-P-05");

		// moved to another plot: both are refreshed
		this.dsl.update(LAND_ALLOCATION)
			.set(LAND_ALLOCATION.PLOT_ID, this.demo.plot("AP-P-12"))
			.where(LAND_ALLOCATION.ID.eq(id))
			.execute();
		assertThat(held("AP-P-05")).isEqualByComparingTo("0");
		assertThat(held("AP-P-12")).isEqualByComparingTo("93.50");
		assertKept("AP-P-05");
		assertKept("AP-P-12");

		this.dsl.deleteFrom(LAND_ALLOCATION).where(LAND_ALLOCATION.ID.eq(id)).execute();
		assertThat(held("AP-P-12")).isEqualByComparingTo("60");
		assertKept("AP-P-12");
	}

	private BigDecimal held(String plotCode) {
		return this.dsl.fetchValue(PLOT.HELD_MU, PLOT.CODE.eq(plotCode));
	}

	private BigDecimal free(String plotCode) {
		return this.dsl.select(PlotLand.freeMu()).from(PLOT).where(PLOT.CODE.eq(plotCode)).fetchSingle().value1();
	}

	/** The kept figure and the free land agree with the allocations summed. */
	private void assertKept(String plotCode) {
		long plot = this.demo.plot(plotCode);
		BigDecimal recorded = this.dsl.select(coalesce(sum(LAND_ALLOCATION.AREA_MU), BigDecimal.ZERO))
			.from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.PLOT_ID.eq(plot))
			.and(LAND_ALLOCATION.STATUS.in(LandAllocationStatus.RESERVED, LandAllocationStatus.CONFIRMED))
			.fetchSingle()
			.value1();
		BigDecimal holding = this.dsl.select(coalesce(sum(LAND_ALLOCATION.AREA_MU), BigDecimal.ZERO))
			.from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.PLOT_ID.eq(plot))
			.and(PlotLand.holdsLand(LAND_ALLOCATION))
			.fetchSingle()
			.value1();
		BigDecimal area = this.dsl.fetchValue(PLOT.AREA_MU, PLOT.ID.eq(plot));
		assertThat(held(plotCode)).as("held on %s", plotCode).isEqualByComparingTo(recorded);
		assertThat(free(plotCode)).as("free on %s", plotCode).isEqualByComparingTo(area.subtract(holding));
	}

}
