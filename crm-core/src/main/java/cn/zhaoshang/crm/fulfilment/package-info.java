/**
 * Commitments vs. actuals (履约监管): a signed project's contract commitments and its
 * progress against them (dates, funds in place 到位资金, yearly figures), the zone's
 * 履约率/开工率/投产率/资金到位率, and the idle-land clocks (闲置土地) with the dates their consequences
 * fall due.
 */
@NullMarked
package cn.zhaoshang.crm.fulfilment;

import org.jspecify.annotations.NullMarked;
