package cn.zhaoshang.crm.land;

import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Triggers the expiry sweep on {@code crm.land.expiry-cron} (every 10 minutes; "-" turns
 * it off). With several app nodes the sweep runs on one of them per tick: the node that
 * takes the "land.reservation-expiry" lock.
 */
@Component
class ReservationExpirySchedule {

	private final ReservationExpiry expiry;

	/**
	 * Sweeps this node actually ran (a tick lost to another node's lock does not count).
	 */
	private final AtomicInteger runs = new AtomicInteger();

	ReservationExpirySchedule(ReservationExpiry expiry) {
		this.expiry = expiry;
	}

	@Scheduled(cron = "${crm.land.expiry-cron:0 */10 * * * *}")
	@SchedulerLock(name = "land.reservation-expiry", lockAtMostFor = "PT9M", lockAtLeastFor = "PT30S")
	public void sweep() {
		this.runs.incrementAndGet();
		this.expiry.releaseExpired();
	}

	int runs() {
		return this.runs.get();
	}

}
