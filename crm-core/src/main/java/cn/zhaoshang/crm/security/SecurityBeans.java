package cn.zhaoshang.crm.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Method security is switched on here, once: every service method carries @PreAuthorize.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityBeans {

	/**
	 * BCrypt today, with the algorithm id stored in the hash so it can be upgraded later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
