package cn.zhaoshang.crm.matching;

import java.math.BigDecimal;

/** The land an option proposes to take from a plot (a part of it is fine). */
public record PlotTake(long plotId, String code, BigDecimal freeMu, BigDecimal takeMu) {
}
