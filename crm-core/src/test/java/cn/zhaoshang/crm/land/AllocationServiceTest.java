package cn.zhaoshang.crm.land;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.zhaoshang.crm.db.enums.LandAllocationReleaseKind;
import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.park.ParkOverview;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.park.PlotRow;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The allocation lifecycle on the demo data (every test rolls back): AP-P-05 (200 亩) is
 * free; staff2 owns ZS-2026-004 (150 亩, in negotiation), ZS-2026-005 (90 亩) and the
 * signed ZS-2026-003, whose 60 亩 on AP-P-12 wait for confirmation; op_auto reserved
 * AP-S-01 for the lead ZS-2026-001.
 */
@SpringBootTest
@Transactional
class AllocationServiceTest {

	@Autowired
	AllocationService allocations;

	@Autowired
	ParkService parks;

	@Autowired
	ProjectService projects;

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

	// ---------------------------------------------------------------- reserve

	@Test
	void staff_reserve_part_of_a_plot_and_only_the_rest_stays_free() {
		this.demo.signInAs("staff2");
		long id = this.allocations.reserve(
				new ReserveForm(this.demo.plot("AP-P-05"), this.demo.request("ZS-2026-004"), new BigDecimal("120")));

		var row = this.demo.allocation(id);
		assertThat(row.getStatus()).isEqualTo(LandAllocationStatus.RESERVED);
		assertThat(row.getExpiresAt()).isAfter(LocalDateTime.now().plusDays(29));
		assertThat(this.demo.plotStatus("AP-P-05")).isEqualTo("RESERVED");
		PlotRow plot = plot("AP-P-05");
		assertThat(plot.reservedMu()).isEqualByComparingTo("120");
		assertThat(plot.freeArea()).isEqualByComparingTo("80");
		assertThat(audits(id, "RESERVE")).isEqualTo(1);

		// the next one gets only what is left, with the plot and the free land in the
		// refusal
		long other = this.demo.request("ZS-2026-005");
		assertThatThrownBy(
				() -> this.allocations.reserve(new ReserveForm(this.demo.plot("AP-P-05"), other, new BigDecimal("90"))))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("allocation.error.not-enough-land");
				assertThat(ex.arguments()).containsExactly("areaMu", "AP-P-05", new BigDecimal("80.00"));
			});
		this.allocations.reserve(new ReserveForm(this.demo.plot("AP-P-05"), other, new BigDecimal("80")));
		assertThat(plot("AP-P-05").freeArea()).isEqualByComparingTo("0");
	}

	@Test
	void a_reservation_releases_the_plots_expired_ones_and_takes_their_land() {
		this.demo.signInAs("staff2");
		long first = this.allocations.reserve(
				new ReserveForm(this.demo.plot("AP-P-05"), this.demo.request("ZS-2026-004"), new BigDecimal("120")));
		this.dsl.update(LAND_ALLOCATION)
			.set(LAND_ALLOCATION.RESERVED_AT,
					DSL.localDateTimeSub(DSL.currentLocalDateTime(), DSL.inline(10), DatePart.MINUTE))
			.set(LAND_ALLOCATION.EXPIRES_AT,
					DSL.localDateTimeSub(DSL.currentLocalDateTime(), DSL.inline(5), DatePart.MINUTE))
			.where(LAND_ALLOCATION.ID.eq(first))
			.execute();

		// 200 亩: the expired 120 no longer count
		long second = this.allocations.reserve(
				new ReserveForm(this.demo.plot("AP-P-05"), this.demo.request("ZS-2026-005"), new BigDecimal("90")));

		assertThat(this.demo.allocation(first).getReleaseKind()).isEqualTo(LandAllocationReleaseKind.EXPIRED);
		assertThat(audits(first, "EXPIRE")).isEqualTo(1);
		assertThat(this.demo.allocation(second).getStatus()).isEqualTo(LandAllocationStatus.RESERVED);
		assertThat(this.demo.plotStatus("AP-P-05")).isEqualTo("RESERVED");
		assertThat(plot("AP-P-05").freeArea()).isEqualByComparingTo("110");
	}

	@Test
	void reserving_beside_confirmed_land_leaves_the_plot_allocated() {
		this.demo.signInAs("staff2");
		long confirmed = this.allocations.reserve(
				new ReserveForm(this.demo.plot("AP-P-05"), this.demo.request("ZS-2026-004"), new BigDecimal("120")));
		// as if confirmed (供地): the project itself is not signed yet
		this.dsl.update(LAND_ALLOCATION)
			.set(LAND_ALLOCATION.STATUS, LandAllocationStatus.CONFIRMED)
			.set(LAND_ALLOCATION.CONFIRMED_AT, DSL.currentLocalDateTime(DSL.inline(3)))
			.where(LAND_ALLOCATION.ID.eq(confirmed))
			.execute();
		this.dsl.update(cn.zhaoshang.crm.db.Tables.PLOT)
			.set(cn.zhaoshang.crm.db.Tables.PLOT.STATUS, cn.zhaoshang.crm.db.enums.PlotStatus.ALLOCATED)
			.where(cn.zhaoshang.crm.db.Tables.PLOT.CODE.eq("AP-P-05"))
			.execute();

		this.allocations.reserve(
				new ReserveForm(this.demo.plot("AP-P-05"), this.demo.request("ZS-2026-005"), new BigDecimal("80")));

		assertThat(this.demo.plotStatus("AP-P-05")).isEqualTo("ALLOCATED");
		assertThat(plot("AP-P-05").freeArea()).isEqualByComparingTo("0");
	}

	@Test
	void a_request_gets_no_more_than_it_asks_for() {
		this.demo.signInAs("staff2");
		long request = this.demo.request("ZS-2026-005"); // 90 亩
		this.allocations.reserve(new ReserveForm(this.demo.plot("AP-P-11"), request, new BigDecimal("80")));
		assertThatThrownBy(() -> this.allocations
			.reserve(new ReserveForm(this.demo.plot("AP-P-10"), request, new BigDecimal("20"))))
			.hasMessage("allocation.error.more-than-requested");
	}

	@Test
	void bad_areas_are_refused_at_the_field() {
		this.demo.signInAs("staff2");
		long request = this.demo.request("ZS-2026-004");
		long plot = this.demo.plot("AP-P-05");
		assertThatThrownBy(() -> this.allocations.reserve(new ReserveForm(plot, request, null)))
			.hasMessage("validation.required");
		assertThatThrownBy(() -> this.allocations.reserve(new ReserveForm(plot, request, BigDecimal.ZERO)))
			.hasMessage("allocation.error.area-positive");
		assertThatThrownBy(() -> this.allocations.reserve(new ReserveForm(plot, request, new BigDecimal("1.005"))))
			.hasMessage("allocation.error.area-scale");
	}

	@Test
	void staff_reserve_only_for_projects_they_may_edit() {
		this.demo.signInAs("staff"); // ZS-2026-004 is staff2's
		assertThatThrownBy(() -> this.allocations
			.reserve(new ReserveForm(this.demo.plot("AP-P-05"), this.demo.request("ZS-2026-004"), BigDecimal.TEN)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_park_operator_reserves_in_their_park_only() {
		long request = this.demo.request("ZS-2026-004");
		this.demo.signInAs("op_pipeline");
		assertThatThrownBy(
				() -> this.allocations.reserve(new ReserveForm(this.demo.plot("AP-P-05"), request, BigDecimal.TEN)))
			.isInstanceOf(AccessDeniedException.class);

		this.demo.signInAs("op_auto");
		assertThat(plot("AP-P-05").reservedMu()).isEqualByComparingTo("0");
		this.allocations.reserve(new ReserveForm(this.demo.plot("AP-P-05"), request, new BigDecimal("150")));
		// ZS-2026-004 prefers no park; holding land in AUTO_PARTS makes it visible to
		// op_auto
		assertThat(this.projects.get(this.demo.project("ZS-2026-004")).code()).isEqualTo("ZS-2026-004");
	}

	@Test
	void no_land_for_a_project_on_hold_and_none_on_an_idle_plot() {
		this.demo.signInAs("staff2");
		assertThatThrownBy(() -> this.allocations
			.reserve(new ReserveForm(this.demo.plot("SME-04"), this.demo.request("ZS-2017-002"), BigDecimal.TEN)))
			.hasMessage("allocation.error.project-closed");
		assertThatThrownBy(() -> this.allocations
			.reserve(new ReserveForm(this.demo.plot("SME-05"), this.demo.request("ZS-2026-005"), BigDecimal.TEN)))
			.hasMessage("allocation.error.plot-out-of-supply");
	}

	// ---------------------------------------------------------------- confirm

	@Test
	void the_operator_confirms_the_signed_projects_reservation_and_the_park_totals_change() {
		this.demo.signInAs("op_auto");
		ParkOverview before = this.parks.overview().getFirst();
		var reservation = this.demo.open("AP-P-12", "ZS-2026-003");

		this.allocations.confirm(reservation.getId(), reservation.getVersion());

		var confirmed = this.demo.allocation(reservation.getId());
		assertThat(confirmed.getStatus()).isEqualTo(LandAllocationStatus.CONFIRMED);
		assertThat(confirmed.getConfirmedAt()).isNotNull();
		assertThat(this.demo.plotStatus("AP-P-12")).isEqualTo("ALLOCATED");
		ParkOverview after = this.parks.overview().getFirst();
		assertThat(after.allocatedMu()).isEqualByComparingTo(before.allocatedMu().add(new BigDecimal("60")));
		assertThat(after.reservedMu()).isEqualByComparingTo(before.reservedMu().subtract(new BigDecimal("60")));
		assertThat(audits(reservation.getId(), "CONFIRM")).isEqualTo(1);
	}

	@Test
	void a_reservation_is_confirmed_only_once_the_project_is_signed() {
		this.demo.signInAs("op_auto");
		var lead = this.demo.open("AP-S-01", "ZS-2026-001"); // a lead: no contract yet
		assertThatThrownBy(() -> this.allocations.confirm(lead.getId(), lead.getVersion()))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("allocation.error.not-signed");
				assertThat(ex.arguments()).containsExactly("project", Stage.LEAD.messageKey());
			});
		assertThat(this.demo.allocation(lead.getId()).getStatus()).isEqualTo(LandAllocationStatus.RESERVED);
	}

	@Test
	void only_the_parks_operator_or_a_director_confirms() {
		var reservation = this.demo.open("AP-P-12", "ZS-2026-003");
		this.demo.signInAs("op_pipeline");
		assertThatThrownBy(() -> this.allocations.confirm(reservation.getId(), reservation.getVersion()))
			.isInstanceOf(AccessDeniedException.class);
		this.demo.signInAs("staff2"); // the owner: reserves, never confirms
		assertThatThrownBy(() -> this.allocations.confirm(reservation.getId(), reservation.getVersion()))
			.isInstanceOf(AccessDeniedException.class);
		this.demo.signInAs("director");
		this.allocations.confirm(reservation.getId(), reservation.getVersion());
		assertThat(this.demo.allocation(reservation.getId()).getStatus()).isEqualTo(LandAllocationStatus.CONFIRMED);
	}

	@Test
	void a_stale_version_is_refused() {
		this.demo.signInAs("op_auto");
		var reservation = this.demo.open("AP-P-12", "ZS-2026-003");
		assertThatThrownBy(() -> this.allocations.confirm(reservation.getId(), reservation.getVersion() + 1))
			.isInstanceOf(ConcurrentEditException.class);
	}

	// ---------------------------------------------------------------- release and expiry

	@Test
	void a_release_by_hand_needs_a_reason_and_frees_the_land() {
		this.demo.signInAs("op_auto");
		var reservation = this.demo.open("AP-S-01", "ZS-2026-001");
		assertThatThrownBy(() -> this.allocations.release(reservation.getId(), reservation.getVersion(), "  "))
			.hasMessage("validation.required");

		this.allocations.release(reservation.getId(), reservation.getVersion(), "企业改选其他城市");

		var released = this.demo.allocation(reservation.getId());
		assertThat(released.getStatus()).isEqualTo(LandAllocationStatus.RELEASED);
		assertThat(released.getReleaseKind()).isEqualTo(LandAllocationReleaseKind.MANUAL);
		assertThat(released.getReleaseReason()).isEqualTo("企业改选其他城市");
		assertThat(this.demo.plotStatus("AP-S-01")).isEqualTo("AVAILABLE");
		assertThat(plot("AP-S-01").freeArea()).isEqualByComparingTo("80");
		assertThat(audits(reservation.getId(), "RELEASE")).isEqualTo(1);
	}

	@Test
	void staff_release_land_of_their_own_projects_only() {
		var reservation = this.demo.open("AP-P-12", "ZS-2026-003"); // staff2's project
		this.demo.signInAs("staff");
		assertThatThrownBy(() -> this.allocations.release(reservation.getId(), reservation.getVersion(), "不需要了"))
			.isInstanceOf(AccessDeniedException.class);
		this.demo.signInAs("staff2");
		this.allocations.release(reservation.getId(), reservation.getVersion(), "企业缩减扩产规模");
		assertThat(this.demo.allocation(reservation.getId()).getStatus()).isEqualTo(LandAllocationStatus.RELEASED);
	}

	@Test
	void a_lost_project_gives_its_land_back_in_the_stage_moves_transaction() {
		this.demo.signInAs("staff2");
		long project = this.demo.project("ZS-2026-003");
		var reservation = this.demo.open("AP-P-12", "ZS-2026-003");
		int version = this.projects.get(project).version();

		this.projects.moveStage(project, version, Stage.LOST, null, "企业资金链断裂");

		var released = this.demo.allocation(reservation.getId());
		assertThat(released.getStatus()).isEqualTo(LandAllocationStatus.RELEASED);
		assertThat(released.getReleaseKind()).isEqualTo(LandAllocationReleaseKind.PROJECT_LOST);
		assertThat(released.getReleaseReason()).isEqualTo("企业资金链断裂");
		assertThat(this.demo.plotStatus("AP-P-12")).isEqualTo("AVAILABLE");
		assertThat(audits(reservation.getId(), "RELEASE")).isEqualTo(1);
	}

	@Test
	void an_expired_reservation_holds_no_land_cannot_be_confirmed_and_the_sweep_releases_it() {
		var reservation = this.demo.open("AP-P-12", "ZS-2026-003");
		this.dsl.update(LAND_ALLOCATION)
			.set(LAND_ALLOCATION.EXPIRES_AT,
					DSL.localDateTimeSub(DSL.currentLocalDateTime(), DSL.inline(5), DatePart.MINUTE))
			.where(LAND_ALLOCATION.ID.eq(reservation.getId()))
			.execute();
		this.demo.signInAs("op_auto");
		assertThat(plot("AP-P-12").freeArea()).isEqualByComparingTo("60");
		assertThat(this.allocations.forPark(this.demo.park("AUTO_PARTS"), true, PageRequest.first(50)))
			.filteredOn(a -> a.id() == reservation.getId())
			.singleElement()
			.satisfies(a -> {
				assertThat(a.expired()).isTrue();
				assertThat(a.holdsLand()).isFalse();
				assertThat(a.confirmable()).isFalse();
			});
		assertThatThrownBy(() -> this.allocations.confirm(reservation.getId(), reservation.getVersion()))
			.hasMessage("allocation.error.expired");

		assertThat(this.expiry.releaseExpired()).isEqualTo(1);

		var expired = this.demo.allocation(reservation.getId());
		assertThat(expired.getStatus()).isEqualTo(LandAllocationStatus.RELEASED);
		assertThat(expired.getReleaseKind()).isEqualTo(LandAllocationReleaseKind.EXPIRED);
		assertThat(expired.getReleasedBy()).isNull();
		assertThat(this.demo.plotStatus("AP-P-12")).isEqualTo("AVAILABLE");
		assertThat(audits(reservation.getId(), "EXPIRE")).isEqualTo(1);
	}

	// ---------------------------------------------------------------- lists

	@Test
	void the_park_list_says_what_the_caller_may_do() {
		long autoParts = this.demo.park("AUTO_PARTS");
		this.demo.signInAs("op_auto");
		var rows = this.allocations.forPark(autoParts, true, PageRequest.first(50));
		assertThat(rows).hasSize(this.allocations.countForPark(autoParts, true));
		assertThat(rows).filteredOn(a -> a.plotCode().equals("AP-P-12"))
			.singleElement()
			.satisfies(a -> assertThat(a.confirmable()).isTrue());
		assertThat(rows).filteredOn(a -> a.plotCode().equals("AP-S-01"))
			.singleElement()
			.satisfies(a -> assertThat(a.confirmable()).isFalse()); // a lead
		assertThat(rows).allMatch(AllocationRow::releasable);

		this.demo.signInAs("staff"); // owns ZS-2026-001, not staff2's ZS-2026-003
		var seenByStaff = this.allocations.forPark(autoParts, true, PageRequest.first(50));
		assertThat(seenByStaff).noneMatch(AllocationRow::confirmable);
		assertThat(seenByStaff).filteredOn(a -> a.projectCode().equals("ZS-2026-001"))
			.allMatch(AllocationRow::releasable);
		assertThat(seenByStaff).filteredOn(a -> a.projectCode().equals("ZS-2026-003"))
			.noneMatch(AllocationRow::releasable);
	}

	private PlotRow plot(String code) {
		long id = this.demo.plot(code);
		return this.parks
			.plots(this.dsl.fetchValue(cn.zhaoshang.crm.db.Tables.PLOT.PARK_ID,
					cn.zhaoshang.crm.db.Tables.PLOT.ID.eq(id)))
			.stream()
			.filter(p -> p.id() == id)
			.findFirst()
			.orElseThrow();
	}

	private int audits(long allocationId, String action) {
		return this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ENTITY_TYPE.eq("land_allocation")
					.and(AUDIT_EVENT.ENTITY_ID.eq(allocationId))
					.and(AUDIT_EVENT.ACTION.eq(action)));
	}

}
