package cn.zhaoshang.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.ui.security.ActiveSessions;
import cn.zhaoshang.crm.user.UserAdminService;
import cn.zhaoshang.crm.user.UserForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Over real HTTP: an administrator disabling a user (or changing the roles) ends that
 * user's open sessions at once; every page carries the security headers; sessions time
 * out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionEndIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private static final String PASSWORD = "Session-test-2026";

	@LocalServerPort
	int port;

	@Autowired
	UserAdminService admin;

	@Autowired
	UserDetailsService users;

	@Autowired
	ActiveSessions sessions;

	@Autowired
	DataSource dataSource;

	@Value("${server.servlet.session.timeout}")
	String sessionTimeout;

	@Value("${vaadin.closeIdleSessions}")
	boolean closeIdleSessions;

	private final String username = "session.test" + (System.nanoTime() % 100_000);

	@AfterEach
	void removeTheUser() {
		SecurityContextHolder.clearContext();
		// deleting a user keeps its audit rows (user_id set to NULL, the triggers allow
		// it)
		new JdbcTemplate(this.dataSource).update("DELETE FROM app_user WHERE username = ?", this.username);
	}

	@Test
	void disabling_a_user_ends_every_open_session_at_once() throws Exception {
		long id = createUser();
		HttpClient laptop = client();
		HttpClient phone = client();
		assertThat(signedInLocation(laptop)).doesNotContain("error");
		assertThat(signedInLocation(phone)).doesNotContain("error");
		assertThat(get(laptop, "/investors").statusCode()).isEqualTo(200);
		assertThat(get(phone, "/investors").statusCode()).isEqualTo(200);
		assertThat(this.sessions.count(this.username)).isEqualTo(2);

		asAdmin();
		this.admin.disable(id, this.admin.get(id).version());

		assertThat(this.sessions.count(this.username)).isZero();
		for (HttpClient client : new HttpClient[] { laptop, phone }) {
			HttpResponse<String> page = get(client, "/investors");
			assertThat(page.statusCode()).isEqualTo(302);
			assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		}
		assertThat(signedInLocation(client())).endsWith("/login?error");
	}

	@Test
	void new_roles_take_effect_at_once_by_ending_the_sessions() throws Exception {
		long id = createUser();
		HttpClient browser = client();
		signedInLocation(browser);
		assertThat(get(browser, "/investors").statusCode()).isEqualTo(200);

		asAdmin();
		UserForm user = this.admin.get(id);
		this.admin.update(new UserForm(id, user.version(), user.username(), user.displayName(), user.email(),
				Set.of(Roles.DIRECTOR), null));

		assertThat(get(browser, "/investors").statusCode()).isEqualTo(302);
		HttpClient again = client();
		assertThat(signedInLocation(again)).doesNotContain("error");
		assertThat(get(again, "/audit-log").statusCode()).isEqualTo(200);
	}

	@Test
	void every_page_carries_the_security_headers() throws Exception {
		for (String path : new String[] { "/login", "/investors" }) {
			HttpResponse<String> page = get(client(), path);
			var headers = page.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'")
					.contains("frame-ancestors 'self'")
					.contains("object-src 'none'")
					.contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'"));
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
			assertThat(headers.firstValue("Permissions-Policy")).as(path)
				.hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
		}
	}

	@Test
	void sessions_time_out_after_thirty_idle_minutes_even_with_a_tab_open() {
		assertThat(this.sessionTimeout).isEqualTo("30m");
		// Vaadin's heartbeats would otherwise keep an open tab's session alive for ever
		assertThat(this.closeIdleSessions).isTrue();
	}

	private long createUser() {
		asAdmin();
		long id = this.admin.create(new UserForm(null, 0, this.username, "会话测试", null, Set.of(Roles.STAFF), null),
				PASSWORD);
		SecurityContextHolder.clearContext();
		return id;
	}

	private void asAdmin() {
		UserDetails admin = this.users.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
	}

	/** Signs in on the login form; returns where the app sends the browser. */
	private String signedInLocation(HttpClient client) throws Exception {
		HttpResponse<String> login = get(client, "/login");
		Matcher csrf = CSRF.matcher(login.body());
		String form = "username=" + enc(this.username) + "&password=" + enc(PASSWORD)
				+ (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
		HttpResponse<String> result = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(result.statusCode()).isEqualTo(302);
		return result.headers().firstValue("Location").orElseThrow();
	}

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
