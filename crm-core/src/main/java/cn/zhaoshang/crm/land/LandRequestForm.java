package cn.zhaoshang.crm.land;

import java.math.BigDecimal;

import cn.zhaoshang.crm.park.LandUse;
import org.jspecify.annotations.Nullable;

/** A project's land request as its form edits it; id and version null when new. */
public record LandRequestForm(@Nullable Long id, @Nullable Integer version, long projectId, @Nullable BigDecimal areaMu,
		@Nullable Long parkId, @Nullable Long zoneId, @Nullable LandUse landUse, @Nullable BigDecimal powerKva,
		@Nullable BigDecimal waterTPerDay, @Nullable BigDecimal gasM3PerDay, @Nullable String notes) {

	public static LandRequestForm empty(long projectId) {
		return new LandRequestForm(null, null, projectId, null, null, null, LandUse.INDUSTRIAL, null, null, null, null);
	}

	public static LandRequestForm of(LandRequestRow r) {
		return new LandRequestForm(r.id(), r.version(), r.projectId(), r.areaMu(), r.parkId(), r.zoneId(), r.landUse(),
				r.powerKva(), r.waterTPerDay(), r.gasM3PerDay(), r.notes());
	}

}
