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

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole app on the embedded engine, over real HTTP: the login page, a failed and a
 * successful sign-in, and a page behind it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationSmokeIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

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
