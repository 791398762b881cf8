package cn.zhaoshang.crm.land;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.db.tables.records.LandAllocationRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks reservations that ran out unconfirmed as released (kind EXPIRED). They stop
 * holding land the moment they expire (PlotLand.holdsLand); the sweep tidies their status
 * and the plots' on a schedule ({@link ReservationExpirySchedule}). A system action:
 * audited without a user.
 */
@Component
class ReservationExpiry {

	private static final Logger log = LoggerFactory.getLogger(ReservationExpiry.class);

	private static final int BATCH = 200;

	private final LandRepository land;

	private final AuditLog audit;

	ReservationExpiry(LandRepository land, AuditLog audit) {
		this.land = land;
		this.audit = audit;
	}

	@Transactional(isolation = Isolation.READ_COMMITTED) // as AllocationService: no gap
															// locks
	public int releaseExpired() {
		int released = 0;
		var now = this.land.now();
		long lockedPlot = -1;
		LandRepository.LockedPlot plot = null;
		for (long[] expired : this.land.expiredReservations(BATCH)) {
			if (expired[0] != lockedPlot) {
				if (plot != null) {
					this.land.refreshPlotStatus(plot.id());
				}
				plot = this.land.lockPlot(expired[0]).orElseThrow();
				lockedPlot = expired[0];
			}
			LandAllocationRecord a = this.land.lockAllocation(expired[1]).orElse(null);
			if (a != null && AllocationService.expired(a, now)) {
				AllocationService.expire(this.land, this.audit, plot, a);
				released++;
			}
		}
		if (plot != null) {
			this.land.refreshPlotStatus(plot.id());
		}
		if (released > 0) {
			log.info("Released {} expired land reservation(s)", released);
		}
		return released;
	}

}
