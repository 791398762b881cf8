package cn.zhaoshang.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole app on the embedded engine, over real HTTP: the login page, a failed and a
 * successful sign-in, and a page behind it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationSmokeIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void unauthenticated_requests_are_sent_to_the_login() throws Exception {
		HttpClient client = client();
		HttpResponse<String> root = client.send(get("/investors"), HttpResponse.BodyHandlers.ofString());
		assertThat(root.statusCode()).isEqualTo(302);
		assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void wrong_password_returns_to_the_login_with_an_error_and_no_stack_trace() throws Exception {
		HttpClient client = client();
		HttpResponse<String> result = signIn(client, "staff", "wrong-password");
		assertThat(result.statusCode()).isEqualTo(302);
		assertThat(result.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		HttpResponse<String> page = client.send(get("/login?error"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void a_demo_user_signs_in_and_reaches_the_app() throws Exception {
		HttpClient client = client();
		HttpResponse<String> result = signIn(client, "director", "Cangzhou@2026");
		assertThat(result.statusCode()).isEqualTo(302);
		assertThat(result.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		HttpResponse<String> app = client.send(get("/investors"), HttpResponse.BodyHandlers.ofString());
		assertThat(app.statusCode()).isEqualTo(200);
		assertThat(app.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void an_unknown_user_gets_the_same_answer_as_a_wrong_password() throws Exception {
		HttpResponse<String> result = signIn(client(), "nobody-here", "whatever-password");
		assertThat(result.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
	}

	@Test
	void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String username = "locktest-" + System.nanoTime() % 1_000_000;
		jdbc.update("INSERT INTO app_user (username, password_hash, display_name) VALUES (?, ?, ?)", username,
				this.passwordEncoder.encode("the-right-password"), "Lock Test");
		Long id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
		jdbc.update("INSERT INTO app_user_role (user_id, role) VALUES (?, 'STAFF')", id);
		try {
			assertThat(signIn(client(), username, "the-right-password").headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
			for (int i = 0; i < 5; i++) {
				assertThat(signIn(client(), username, "wrong-" + i).headers().firstValue("Location"))
					.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
			}
			assertThat(signIn(client(), username, "the-right-password").headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'LOGIN_FAILED'", Integer.class,
					username))
				.isEqualTo(6);
		}
		finally {
			jdbc.update("DELETE FROM app_user WHERE id = ?", id);
		}
	}

	private HttpResponse<String> signIn(HttpClient client, String username, String password) throws Exception {
		HttpResponse<String> login = client.send(get("/login"), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		Matcher csrf = CSRF.matcher(login.body());
		String form = "username=" + enc(username) + "&password=" + enc(password)
				+ (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
		HttpRequest post = HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return client.send(post, HttpResponse.BodyHandlers.ofString());
	}

	private HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
