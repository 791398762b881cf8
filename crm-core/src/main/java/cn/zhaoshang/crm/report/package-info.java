/**
 * The director's cockpit (驾驶舱) and the monthly pipeline report: every figure is an SQL
 * aggregate computed once ({@link cn.zhaoshang.crm.report.Cockpit}) and rendered on
 * screen, as .xlsx and as PDF from that same object, so they never disagree.
 */
@NullMarked
package cn.zhaoshang.crm.report;

import org.jspecify.annotations.NullMarked;
