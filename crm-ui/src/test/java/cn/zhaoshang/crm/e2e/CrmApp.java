package cn.zhaoshang.crm.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged CRM ({@code crm-ui/target/crm.jar}, production frontend bundle) started as
 * its own process, as an operator would run it: a free port, a fresh embedded MariaDB
 * data directory, the demo data. One instance serves the whole suite.
 */
final class CrmApp implements AutoCloseable {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Duration START_TIMEOUT = Duration
		.ofSeconds(Long.parseLong(System.getProperty("e2e.start-timeout-seconds", "240")));

	private final Process process;

	private final Path log;

	private final String baseUrl;

	private CrmApp(Process process, Path log, String baseUrl) {
		this.process = process;
		this.log = log;
		this.baseUrl = baseUrl;
	}

	static CrmApp start() {
		Path jar = Path.of(System.getProperty("e2e.jar", "target/crm.jar")).toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: build it with ./mvnw -Pe2e verify (or package)");
		}
		Path work = E2E.workDir();
		deleteEarlierRuns(work);
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		// a fresh data directory: the embedded MariaDB creates it and Flyway loads the
		// demo data
		Path dataDir = work.resolve("data-" + stamp);
		Path log = work.resolve("app-" + stamp + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(work.toFile());
		Map<String, String> env = builder.environment();
		// the embedded engine with demo data, whatever the calling shell points at
		List.of("CRM_DB_URL", "CRM_DB_USER", "CRM_DB_PASSWORD", "CRM_ADMIN_USERNAME", "CRM_ADMIN_PASSWORD",
				"SPRING_PROFILES_ACTIVE")
			.forEach(env::remove);
		env.put("CRM_DATA_DIR", dataDir.toString());
		env.put("PORT", "0");
		try {
			Process process = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
			int port = awaitPort(process, log);
			CrmApp app = new CrmApp(process, log, "http://localhost:" + port);
			app.awaitLoginPage();
			return app;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start " + jar, ex);
		}
	}

	/**
	 * Data directories, logs and failure shots of earlier runs (a few hundred MB each).
	 */
	private static void deleteEarlierRuns(Path work) {
		try (Stream<Path> entries = Files.list(work)) {
			for (Path entry : entries
				.filter(e -> e.getFileName().toString().matches("(data|app)-\\d{8}-\\d{6}.*|failures"))
				.toList()) {
				try (Stream<Path> tree = Files.walk(entry)) {
					tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
		}
		catch (IOException ex) {
			// leftovers under target/ do no harm
		}
	}

	private static int awaitPort(Process process, Path log) throws IOException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (Files.exists(log)) {
				String text = Files.readString(log, StandardCharsets.UTF_8);
				Matcher m = STARTED.matcher(text);
				if (m.find()) {
					return Integer.parseInt(m.group(1));
				}
				// a failed start can leave the JVM (and its embedded database) running:
				// stop
				// both at once instead of waiting for the timeout
				if (text.contains("Application run failed")) {
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly();
					throw new IllegalStateException("the CRM failed to start, see " + log);
				}
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("the CRM stopped while starting, see " + log);
			}
			sleep(250);
		}
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		throw new IllegalStateException("the CRM did not start within " + START_TIMEOUT + ", see " + log);
	}

	private void awaitLoginPage() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest get = HttpRequest.newBuilder(URI.create(this.baseUrl + "/login")).GET().build();
		for (int i = 0; i < 60; i++) {
			try {
				if (http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(500);
		}
		throw new IllegalStateException("no login page at " + this.baseUrl + ", see " + this.log);
	}

	String baseUrl() {
		return this.baseUrl;
	}

	Path log() {
		return this.log;
	}

	@Override
	public void close() throws InterruptedException {
		// SIGTERM: Spring closes the context and the embedded MariaDB stops with it
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
