package cn.zhaoshang.crm.park;

import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentLocalDateTime;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;

import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.tables.LandAllocation;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;

/**
 * The one definition of which allocations hold land, shared by the park page, allocation
 * and matching so that they never disagree about free land.
 */
public final class PlotLand {

	private PlotLand() {
	}

	/**
	 * Confirmed, or reserved and not yet expired (by the database's clock). An expired
	 * reservation stops holding land at once, before the sweep marks it released.
	 */
	public static Condition holdsLand(LandAllocation a) {
		return a.STATUS.eq(LandAllocationStatus.CONFIRMED)
			.or(a.STATUS.eq(LandAllocationStatus.RESERVED)
				.and(a.EXPIRES_AT.isNull().or(a.EXPIRES_AT.gt(currentLocalDateTime(inline(3))))));
	}

	/**
	 * The plot's free land: its area less the land held on it. The plot row keeps what
	 * its reservations and confirmed allocations hold (V020, triggers on
	 * land_allocation); that is exact until its first reservation expires, and for a plot
	 * whose reservation has expired but is not yet released the allocations are summed
	 * instead.
	 */
	public static Field<BigDecimal> freeMu() {
		Field<BigDecimal> summed = coalesce(select(sum(LAND_ALLOCATION.AREA_MU)).from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.PLOT_ID.eq(PLOT.ID))
			.and(holdsLand(LAND_ALLOCATION))
			.asField(), BigDecimal.ZERO);
		Field<BigDecimal> held = when(
				PLOT.HOLD_EXPIRES_AT.isNull().or(PLOT.HOLD_EXPIRES_AT.gt(currentLocalDateTime(inline(3)))),
				PLOT.HELD_MU)
			.otherwise(summed);
		return PLOT.AREA_MU.minus(held);
	}

	/**
	 * A condition on the plot row alone that every plot with free land meets (and few
	 * without): less held than its area, or a reservation that has expired.
	 */
	public static Condition mayHaveFreeLand() {
		return PLOT.HELD_MU.lt(PLOT.AREA_MU).or(PLOT.HOLD_EXPIRES_AT.le(currentLocalDateTime(inline(3))));
	}

	/**
	 * Per plot, the land held by running reservations and by confirmed allocations, as a
	 * derived table {@code held(plot_id, reserved_mu, allocated_mu)}.
	 */
	public static Table<Record3<Long, BigDecimal, BigDecimal>> heldByPlot() {
		LandAllocation a = LAND_ALLOCATION.as("held_a");
		return select(a.PLOT_ID.as("plot_id"),
				sum(when(a.STATUS.eq(LandAllocationStatus.RESERVED), a.AREA_MU).otherwise(BigDecimal.ZERO))
					.as("reserved_mu"),
				sum(when(a.STATUS.eq(LandAllocationStatus.CONFIRMED), a.AREA_MU).otherwise(BigDecimal.ZERO))
					.as("allocated_mu"))
			.from(a)
			.where(holdsLand(a))
			.groupBy(a.PLOT_ID)
			.asTable("held");
	}

	public static Field<Long> plotId(Table<Record3<Long, BigDecimal, BigDecimal>> held) {
		return held.field("plot_id", Long.class);
	}

	public static Field<BigDecimal> reservedMu(Table<Record3<Long, BigDecimal, BigDecimal>> held) {
		return coalesce(held.field("reserved_mu", BigDecimal.class), BigDecimal.ZERO);
	}

	public static Field<BigDecimal> allocatedMu(Table<Record3<Long, BigDecimal, BigDecimal>> held) {
		return coalesce(held.field("allocated_mu", BigDecimal.class), BigDecimal.ZERO);
	}

}
