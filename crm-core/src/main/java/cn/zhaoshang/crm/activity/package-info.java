/**
 * Activities (招商活动): visits, calls, site inspections, meetings, exhibitions, delegations,
 * and follow-ups with due dates ("My work").
 */
@NullMarked
package cn.zhaoshang.crm.activity;

import org.jspecify.annotations.NullMarked;
