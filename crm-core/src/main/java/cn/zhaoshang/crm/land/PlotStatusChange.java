package cn.zhaoshang.crm.land;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.zhaoshang.crm.park.PlotStatus;
import org.jspecify.annotations.Nullable;

/** One step of a plot through the idle-land cycle, as the plot's history shows it. */
public record PlotStatusChange(PlotStatus from, PlotStatus to, @Nullable RecoveryRoute route, String note,
		@Nullable BigDecimal freedMu, @Nullable BigDecimal freedEnergyTce, String changedByName,
		LocalDateTime changedAt) {
}
