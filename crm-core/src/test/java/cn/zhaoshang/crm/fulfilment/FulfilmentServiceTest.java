package cn.zhaoshang.crm.fulfilment;

import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_COMMITMENT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_FUNDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Commitments vs. actuals on the real database; every test rolls back. */
@SpringBootTest
@Transactional
class FulfilmentServiceTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Autowired
	FulfilmentService fulfilment;

	@Autowired
	DSLContext dsl;

	// ---------------------------------------------------------------- rates

	@Test
	@WithUserDetails("director")
	void the_rates_on_a_fixture_with_known_answers() {
		this.dsl.deleteFrom(PROJECT_FUNDS).execute();
		this.dsl.deleteFrom(PROJECT_COMMITMENT).execute();
		LocalDate y2020 = LocalDate.of(2020, 1, 1);
		// A: started and producing on time; 2025 tenant figures 296000 / 14500 / 900
		// reach 100000 / 5000 / 500
		long a = commit("ZS-2016-005", "10000", y2020, LocalDate.of(2021, 1, 1), "100000", "5000", 500);
		progress(a, LocalDate.of(2020, 1, 10), LocalDate.of(2021, 2, 1));
		funds(a, LocalDate.of(2020, 3, 1), "6000");
		funds(a, LocalDate.of(2026, 12, 1), "1000"); // after the day asked about
		// B: start due, never started; production not due yet
		long b = commit("ZS-2016-006", "20000", y2020, LocalDate.of(2027, 1, 1), null, null, null);
		funds(b, LocalDate.of(2020, 6, 1), "2000");
		// C: nothing due yet, no investment committed: in no rate
		long c = commit("ZS-2018-001", null, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), null, null, null);
		funds(c, LocalDate.of(2026, 1, 1), "5000");
		// D: on time, but 2025 output 104000 falls short of the 200000 committed
		long d = commit("ZS-2016-007", "10000", y2020, LocalDate.of(2021, 6, 30), "200000", null, null);
		progress(d, LocalDate.of(2019, 12, 1), LocalDate.of(2021, 6, 30));
		funds(d, LocalDate.of(2021, 1, 1), "10000");

		FulfilmentRates rates = this.fulfilment.rates(LocalDate.of(2026, 6, 30), null);
		assertThat(rates.start()).isEqualTo(new Rate(2, 3)); // A, D of A, B, D
		assertThat(rates.production()).isEqualTo(new Rate(2, 2)); // A, D
		assertThat(rates.fulfilment()).isEqualTo(new Rate(1, 3)); // only A keeps every
																	// commitment due
		assertThat(rates.fulfilment().percent()).isEqualByComparingTo("33.3");
		assertThat(rates.fundsInPlace()).isEqualByComparingTo("18000"); // 6000 + 2000 +
																		// 10000
		assertThat(rates.fundsCommitted()).isEqualByComparingTo("40000");
		assertThat(rates.fundsRate()).isEqualByComparingTo("45.0");

		// the day before A's contracted production date, A is not yet due to produce
		FulfilmentRates earlier = this.fulfilment.rates(LocalDate.of(2020, 12, 31), null);
		assertThat(earlier.production()).isEqualTo(new Rate(0, 0));
		assertThat(earlier.production().percent()).isNull();
		assertThat(earlier.start()).isEqualTo(new Rate(2, 3));

		// one park: A, B and D are the auto parts park's, C the pipeline park's
		FulfilmentRates auto = this.fulfilment.rates(LocalDate.of(2026, 6, 30), parkId("AUTO_PARTS"));
		assertThat(auto.start()).isEqualTo(new Rate(2, 3));
		assertThat(this.fulfilment.rates(LocalDate.of(2026, 6, 30), parkId("PIPELINE")).start())
			.isEqualTo(new Rate(0, 0));
	}

	@Test
	@WithUserDetails("director")
	void the_demo_zones_rates_today() {
		FulfilmentRates rates = this.fulfilment.rates(TODAY, null);
		assertThat(rates.start()).isEqualTo(new Rate(5, 6));
		assertThat(rates.production()).isEqualTo(new Rate(4, 5));
		assertThat(rates.fulfilment()).isEqualTo(new Rate(4, 6));
		assertThat(rates.fundsInPlace()).isEqualByComparingTo("230000");
		assertThat(rates.fundsCommitted()).isEqualByComparingTo("302000");
	}

	@Test
	@WithUserDetails("op_sme")
	void a_park_operator_gets_their_parks_rates_and_no_others() {
		FulfilmentRates mine = this.fulfilment.rates(TODAY, null);
		assertThat(mine.parkId()).isEqualTo(parkId("SME"));
		assertThat(mine.start()).isEqualTo(new Rate(0, 1)); // 云天, never started
		assertThatThrownBy(() -> this.fulfilment.rates(TODAY, parkId("AUTO_PARTS")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("staff")
	void staff_get_no_zone_rates() {
		assertThatThrownBy(() -> this.fulfilment.rates(TODAY, null)).isInstanceOf(AccessDeniedException.class);
	}

	// ---------------------------------------------------------------- idle land

	@Test
	@WithUserDetails("op_sme")
	void the_sme_operator_sees_yuntians_idle_plot_with_the_dates_its_consequences_fell_due() {
		assertThat(this.fulfilment.idleLand(TODAY)).singleElement().satisfies(idle -> {
			assertThat(idle.projectCode()).isEqualTo("ZS-2021-001");
			assertThat(idle.plots()).isEqualTo("SME-05");
			assertThat(idle.clock().since()).isEqualTo(LocalDate.of(2023, 9, 30));
			assertThat(idle.clock().idleFrom()).isEqualTo(LocalDate.of(2024, 9, 30));
			assertThat(idle.clock().takeBackFrom()).isEqualTo(LocalDate.of(2025, 9, 30));
			assertThat(idle.clock().status()).isEqualTo(IdleLandClock.Status.TAKE_BACK);
			assertThat(idle.clock().fee()).isEqualByComparingTo("192.00"); // 20 % of 960
		});
		assertThat(this.fulfilment.idleLand(LocalDate.of(2024, 9, 29)).getFirst().clock().status())
			.isEqualTo(IdleLandClock.Status.RUNNING);
	}

	@Test
	@WithUserDetails("op_auto")
	void another_parks_operator_does_not_see_it() {
		assertThat(this.fulfilment.idleLand(TODAY)).isEmpty();
	}

	@Test
	@WithUserDetails("staff2")
	void the_owner_sees_it_on_the_project_page() {
		Fulfilment f = this.fulfilment.fulfilment(idOf("ZS-2021-001"), TODAY);
		assertThat(f.idleLand()).isNotNull();
		assertThat(f.idleLand().status()).isEqualTo(IdleLandClock.Status.TAKE_BACK);
		// never started: overdue since the contracted start, 2023-09-30
		assertThat(f.dateLines(TODAY).getFirst().actual()).isNull();
		assertThat(f.dateLines(TODAY).getFirst().daysLate()).isEqualTo(1152L);
		assertThat(this.fulfilment.idleLand(TODAY)).extracting(IdleLand::projectCode).containsExactly("ZS-2021-001");
	}

	// ---------------------------------------------------------------- commitments and
	// progress

	@Test
	@WithUserDetails("staff")
	void the_project_page_shows_commitments_beside_actuals() {
		Fulfilment f = this.fulfilment.fulfilment(idOf("ZS-2016-004"), TODAY);
		assertThat(f.commitment().investment()).isEqualByComparingTo("75000");
		assertThat(f.fundsInPlace()).isEqualByComparingTo("68000");
		assertThat(f.fundsInPlace(FundsKind.FIXED_ASSET)).isEqualByComparingTo("60000");
		assertThat(f.fundsFrom(FundsOrigin.OUTSIDE_PROVINCE)).isEqualByComparingTo("45000");
		assertThat(f.fundsFrom(FundsOrigin.IN_CITY)).isEqualByComparingTo("8000");
		assertThat(f.latestYear().year()).isEqualTo(2025);
		assertThat(f.latestYear().output()).isEqualByComparingTo("181000");
		assertThat(f.idleLand()).isNull();
		assertThat(f.commitmentsEditable()).isTrue();
		assertThat(f.figureLines()).extracting(FigureLine::item, FigureLine::gap, FigureLine::year)
			.containsExactly(tuple(FigureLine.Item.INVESTMENT, new BigDecimal("-7000.00"), null),
					tuple(FigureLine.Item.FIXED_ASSETS, new BigDecimal("0.00"), null),
					tuple(FigureLine.Item.OUTPUT, new BigDecimal("-69000.00"), 2025),
					tuple(FigureLine.Item.TAX, new BigDecimal("-5100.00"), 2025),
					tuple(FigureLine.Item.JOBS, new BigDecimal("-100"), 2025));
		// started two days late, in production 88 days late, not at capacity yet
		assertThat(f.dateLines(TODAY)).extracting(DateLine::daysLate).containsExactly(2L, 88L, null);
	}

	@Test
	@WithUserDetails("staff")
	void commitments_only_for_signed_projects_and_a_stale_form_is_refused() {
		long negotiating = idOf("ZS-2016-002");
		assertThatThrownBy(() -> this.fulfilment.saveCommitments(form(negotiating, 0)))
			.hasMessage("fulfilment.error.not-signed");
		long yanfeng = idOf("ZS-2016-004");
		Commitment c = this.fulfilment.fulfilment(yanfeng, TODAY).commitment();
		this.fulfilment.saveCommitments(form(yanfeng, c.version()));
		assertThat(this.fulfilment.fulfilment(yanfeng, TODAY).commitment().jobs()).isEqualTo(900);
		assertThatThrownBy(() -> this.fulfilment.saveCommitments(form(yanfeng, c.version())))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.fulfilment.saveCommitments(new CommitmentForm(yanfeng, c.version() + 1, null,
				null, null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), null, null, null)))
			.hasMessage("fulfilment.error.production-before-start");
	}

	@Test
	@WithUserDetails("op_auto")
	void the_parks_operator_records_progress_and_funds_but_not_the_contract() {
		long yanfeng = idOf("ZS-2016-004");
		Fulfilment f = this.fulfilment.fulfilment(yanfeng, TODAY);
		assertThat(f.progressEditable()).isTrue();
		assertThat(f.commitmentsEditable()).isFalse();
		assertThatThrownBy(() -> this.fulfilment.saveCommitments(form(yanfeng, f.commitment().version())))
			.isInstanceOf(AccessDeniedException.class);
		this.fulfilment.addFunds(new FundsForm(yanfeng, LocalDate.of(2026, 10, 1), new BigDecimal("7000"),
				FundsKind.FIXED_ASSET, FundsOrigin.IN_CITY, "二期"));
		assertThat(this.fulfilment.fulfilment(yanfeng, TODAY).fundsInPlace()).isEqualByComparingTo("75000");
		Commitment c = this.fulfilment.fulfilment(yanfeng, TODAY).commitment();
		this.fulfilment.saveProgress(new ProgressForm(yanfeng, c.version(), c.actualStart(), c.actualProduction(),
				LocalDate.of(2026, 6, 30), c.builtAreaM2(), null));
		assertThat(this.fulfilment.fulfilment(yanfeng, TODAY).commitment().actualCapacity())
			.isEqualTo(LocalDate.of(2026, 6, 30));
		assertThatThrownBy(() -> this.fulfilment.addFunds(
				new FundsForm(yanfeng, TODAY, new BigDecimal("-1"), FundsKind.FIXED_ASSET, FundsOrigin.IN_CITY, null)))
			.hasMessage("fulfilment.error.amount-positive");
		// another park's project
		assertThatThrownBy(() -> this.fulfilment.addFunds(new FundsForm(idOf("ZS-2018-001"), TODAY, BigDecimal.TEN,
				FundsKind.FIXED_ASSET, FundsOrigin.IN_CITY, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("op_sme")
	void a_funds_entry_recorded_by_mistake_is_removed_once() {
		long yuntian = idOf("ZS-2021-001");
		FundsEntry entry = this.fulfilment.fulfilment(yuntian, TODAY).funds().getFirst();
		this.fulfilment.removeFunds(entry.id(), entry.version());
		assertThat(this.fulfilment.fulfilment(yuntian, TODAY).funds()).isEmpty();
		assertThatThrownBy(() -> this.fulfilment.removeFunds(entry.id(), entry.version()))
			.isInstanceOf(DomainException.class);
	}

	// ---------------------------------------------------------------- helpers

	private CommitmentForm form(long projectId, int version) {
		return new CommitmentForm(projectId, version, LocalDate.of(2017, 6, 28), new BigDecimal("75000"),
				new BigDecimal("60000"), null, LocalDate.of(2018, 3, 31), LocalDate.of(2019, 6, 30),
				new BigDecimal("250000"), new BigDecimal("12000"), 900);
	}

	private long commit(String code, @Nullable String investment, LocalDate start, LocalDate production,
			@Nullable String output, @Nullable String tax, @Nullable Integer jobs) {
		long id = idOf(code);
		this.fulfilment.saveCommitments(new CommitmentForm(id, 0, null, dec(investment), null, null, start, production,
				dec(output), dec(tax), jobs));
		return id;
	}

	private void progress(long projectId, LocalDate started, LocalDate producing) {
		Commitment c = this.fulfilment.fulfilment(projectId, TODAY).commitment();
		this.fulfilment.saveProgress(new ProgressForm(projectId, c.version(), started, producing, null, null, null));
	}

	private void funds(long projectId, LocalDate on, String amount) {
		this.fulfilment.addFunds(new FundsForm(projectId, on, new BigDecimal(amount), FundsKind.FIXED_ASSET,
				FundsOrigin.OUTSIDE_PROVINCE, null));
	}

	private static @Nullable BigDecimal dec(@Nullable String text) {
		return (text == null) ? null : new BigDecimal(text);
	}

	private long idOf(String code) {
		return this.dsl.fetchValue(PROJECT.ID, PROJECT.CODE.eq(code));
	}

	private long parkId(String code) {
		return this.dsl.fetchValue(PARK.ID, PARK.CODE.eq(code));
	}

}
