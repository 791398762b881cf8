package cn.zhaoshang.crm.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import cn.zhaoshang.crm.fulfilment.IdleLandClock.Basis;
import cn.zhaoshang.crm.fulfilment.IdleLandClock.Status;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The idle-land clock on its day boundaries. */
class IdleLandClockTest {

	private static final LocalDate CONTRACTED_START = LocalDate.of(2024, 3, 15);

	@Test
	void not_started_the_day_before_one_year_the_clock_runs_on_the_day_the_land_is_idle_and_the_fee_due() {
		IdleLandClock dayBefore = notStarted(LocalDate.of(2025, 3, 14)).orElseThrow();
		assertThat(dayBefore.status()).isEqualTo(Status.RUNNING);
		assertThat(dayBefore.daysToNext()).isEqualTo(1);
		assertThat(dayBefore.idleFrom()).isEqualTo(LocalDate.of(2025, 3, 15));

		IdleLandClock dayOf = notStarted(LocalDate.of(2025, 3, 15)).orElseThrow();
		assertThat(dayOf.status()).isEqualTo(Status.IDLE);
		assertThat(dayOf.basis()).isEqualTo(Basis.NO_START);
		assertThat(dayOf.fee()).isEqualByComparingTo("192.00"); // 20 % of 960 万元
		assertThat(dayOf.daysToNext()).isEqualTo(365); // to 2026-03-15, take-back

		IdleLandClock dayAfter = notStarted(LocalDate.of(2025, 3, 16)).orElseThrow();
		assertThat(dayAfter.status()).isEqualTo(Status.IDLE);
		assertThat(dayAfter.daysToNext()).isEqualTo(364);
	}

	@Test
	void two_years_on_the_land_may_be_taken_back_not_a_day_earlier() {
		assertThat(notStarted(LocalDate.of(2026, 3, 14)).orElseThrow().status()).isEqualTo(Status.IDLE);
		IdleLandClock dayOf = notStarted(LocalDate.of(2026, 3, 15)).orElseThrow();
		assertThat(dayOf.status()).isEqualTo(Status.TAKE_BACK);
		assertThat(dayOf.takeBackFrom()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(dayOf.daysToNext()).isZero();
	}

	@Test
	void no_clock_before_the_contracted_start_or_once_work_started_and_goes_on() {
		assertThat(notStarted(LocalDate.of(2024, 3, 14))).isEmpty();
		assertThat(notStarted(LocalDate.of(2024, 3, 15))).isPresent();
		assertThat(IdleLandClock.of(CONTRACTED_START, LocalDate.of(2024, 4, 1), null, null, null, BigDecimal.ZERO, null,
				null, LocalDate.of(2026, 1, 1)))
			.isEmpty();
		// started later than the day asked about: not started yet on that day
		assertThat(IdleLandClock.of(CONTRACTED_START, LocalDate.of(2025, 6, 1), null, null, null, BigDecimal.ZERO, null,
				null, LocalDate.of(2025, 3, 15)))
			.isPresent();
	}

	@Test
	void stopped_work_counts_only_under_a_third_built_or_a_quarter_invested() {
		LocalDate stopped = LocalDate.of(2024, 6, 1);
		LocalDate asOf = LocalDate.of(2025, 6, 1);
		// exactly a third built and a quarter in place: not idle
		assertThat(stalled(stopped, "30000", "90000", "2500", "10000", asOf)).isEmpty();
		Optional<IdleLandClock> underAThird = stalled(stopped, "29999", "90000", "2500", "10000", asOf);
		assertThat(underAThird).get().satisfies(c -> {
			assertThat(c.basis()).isEqualTo(Basis.STALLED);
			assertThat(c.since()).isEqualTo(stopped);
			assertThat(c.status()).isEqualTo(Status.IDLE);
		});
		assertThat(stalled(stopped, "30000", "90000", "2499.99", "10000", asOf)).isPresent();
		// shares that cannot be computed are not taken as too low
		assertThat(stalled(stopped, null, null, "0", null, asOf)).isEmpty();
	}

	@Test
	void a_leap_day_start_is_idle_on_the_28th_of_february_a_year_later() {
		Optional<IdleLandClock> clock = IdleLandClock.of(LocalDate.of(2024, 2, 29), null, null, null, null,
				BigDecimal.ZERO, null, null, LocalDate.of(2025, 2, 28));
		assertThat(clock).get().extracting(IdleLandClock::status).isEqualTo(Status.IDLE);
		assertThat(clock.get().fee()).isNull(); // no land price recorded
	}

	private static Optional<IdleLandClock> notStarted(LocalDate asOf) {
		return IdleLandClock.of(CONTRACTED_START, null, null, null, null, BigDecimal.ZERO, null,
				new BigDecimal("960.00"), asOf);
	}

	private static Optional<IdleLandClock> stalled(LocalDate stopped, @Nullable String built,
			@Nullable String committedArea, String inPlace, @Nullable String committedInvestment, LocalDate asOf) {
		return IdleLandClock.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1), stopped, dec(built),
				dec(committedArea), new BigDecimal(inPlace), dec(committedInvestment), null, asOf);
	}

	private static @Nullable BigDecimal dec(@Nullable String text) {
		return (text == null) ? null : new BigDecimal(text);
	}

}
