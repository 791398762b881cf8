/**
 * Parks (园区), their zones and plots (地块) and the land on them: the park overview and
 * page, plot editing under the park-area invariant, and the one definition of which
 * allocations hold land ({@link cn.zhaoshang.crm.park.PlotLand}).
 */
@NullMarked
package cn.zhaoshang.crm.park;

import org.jspecify.annotations.NullMarked;
