package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The idle-land clock of a project's land (闲置土地, after the national rules on idle land)
 * on a given day. It starts on the contracted construction start when work has not
 * started ({@link Basis#NO_START}), or on the day work stopped when less than a third of
 * the area is built or less than 25 % of the investment is in place
 * ({@link Basis#STALLED}). One full year later (the anniversary, inclusive) the land is
 * idle and the idle-land fee of 20 % of the land price falls due; two years later the
 * land may be taken back.
 *
 * @param since the day the clock started
 * @param idleFrom since + 1 year: idle, the fee is due
 * @param takeBackFrom since + 2 years: the land may be taken back
 * @param fee 20 % of the land price, null when the land price is not recorded
 */
public record IdleLandClock(Basis basis, LocalDate since, LocalDate idleFrom, LocalDate takeBackFrom,
		@Nullable BigDecimal fee, LocalDate asOf) {

	/** 闲置费: 20 % of the land price. */
	public static final BigDecimal FEE_SHARE = new BigDecimal("0.20");

	/** Why the clock runs. */
	public enum Basis {

		/** 超过约定动工日期未动工. */
		NO_START,

		/** 已动工但开发面积不足三分之一或投资不足25%，中止开发建设. */
		STALLED;

	}

	/** Where the land stands on {@link #asOf}. */
	public enum Status {

		/** The clock runs: not idle yet. */
		RUNNING,

		/** Idle: the fee is due (since {@link IdleLandClock#idleFrom}). */
		IDLE,

		/** Idle two years: the land may be taken back. */
		TAKE_BACK;

	}

	/**
	 * The clock on {@code asOf}, or empty when none runs (work started and goes on, or
	 * the contracted start has not come yet). Shares that cannot be computed (no
	 * committed area or investment) are not taken as too low.
	 * @param contractedStart 约定开工日期
	 * @param actualStart 实际开工日期
	 * @param workStoppedSince when work stopped, if it did
	 * @param builtArea area built so far, m²
	 * @param committedArea building area in the contract, m²
	 * @param fundsInPlace money in place so far, 万元
	 * @param committedInvestment investment in the contract, 万元
	 * @param landPrice land price of the project's plots, 万元
	 */
	public static Optional<IdleLandClock> of(@Nullable LocalDate contractedStart, @Nullable LocalDate actualStart,
			@Nullable LocalDate workStoppedSince, @Nullable BigDecimal builtArea, @Nullable BigDecimal committedArea,
			BigDecimal fundsInPlace, @Nullable BigDecimal committedInvestment, @Nullable BigDecimal landPrice,
			LocalDate asOf) {
		Basis basis;
		LocalDate since;
		if (actualStart == null || actualStart.isAfter(asOf)) {
			if (contractedStart == null) {
				return Optional.empty();
			}
			basis = Basis.NO_START;
			since = contractedStart;
		}
		else if (workStoppedSince != null
				&& (belowThird(builtArea, committedArea) || belowQuarter(fundsInPlace, committedInvestment))) {
			basis = Basis.STALLED;
			since = workStoppedSince;
		}
		else {
			return Optional.empty();
		}
		if (asOf.isBefore(since)) {
			return Optional.empty();
		}
		BigDecimal fee = (landPrice != null) ? landPrice.multiply(FEE_SHARE).setScale(2, RoundingMode.HALF_UP) : null;
		return Optional.of(new IdleLandClock(basis, since, since.plusYears(1), since.plusYears(2), fee, asOf));
	}

	public Status status() {
		if (this.asOf.isBefore(this.idleFrom)) {
			return Status.RUNNING;
		}
		return this.asOf.isBefore(this.takeBackFrom) ? Status.IDLE : Status.TAKE_BACK;
	}

	/**
	 * Days until the next consequence (idle, then take-back); 0 once the land may be
	 * taken back.
	 */
	public long daysToNext() {
		return switch (status()) {
			case RUNNING -> ChronoUnit.DAYS.between(this.asOf, this.idleFrom);
			case IDLE -> ChronoUnit.DAYS.between(this.asOf, this.takeBackFrom);
			case TAKE_BACK -> 0;
		};
	}

	/** built < committed / 3, exactly (built × 3 < committed). */
	private static boolean belowThird(@Nullable BigDecimal built, @Nullable BigDecimal committed) {
		if (committed == null || committed.signum() == 0) {
			return false;
		}
		BigDecimal b = (built != null) ? built : BigDecimal.ZERO;
		return b.multiply(BigDecimal.valueOf(3)).compareTo(committed) < 0;
	}

	/** in place < 25 % of committed, exactly (in place × 4 < committed). */
	private static boolean belowQuarter(BigDecimal inPlace, @Nullable BigDecimal committed) {
		if (committed == null || committed.signum() == 0) {
			return false;
		}
		return inPlace.multiply(BigDecimal.valueOf(4)).compareTo(committed) < 0;
	}

}
