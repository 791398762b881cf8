package cn.zhaoshang.crm.report;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A park's land today (plots by status, 亩) and its tenants: projects with a confirmed
 * allocation (已供地) on its plots.
 *
 * @param idleMu IDLE and RECLAIMING plots
 * @param intensity 平均投资强度: the tenants' total investment / their allocated area, 万元/亩
 * (tenants without an investment figure left out of both); null without tenants
 */
public record ParkLand(long parkId, String code, String nameZh, String nameEn, BigDecimal allocatedMu,
		BigDecimal reservedMu, BigDecimal freeMu, BigDecimal idleMu, int tenants, @Nullable BigDecimal intensity) {

	public ParkLand {
		allocatedMu = Ratios.two(allocatedMu);
		reservedMu = Ratios.two(reservedMu);
		freeMu = Ratios.two(freeMu);
		idleMu = Ratios.two(idleMu);
	}

}
