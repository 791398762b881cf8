package cn.zhaoshang.crm.land;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the reservation expiry sweep ({@link ReservationExpiry}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LandConfiguration {

}
