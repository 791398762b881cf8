package cn.zhaoshang.crm.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Web security: Vaadin's configurer (CSRF, static resources, view access) with our login
 * view. Who may do what is decided again in crm-core's services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll());
		http.headers(headers -> headers.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(frame -> frame.sameOrigin())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			// before Vaadin writes its pages: written lazily, some were lost on the
			// bootstrap page
			.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
				@Override
				public <O extends HeaderWriterFilter> O postProcess(O filter) {
					filter.setShouldWriteHeadersEagerly(true);
					return filter;
				}
			}));
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
		return http.build();
	}

}
