package cn.zhaoshang.crm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * The UI half of issue 9, against the packaged app ({@code crm.jar}) in its own process:
 * <ul>
 * <li><b>cold start</b>: started once on a fresh data directory (creates the embedded
 * MariaDB and the demo data), stopped, then started {@code ui-bench.starts} times on that
 * existing directory as {@code java -jar crm.jar} (reported) and as operators start it,
 * through {@code start-crm.sh} with the JDK's ahead-of-time class cache (its first start
 * makes the cache: reported, not counted); each start is timed from launching the process
 * to {@code /login} answering 200 (target ≤ 10 s for start-crm.sh);</li>
 * <li><b>memory per session</b>: live heap after a full GC before and after batches of
 * real signed-in sessions (Debian's Chromium, user {@code staff}, opening the project
 * list and the investor list through the menu), divided by the batch size (target ≤ 1
 * MB). Two batches show whether the cost is linear.</li>
 * </ul>
 * Prints a table and writes {@code target/ui-benchmark.json}. Runs only with
 * {@code -Pbench} (crm-ui's failsafe execution after {@code package}).
 */
@Tag("bench")
class UiBenchmark {

	private static final Pattern STARTED_IN = Pattern
		.compile("Started Application in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

	/** The last line of {@code jcmd GC.class_histogram}: live instances and bytes. */
	private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

	private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

	private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

	private static final long TARGET_START_MILLIS = 10_000;

	/** How operators start the CRM (docs/operations.md). */
	private static final Path LAUNCHER = Path.of("src/main/dist/start-crm.sh");

	private static final long TARGET_SESSION_BYTES = 1024 * 1024;

	private final Path jar = Path.of(System.getProperty("e2e.jar", "target/crm.jar")).toAbsolutePath();

	private final Path work = E2E.workDir();

	private final int starts = Integer.getInteger("ui-bench.starts", 3);

	private final int[] batches = Arrays.stream(System.getProperty("ui-bench.sessions", "10,20").split(","))
		.map(String::strip)
		.mapToInt(Integer::parseInt)
		.toArray();

	private final String heap = System.getProperty("ui-bench.xmx", "768m");

	private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");

	@Test
	void cold_start_and_memory_per_session() throws Exception {
		assertThat(this.jar).as("build it first: ./mvnw -Pbench -pl crm-ui -am verify").isRegularFile();
		Path data = this.work.resolve("data");
		deleteTree(data);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("machine", machine());

		// 1. the first start creates the database and loads the demo data: not a cold
		// start
		Start first = start(data, "first", false);
		first.app.close();
		json.put("first_start_fresh_database", first.json());

		// 2. cold starts on the existing database, as `java -jar crm.jar` (reported)
		List<Start> plain = coldStarts(data, "plain", false, false);
		Map<String, Object> plainJson = coldJson("java -jar crm.jar", plain);
		json.put("cold_start_plain_jar", plainJson);

		// 3. cold starts as operators start it (docs/operations.md): start-crm.sh with
		// the
		// JDK's class cache; its first start makes the cache (reported, not counted); the
		// last start stays up for step 4
		Start training = start(data, "aot-training", true);
		training.app.close();
		json.put("aot_first_start_makes_the_cache", training.json());
		List<Start> cold = coldStarts(data, "aot", true, true);
		Map<String, Object> coldJson = coldJson("crm-ui/src/main/dist/start-crm.sh crm.jar", cold);
		coldJson.put("target_ms", TARGET_START_MILLIS);
		json.put("cold_start_existing_database", coldJson);
		long[] toLogin = cold.stream().mapToLong(s -> s.toLoginMillis).sorted().toArray();

		// 4. memory per signed-in session, on the app of the last cold start
		App app = cold.get(cold.size() - 1).app;
		Map<String, Object> memory = new LinkedHashMap<>();
		List<Map<String, Object>> steps = new ArrayList<>();
		try (app) {
			// warm-up: class loading, Vaadin's and Spring's caches, the pool, the JIT
			signInSessions(app, 3);
			Histogram before = app.histogram();
			Histogram previous = before;
			int total = 0;
			for (int n : this.batches) {
				signInSessions(app, n);
				total += n;
				Histogram after = app.histogram();
				Map<String, Object> step = new LinkedHashMap<>();
				step.put("sessions_added", n);
				step.put("sessions_total", total);
				step.put("live_bytes_before", previous.totalBytes);
				step.put("live_bytes_after", after.totalBytes);
				step.put("heap_used_after_full_gc_bytes", app.heapUsedBytes());
				step.put("bytes_per_session", (after.totalBytes - previous.totalBytes) / n);
				step.put("views_alive", Map.of("ProjectListView", after.instances("ProjectListView"),
						"InvestorListView", after.instances("InvestorListView")));
				steps.add(step);
				previous = after;
			}
			long perSession = (previous.totalBytes - before.totalBytes) / total;
			memory.put("steps", steps);
			memory.put("sessions", total);
			memory.put("bytes_per_session", perSession);
			memory.put("target_bytes", TARGET_SESSION_BYTES);
			memory.put("top_classes_per_session", previous.diff(before, total, 15));
			json.put("memory_per_session", memory);
			// every session still holds its views: nothing was dropped when the browser
			// went
			assertThat(previous.instances("InvestorListView")).as("investor lists alive").isGreaterThanOrEqualTo(total);
		}

		Path out = Path.of("target/ui-benchmark.json");
		Files.writeString(out, toJson(json, "") + "\n", StandardCharsets.UTF_8);
		System.out.println(table(first, plain, plainJson, training, cold, coldJson, steps, memory) + "written to "
				+ out.toAbsolutePath());

		assertThat(median(toLogin)).as("cold start median (ms)").isLessThanOrEqualTo(TARGET_START_MILLIS);
		assertThat((long) memory.get("bytes_per_session")).as("bytes per signed-in session")
			.isLessThanOrEqualTo(TARGET_SESSION_BYTES);
	}

	/**
	 * {@code ui-bench.starts} starts on the existing database, each stopped but the last
	 * if asked.
	 */
	private List<Start> coldStarts(Path data, String name, boolean aot, boolean keepLast)
			throws IOException, InterruptedException {
		List<Start> starts = new ArrayList<>();
		for (int i = 1; i <= this.starts; i++) {
			Start s = start(data, name + "-" + i, aot);
			starts.add(s);
			if (!keepLast || i < this.starts) {
				s.app.close();
			}
		}
		return starts;
	}

	private static Map<String, Object> coldJson(String command, List<Start> starts) {
		long[] toLogin = starts.stream().mapToLong(s -> s.toLoginMillis).sorted().toArray();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("command", command);
		json.put("runs", starts.stream().map(Start::json).toList());
		json.put("to_login_200_median_ms", median(toLogin));
		json.put("to_login_200_max_ms", toLogin[toLogin.length - 1]);
		return json;
	}

	/**
	 * {@code n} users each sign in as staff in a fresh Chromium and open the project list
	 * and then the investor list through the menu (one Vaadin UI per tab, as in real
	 * use). The browser is then killed, not closed: like a tab left open, the server
	 * keeps the session and its UI until the heartbeat and session timeouts (minutes), so
	 * the measurement sees what a working user costs.
	 */
	private void signInSessions(App app, int n) {
		for (int i = 0; i < n; i++) {
			Browser browser = new Browser();
			try {
				browser.open(app.baseUrl + "/login");
				WebElement form = browser.find(By.tagName("vaadin-login-form"));
				form.findElement(By.cssSelector("input[name=username]")).sendKeys("staff");
				form.findElement(By.cssSelector("input[name=password]")).sendKeys(E2E.DEMO_PASSWORD);
				browser.click(form.findElement(By.cssSelector("vaadin-button[slot=submit]")));
				browser.await("signed in", () -> browser.exists("main-nav"));
				openFromMenu(browser, "projects", "project-grid");
				openFromMenu(browser, "investors", "investor-grid");
			}
			finally {
				killChromium();
				try {
					browser.close();
				}
				catch (WebDriverException ex) {
					// Chromium was killed on purpose: quitting cannot reach it (its
					// profile is
					// deleted all the same)
				}
			}
		}
	}

	private static void openFromMenu(Browser browser, String route, String gridId) {
		browser.click(browser.find(By.cssSelector("#main-nav vaadin-side-nav-item[path='" + route + "']")));
		browser.await(route + " open", () -> browser.currentPath().equals("/" + route));
		assertThat(browser.gridRows(gridId)).as(gridId).isNotEmpty();
	}

	/** Chromium's processes (children of chromedriver), ended without a page unload. */
	private static void killChromium() {
		ProcessHandle.current()
			.descendants()
			.filter(p -> p.info().command().map(c -> c.contains("chromium") && !c.contains("driver")).orElse(false))
			.forEach(ProcessHandle::destroyForcibly);
	}

	/**
	 * Starts the jar and waits for the login page.
	 * @param aot through start-crm.sh (the JDK's class cache, made at its first start);
	 * else {@code java -jar}
	 */
	private Start start(Path data, String name, boolean aot) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = this.work.resolve("app-" + name + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = aot ? List.of("sh", LAUNCHER.toAbsolutePath().toString(), this.jar.toString())
				: List.of(java, "-Xmx" + this.heap, "-jar", this.jar.toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(this.work.toFile());
		Map<String, String> env = builder.environment();
		env.put("JAVA", java);
		env.put("JAVA_OPTS", "-Xmx" + this.heap);
		env.put("CRM_APP_DIR", this.work.resolve("app-cache").toString());
		List.of("CRM_DB_URL", "CRM_DB_USER", "CRM_DB_PASSWORD", "CRM_ADMIN_USERNAME", "CRM_ADMIN_PASSWORD",
				"SPRING_PROFILES_ACTIVE")
			.forEach(env::remove);
		env.put("CRM_DATA_DIR", data.toString());
		env.put("PORT", String.valueOf(port));
		String load = loadAverage();
		long t0 = System.nanoTime();
		Process process = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
		App app = new App(process, "http://localhost:" + port, log);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest get = HttpRequest.newBuilder(URI.create(app.baseUrl + "/login"))
			.timeout(Duration.ofSeconds(30))
			.build();
		long deadline = t0 + TimeUnit.SECONDS.toNanos(300);
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the CRM stopped while starting, see " + log);
			}
			if (System.nanoTime() > deadline) {
				app.close();
				throw new IllegalStateException("no login page within 300 s, see " + log);
			}
			try {
				if (http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					break;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
		// CPU the start cost (the JVM's threads and the embedded mariadbd): what it needs
		// on any machine, however loaded
		long cpuMillis = Stream.concat(Stream.of(process.toHandle()), process.descendants())
			.mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L))
			.sum();
		Matcher m = STARTED_IN.matcher(Files.readString(log, StandardCharsets.UTF_8));
		Double springSeconds = m.find() ? Double.valueOf(m.group(1)) : null;
		Double jvmSeconds = (springSeconds != null) ? Double.valueOf(m.group(2)) : null;
		return new Start(name, app, millis, cpuMillis, springSeconds, jvmSeconds, load);
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip().split(" (?=\\d+/)")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static Map<String, Object> machine() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("cores", Runtime.getRuntime().availableProcessors());
		long memory = (ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
					? os.getTotalMemorySize() : -1;
		m.put("memory_bytes", memory);
		m.put("java", System.getProperty("java.version"));
		m.put("load_average_at_begin", loadAverage());
		return m;
	}

	private static long median(long[] sorted) {
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private String table(Start first, List<Start> plain, Map<String, Object> plainJson, Start training,
			List<Start> cold, Map<String, Object> coldJson, List<Map<String, Object>> steps,
			Map<String, Object> memory) {
		StringBuilder t = new StringBuilder("\n== UI benchmark: cold start and memory per session ==\n");
		t.append(String.format(Locale.ROOT, "%-40s %10s %10s %12s %14s%n", "start", "to /login", "CPU", "Spring (s)",
				"load average"));
		for (Start s : Stream.of(Stream.of(first), plain.stream(), Stream.of(training), cold.stream())
			.flatMap(x -> x)
			.toList()) {
			String what = switch (s.name.replaceAll("-\\d+$", "")) {
				case "first" -> "first (creates DB + demo data)";
				case "plain" -> s.name + " (java -jar, existing DB)";
				case "aot-training" -> "start-crm.sh, first (makes the cache)";
				default -> s.name + " (start-crm.sh, existing DB)";
			};
			t.append(String.format(Locale.ROOT, "%-40s %8d ms %7d ms %12s %14s%n", what, s.toLoginMillis, s.cpuMillis,
					s.springSeconds, s.load));
		}
		t.append(String.format(Locale.ROOT, "java -jar cold start to /login: median %d ms, max %d ms%n",
				plainJson.get("to_login_200_median_ms"), plainJson.get("to_login_200_max_ms")));
		t.append(String.format(Locale.ROOT,
				"start-crm.sh cold start to /login: median %d ms, max %d ms (target ≤ %d ms)%n%n",
				coldJson.get("to_login_200_median_ms"), coldJson.get("to_login_200_max_ms"), TARGET_START_MILLIS));
		t.append(String.format(Locale.ROOT, "%-10s %-8s %14s %14s %14s%n", "sessions", "total", "live before",
				"live after", "KB/session"));
		for (Map<String, Object> s : steps) {
			t.append(String.format(Locale.ROOT, "%-10s %-8s %14d %14d %14.1f%n", "+" + s.get("sessions_added"),
					s.get("sessions_total"), s.get("live_bytes_before"), s.get("live_bytes_after"),
					((long) s.get("bytes_per_session")) / 1024.0));
		}
		t.append(String.format(Locale.ROOT,
				"memory per signed-in session: %.1f KB over %s sessions (target ≤ 1024 KB)%n",
				((long) memory.get("bytes_per_session")) / 1024.0, memory.get("sessions")));
		t.append("largest classes per session (bytes):\n");
		@SuppressWarnings("unchecked")
		Map<String, Long> top = (Map<String, Long>) memory.get("top_classes_per_session");
		top.forEach((k, v) -> t.append(String.format(Locale.ROOT, "  %10d  %s%n", v, k)));
		return t.toString();
	}

	/** A minimal JSON writer for maps, lists, strings and numbers. */
	private static String toJson(Object value, String indent) {
		if (value instanceof Map<?, ?> map) {
			StringJoiner j = new StringJoiner(",\n" + indent + "  ", "{\n" + indent + "  ", "\n" + indent + "}");
			map.forEach((k, v) -> j.add("\"" + k + "\": " + toJson(v, indent + "  ")));
			return j.toString();
		}
		if (value instanceof List<?> list) {
			StringJoiner j = new StringJoiner(",\n" + indent + "  ", "[\n" + indent + "  ", "\n" + indent + "]");
			list.forEach(v -> j.add(toJson(v, indent + "  ")));
			return j.toString();
		}
		if (value == null || value instanceof Number || value instanceof Boolean) {
			return String.valueOf(value);
		}
		return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static void deleteTree(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> all = Files.walk(dir)) {
				all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private record Start(String name, App app, long toLoginMillis, long cpuMillis, Double springSeconds,
			Double jvmSeconds, String load) {

		Map<String, Object> json() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("run", this.name);
			m.put("to_login_200_ms", this.toLoginMillis);
			m.put("process_cpu_ms", this.cpuMillis);
			m.put("started_application_in_s", this.springSeconds);
			m.put("process_running_for_s", this.jvmSeconds);
			m.put("load_average_before", this.load);
			return m;
		}

	}

	/** Live objects after a full GC, by class ({@code jcmd GC.class_histogram}). */
	private record Histogram(long totalBytes, Map<String, long[]> byClass) {

		static Histogram parse(String text) {
			Matcher total = HISTOGRAM_TOTAL.matcher(text);
			if (!total.find()) {
				throw new IllegalStateException("no histogram total in: " + text);
			}
			Map<String, long[]> byClass = new LinkedHashMap<>();
			Matcher row = HISTOGRAM_ROW.matcher(text);
			while (row.find()) {
				byClass.merge(row.group(3), new long[] { Long.parseLong(row.group(1)), Long.parseLong(row.group(2)) },
						(a, b) -> new long[] { a[0] + b[0], a[1] + b[1] });
			}
			return new Histogram(Long.parseLong(total.group(2)), byClass);
		}

		/** Live instances of the class whose simple name ends the binary name. */
		long instances(String simpleName) {
			return this.byClass.entrySet()
				.stream()
				.filter(e -> e.getKey().endsWith("." + simpleName))
				.mapToLong(e -> e.getValue()[0])
				.sum();
		}

		/** The classes that grew most, in bytes per session. */
		Map<String, Long> diff(Histogram before, int sessions, int limit) {
			Map<String, Long> grown = new LinkedHashMap<>();
			this.byClass.entrySet()
				.stream()
				.map(e -> Map.entry(e.getKey(),
						(e.getValue()[1] - before.byClass.getOrDefault(e.getKey(), new long[2])[1]) / sessions))
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(limit)
				.forEach(e -> grown.put(e.getKey(), e.getValue()));
			return grown;
		}

	}

	/** The packaged app in its own process. */
	private final class App implements AutoCloseable {

		final Process process;

		final String baseUrl;

		final Path log;

		App(Process process, String baseUrl, Path log) {
			this.process = process;
			this.baseUrl = baseUrl;
			this.log = log;
		}

		/** Live objects after a full GC (the histogram collects first). */
		Histogram histogram() {
			jcmd("GC.run");
			return Histogram.parse(jcmd("GC.class_histogram"));
		}

		long heapUsedBytes() {
			jcmd("GC.run");
			Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
			return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
		}

		private String jcmd(String command) {
			try {
				Process p = new ProcessBuilder(UiBenchmark.this.jcmd.toString(), String.valueOf(this.process.pid()),
						command)
					.redirectErrorStream(true)
					.start();
				String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (p.waitFor() != 0) {
					throw new IllegalStateException("jcmd " + command + ": " + out);
				}
				return out;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}

	}

}
