package cn.zhaoshang.crm.land;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.park.PlotStatus;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class PlotRecoveryServiceTest {

	@Autowired
	PlotRecoveryService recovery;

	@Autowired
	DSLContext dsl;

	private long plot(String code) {
		return this.dsl.fetchValue(PLOT.ID, PLOT.CODE.eq(code));
	}

	private int version(long plot) {
		return this.dsl.fetchValue(PLOT.VERSION, PLOT.ID.eq(plot));
	}

	private String status(long plot) {
		return this.dsl.fetchValue(PLOT.STATUS, PLOT.ID.eq(plot)).name();
	}

	@Test
	@WithUserDetails("op_auto")
	void the_operator_moves_an_idle_plot_through_recovery_back_into_supply() {
		long plot = plot("AP-P-01"); // 120 亩, allocated in the demo
		int held = this.dsl.fetchCount(LAND_ALLOCATION,
				LAND_ALLOCATION.PLOT_ID.eq(plot).and(LAND_ALLOCATION.STATUS.eq(LandAllocationStatus.CONFIRMED)));
		assertThat(held).isPositive();
		var before = this.recovery.recovered();

		this.recovery.markIdle(plot, version(plot), "两年未开工，经核查认定为闲置土地");
		assertThat(status(plot)).isEqualTo("IDLE");
		assertThatThrownBy(() -> this.recovery.startRecovery(plot, version(plot), null, "收回"))
			.isInstanceOf(DomainException.class)
			.hasMessage("plot.error.route-required");
		this.recovery.startRecovery(plot, version(plot), RecoveryRoute.TAKE_BACK, "依法收回");
		assertThat(status(plot)).isEqualTo("RECLAIMING");
		this.recovery.offerAgain(plot, version(plot), "收回完成，重新挂牌供地");

		assertThat(status(plot)).isEqualTo("AVAILABLE");
		assertThat(this.dsl.fetchCount(LAND_ALLOCATION,
				LAND_ALLOCATION.PLOT_ID.eq(plot).and(LAND_ALLOCATION.STATUS.ne(LandAllocationStatus.RELEASED))))
			.isZero();
		assertThat(this.recovery.history(plot)).extracting(PlotStatusChange::to)
			.containsExactly(PlotStatus.IDLE, PlotStatus.RECLAIMING, PlotStatus.AVAILABLE);
		assertThat(this.recovery.history(plot).get(1).route()).isEqualTo(RecoveryRoute.TAKE_BACK);
		var after = this.recovery.recovered();
		assertThat(after.plots()).isEqualTo(before.plots() + 1);
		assertThat(after.areaMu().subtract(before.areaMu())).isEqualByComparingTo("120");
		assertThat(this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ENTITY_TYPE.eq("plot")
					.and(AUDIT_EVENT.ENTITY_ID.eq(plot))
					.and(AUDIT_EVENT.ACTION.eq("PLOT_STATUS"))))
			.isEqualTo(3);
	}

	@Test
	@WithUserDetails("op_auto")
	void steps_out_of_order_stale_versions_and_empty_notes_are_refused() {
		long plot = plot("AP-P-02");
		assertThatThrownBy(() -> this.recovery.offerAgain(plot, version(plot), "直接供地"))
			.isInstanceOf(DomainException.class)
			.hasMessage("plot.error.wrong-status");
		assertThatThrownBy(() -> this.recovery.markIdle(plot, version(plot) + 1, "闲置"))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.recovery.markIdle(plot, version(plot), " ")).isInstanceOf(DomainException.class);
		assertThat(status(plot)).isEqualTo("ALLOCATED");
		assertThat(this.recovery.history(plot)).isEmpty();
	}

	@Test
	@WithUserDetails("op_pipeline")
	void another_park_s_operator_is_refused() {
		long plot = plot("AP-P-03");
		assertThatThrownBy(() -> this.recovery.markIdle(plot, version(plot), "闲置"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.recovery.history(plot)).isInstanceOf(AccessDeniedException.class);
		assertThat(status(plot)).isEqualTo("ALLOCATED");
	}

	@Test
	@WithUserDetails("staff")
	void staff_do_not_run_land() {
		long plot = plot("AP-P-03");
		assertThatThrownBy(() -> this.recovery.markIdle(plot, version(plot), "闲置"))
			.isInstanceOf(AccessDeniedException.class);
	}

}
