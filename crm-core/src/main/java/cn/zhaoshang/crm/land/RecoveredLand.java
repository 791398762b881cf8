package cn.zhaoshang.crm.land;

import java.math.BigDecimal;

/**
 * What 腾笼换鸟 has given back to the plan: plots offered again, their land (亩) and the
 * yearly energy (tce) of the projects that left them.
 */
public record RecoveredLand(int plots, BigDecimal areaMu, BigDecimal energyTce) {
}
