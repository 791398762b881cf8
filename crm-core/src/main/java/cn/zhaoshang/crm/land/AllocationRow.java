package cn.zhaoshang.crm.land;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.zhaoshang.crm.project.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One reservation or allocation of land on a plot, as the caller may see it (a code-named
 * project shows its code name without need-to-know).
 *
 * @param expired a reservation whose time ran out (it holds no land any more)
 * @param confirmable the caller may confirm it now (operator of the park or director,
 * reservation running, project signed or later)
 * @param releasable the caller may release it by hand
 */
public record AllocationRow(long id, int version, long plotId, String plotCode, long parkId, String parkNameZh,
		String parkNameEn, @Nullable String zoneNameZh, @Nullable String zoneNameEn, long projectId, String projectCode,
		String projectName, Stage projectStage, @Nullable Long landRequestId, BigDecimal areaMu,
		AllocationStatus status, boolean expired, @Nullable String reservedBy, @Nullable LocalDateTime reservedAt,
		@Nullable LocalDateTime expiresAt, @Nullable String confirmedBy, @Nullable LocalDateTime confirmedAt,
		@Nullable String releasedBy, @Nullable LocalDateTime releasedAt, @Nullable ReleaseKind releaseKind,
		@Nullable String releaseReason, boolean confirmable, boolean releasable) {

	/** Holds land now: confirmed, or reserved and not expired. */
	public boolean holdsLand() {
		return this.status == AllocationStatus.CONFIRMED || (this.status == AllocationStatus.RESERVED && !this.expired);
	}

}
