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
 * view, and the security headers. Who may do what is decided again in crm-core's
 * services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

	/**
	 * As strict as Vaadin Flow 25.2 allows: its bootstrap page starts the client engine
	 * with an inline script and the engine builds functions from what the server sends
	 * (executeJs, event data), hence 'unsafe-inline' 'unsafe-eval' for scripts and
	 * 'unsafe-inline' for styles (Vaadin's documented requirement). Everything else comes
	 * from this origin only; no plug-ins, no framing by other sites, forms post only
	 * here. Checked in headless Chromium: no violation in the console on any view.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'",
			"script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'");

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll());
		http.headers(headers -> headers.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(frame -> frame.sameOrigin())
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
					"Permissions-Policy", PERMISSIONS_POLICY))
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
