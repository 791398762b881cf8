/**
 * Land for projects: a project's land requests (用地需求) and the allocation of plots to
 * them, RESERVED (expires unless confirmed) → CONFIRMED (已供地) → RELEASED. The land
 * running allocations hold on a plot never exceeds the plot's area, also under concurrent
 * reservations (row locks in one transaction).
 */
@NullMarked
package cn.zhaoshang.crm.land;

import org.jspecify.annotations.NullMarked;
