package cn.zhaoshang.crm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import javax.sql.DataSource;

import cn.zhaoshang.crm.activity.ActivityService;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.land.AllocationService;
import cn.zhaoshang.crm.land.ReserveForm;
import cn.zhaoshang.crm.matching.MatchingService;
import cn.zhaoshang.crm.project.ProjectDetail;
import cn.zhaoshang.crm.project.ProjectFilter;
import cn.zhaoshang.crm.project.ProjectListSql;
import cn.zhaoshang.crm.project.ProjectRow;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.reference.IndustryRef;
import cn.zhaoshang.crm.reference.ReferenceData;
import cn.zhaoshang.crm.report.ReportFilter;
import cn.zhaoshang.crm.report.ReportService;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The province-size benchmark (issue 9): run with
 * {@code ./mvnw -Pbench verify -pl crm-core -am}. Generates the data set once (kept in
 * target/bench-data), then times what users do, through the real services with the real
 * security scope, and writes target/benchmark.json. Scale with {@code -Dbench.scale=0.01}
 * for a quick try.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("bench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvinceBenchmark {

	static final int WARMUP = Integer.getInteger("bench.warmup", 50);

	static final int RUNS = Integer.getInteger("bench.runs", 300);

	/** Measured bursts of the 20 concurrent users (after one to warm up). */
	static final int BURSTS = Integer.getInteger("bench.bursts", 5);

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProjectService projects;

	@Autowired
	InvestorService investors;

	@Autowired
	ActivityService activities;

	@Autowired
	ReferenceData reference;

	@Autowired
	ReportService reports;

	@Autowired
	MatchingService matching;

	@Autowired
	AllocationService allocations;

	final List<Timings> results = new ArrayList<>();

	final List<CpuPerOperation> cpu = new ArrayList<>();

	BenchData.Sizes sizes;

	double generationSeconds;

	@BeforeAll
	void loadData() throws Exception {
		this.sizes = BenchData.Sizes.of(Double.parseDouble(System.getProperty("bench.scale", "1")));
		HikariDataSource hikari = (HikariDataSource) this.dataSource;
		this.generationSeconds = new BenchData(this.sizes, Path.of("target/bench-tmp"))
			.ensureLoaded(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
	}

	/**
	 * The list page a user requests: 50 rows on stage + industry + name prefix, by
	 * expected signing.
	 */
	ProjectFilter listFilter() {
		IndustryRef industry = this.reference.industries().get(1);
		return new ProjectFilter(BenchData.NAME_STARTS[3], Stage.NEGOTIATION, null, null, null, null, null,
				industry.id(), null, null, null);
	}

	static PageRequest listPage() {
		return new PageRequest(0, 50, List.of(Sort.asc("expectedSigningDate")));
	}

	/**
	 * The list page against its floor, as STAFF and as DIRECTOR: the four cases take
	 * turns, run by run, after a common warm-up, so that the JIT and whatever else runs
	 * on the machine weigh on a page and its floor alike; a page and its floor swap
	 * places every other run.
	 */
	@Test
	@Order(1)
	void project_list_page() throws Exception {
		signInAs(BenchData.staff(1)); // owns the most projects (skewed)
		ProjectFilter filter = listFilter();
		assertThat(this.projects.count(ProjectFilter.none())).as("the busiest staff member").isGreaterThan(100);
		var staff = SecurityContextHolder.getContext().getAuthentication();
		List<String> staffSql = ProjectListSql.of(this.context, filter, listPage(), currentUserId(), false);
		signInAs("bench-director-001");
		var director = SecurityContextHolder.getContext().getAuthentication();
		List<String> directorSql = ProjectListSql.of(this.context, filter, listPage(), currentUserId(), true);
		Callable<Object> page = () -> this.projects.list(filter, listPage()).size() + this.projects.count(filter);
		List<String> names = List.of("list page, STAFF (50 rows + count)",
				"list page, STAFF, same SQL over raw JDBC (floor)", "list page, DIRECTOR (50 rows + count)",
				"list page, DIRECTOR, same SQL over raw JDBC (floor)");
		List<Callable<?>> cases = List.of(page, () -> jdbc(staffSql), page, () -> jdbc(directorSql));
		List<org.springframework.security.core.Authentication> who = List.of(staff, staff, director, director);
		double[][] ms = new double[cases.size()][RUNS];
		// the first case after start: warmed up until the JIT has settled, so that its
		// compiling the page's code on the 2 cores does not weigh on the page alone
		int warmup = warmUntilCompiled(() -> {
			for (int i = 0; i < cases.size(); i++) {
				SecurityContextHolder.getContext().setAuthentication(who.get(i));
				cases.get(i).call();
			}
			return null;
		});
		System.out.println("list page warm-up: " + warmup + " runs");
		for (int run = 0; run < RUNS; run++) {
			for (int i = 0; i < cases.size(); i++) {
				// every other run the floor goes first: whichever runs second finds the
				// same index pages in the CPU's caches
				int c = (run % 2 == 0) ? i : i ^ 1;
				SecurityContextHolder.getContext().setAuthentication(who.get(c));
				long started = System.nanoTime();
				cases.get(c).call();
				ms[c][run] = (System.nanoTime() - started) / 1e6;
			}
		}
		for (int c = 0; c < cases.size(); c++) {
			this.results.add(Timings.of(names.get(c), ms[c]));
		}
	}

	/**
	 * Runs the action, 10 × {@code bench.warmup} times at least, until the JIT compiles
	 * next to nothing in a round of 100 runs (under 1 % of the round's time) or 100 ×
	 * {@code bench.warmup} runs have passed; returns the runs.
	 */
	static int warmUntilCompiled(Callable<?> action) throws Exception {
		var jit = ManagementFactory.getCompilationMXBean();
		int runs = 0;
		while (runs < 100 * WARMUP) {
			long compiledBefore = jit.getTotalCompilationTime();
			long started = System.nanoTime();
			for (int i = 0; i < 100; i++) {
				action.call();
			}
			runs += 100;
			long roundMs = (System.nanoTime() - started) / 1_000_000;
			if (runs >= 10 * WARMUP && jit.getTotalCompilationTime() - compiledBefore < roundMs / 100) {
				break;
			}
		}
		return runs;
	}

	@Test
	@Order(2)
	void project_page() throws Exception {
		signInAs(BenchData.staff(1));
		List<Long> ids = this.projects.list(ProjectFilter.none(), new PageRequest(0, 200, List.of()))
			.stream()
			.map(ProjectRow::id)
			.toList();
		int[] next = { 0 };
		this.results
			.add(Timings.of("project page (project, investor contacts, activities, timeline)", WARMUP, RUNS, () -> {
				long id = ids.get(next[0]++ % ids.size());
				ProjectDetail project = this.projects.get(id);
				return this.investors.contacts(project.investorId()).size() + this.activities.forProject(id).size()
						+ this.projects.history(id).size();
			}));
	}

	@Test
	@Order(3)
	void cockpit_for_one_year_all_parks() throws Exception {
		signInAs("bench-director-001");
		ReportFilter year = new ReportFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null, 180);
		assertThat(this.reports.cockpit(year).funnel()).isNotEmpty();
		this.results.add(Timings.of("cockpit, one year, all parks (DIRECTOR)", Math.max(2, WARMUP / 10),
				Math.max(10, RUNS / 10), () -> this.reports.cockpit(year)));
	}

	@Test
	@Order(4)
	void matching() throws Exception {
		signInAs("bench-director-001");
		// requests still looking for land
		List<Long> requests = longs("SELECT r.id FROM land_request r WHERE NOT EXISTS (SELECT 1 FROM land_allocation a "
				+ "WHERE a.land_request_id = r.id) ORDER BY r.id LIMIT 200");
		int[] next = { 0 };
		Callable<Object> matchOne = () -> this.matching.forRequest(requests.get(next[0]++ % requests.size()));
		// as the list page: the JIT goes on compiling matching's code for a thousand runs
		// and more, and on 2 cores its compiling weighs on the runs measured
		System.out.println("matching warm-up: " + warmUntilCompiled(matchOne) + " runs");
		this.results.add(Timings.of("matching one project against all parks and plots", 0, RUNS, matchOne));
		long park = longs("SELECT id FROM park WHERE code = 'BP000'").getFirst();
		this.results.add(Timings.of("matching one park against the open projects (matched tenants)",
				Math.max(2, WARMUP / 10), Math.max(10, RUNS / 10), () -> this.matching.tenantsFor(park)));
	}

	@Test
	@Order(5)
	void reserving_land() throws Exception {
		signInAs("bench-director-001");
		var director = (CrmUser) this.users.loadUserByUsername("bench-director-001");
		// each case (the service and its floor, one user and 20) on plots and requests of
		// its own
		int single = WARMUP + RUNS;
		int concurrent = 40 * (BURSTS + 1);
		int perCase = single + concurrent;
		int warmPairs = 20;
		List<Long> plots = longs("SELECT id FROM plot WHERE status = 'AVAILABLE' AND code LIKE 'BP%' ORDER BY id LIMIT "
				+ (2 * perCase + warmPairs));
		// requests with no land yet (every one asks for 10 亩 or more)
		List<Long> requests = longs("SELECT r.id FROM land_request r WHERE NOT EXISTS (SELECT 1 FROM land_allocation a "
				+ "WHERE a.land_request_id = r.id) ORDER BY r.id DESC LIMIT " + (2 * perCase + warmPairs));
		List<Long> made = new ArrayList<>();
		BigDecimal area = new BigDecimal("5");
		try {
			// a small data set (-Dbench.scale) has fewer free plots: keep enough for the
			// 20 users
			int half = (Math.min(plots.size(), requests.size()) - warmPairs) / 2;
			int singleRuns = Math.min(RUNS, half - WARMUP - concurrent);
			IntFunction<Long> service = i -> this.allocations
				.reserve(new ReserveForm(plots.get(i), requests.get(i), area));
			IntFunction<Long> floor = i -> reserveOverJdbc(plots.get(half + i), requests.get(half + i), area, director);
			// both warmed up until the JIT has settled, on a few plots whose reservations
			// are taken back each time
			int[] warm = { 2 * half };
			System.out.println("reservation warm-up: " + warmUntilCompiled(() -> {
				int i = warm[0]++;
				if (warm[0] == 2 * half + warmPairs) {
					warm[0] = 2 * half;
				}
				takeBack(service.apply(i));
				takeBack(floor.apply(i - half));
				return null;
			}) + " runs");
			int[] next = { 0, 0 };
			Cpu before = cpu();
			this.results.add(Timings.of("reserve land, single user", WARMUP, singleRuns,
					() -> made.add(service.apply(next[0]++))));
			this.cpu.add(cpu().since(before, "reserve land, single user", WARMUP + singleRuns));
			before = cpu();
			this.results.add(Timings.of("reserve land, single user, same SQL over raw JDBC (floor)", WARMUP, singleRuns,
					() -> made.add(floor.apply(next[1]++))));
			this.cpu.add(cpu().since(before, "reserve land, single user, raw JDBC (floor)", WARMUP + singleRuns));
			// 20 users at once, each on a plot of their own, two reservations each; a
			// burst of each to warm up the users' threads, then the measured ones, the
			// service's and the floor's taking turns
			var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
			List<Double> serviceMs = new ArrayList<>();
			List<Double> floorMs = new ArrayList<>();
			burst(pool, director, service, next[0], made);
			burst(pool, director, floor, next[1], made);
			long serviceCpu = 0;
			long floorCpu = 0;
			long serviceDb = 0;
			long floorDb = 0;
			long serviceStatements = 0;
			long floorStatements = 0;
			for (int b = 1; b <= BURSTS; b++) {
				before = cpu();
				serviceMs.addAll(burst(pool, director, service, next[0] + 40 * b, made));
				Cpu after = cpu();
				serviceCpu += after.appNanos() - before.appNanos();
				serviceDb += after.databaseNanos() - before.databaseNanos();
				serviceStatements += after.statements() - before.statements() - 1;
				before = cpu();
				floorMs.addAll(burst(pool, director, floor, next[1] + 40 * b, made));
				after = cpu();
				floorCpu += after.appNanos() - before.appNanos();
				floorDb += after.databaseNanos() - before.databaseNanos();
				floorStatements += after.statements() - before.statements() - 1;
			}
			pool.shutdown();
			int reservations = 40 * BURSTS;
			boolean local = before.databaseNanos() >= 0;
			this.cpu.add(new CpuPerOperation("reserve land, 20 concurrent users", serviceCpu / 1e6 / reservations,
					local ? serviceDb / 1e6 / reservations : -1, serviceStatements / (double) reservations));
			this.cpu.add(new CpuPerOperation("reserve land, 20 concurrent users, raw JDBC (floor)",
					floorCpu / 1e6 / reservations, local ? floorDb / 1e6 / reservations : -1,
					floorStatements / (double) reservations));
			this.results.add(Timings.of("reserve land, 20 concurrent users on different plots",
					serviceMs.stream().mapToDouble(Double::doubleValue).toArray()));
			this.results.add(Timings.of("reserve land, 20 concurrent users, same SQL over raw JDBC (floor)",
					floorMs.stream().mapToDouble(Double::doubleValue).toArray()));
		}
		finally {
			// leave the data set as it was
			try (Connection c = this.dataSource.getConnection(); Statement st = c.createStatement()) {
				StringJoiner ids = new StringJoiner(",");
				made.forEach(id -> ids.add(String.valueOf(id)));
				if (!made.isEmpty()) {
					st.executeUpdate("DELETE FROM land_allocation WHERE id IN (" + ids + ")");
				}
				StringJoiner plotIds = new StringJoiner(",");
				plots.forEach(id -> plotIds.add(String.valueOf(id)));
				if (!plots.isEmpty()) {
					st.executeUpdate("UPDATE plot SET status = 'AVAILABLE' WHERE id IN (" + plotIds + ")");
				}
			}
		}
	}

	/** Deletes a warm-up reservation and frees its plot again. */
	private void takeBack(long allocationId) throws Exception {
		try (Connection c = this.dataSource.getConnection();
				var plot = c.prepareStatement("UPDATE plot SET status = 'AVAILABLE' WHERE id = "
						+ "(SELECT plot_id FROM land_allocation WHERE id = ?)");
				var delete = c.prepareStatement("DELETE FROM land_allocation WHERE id = ?")) {
			plot.setLong(1, allocationId);
			plot.executeUpdate();
			delete.setLong(1, allocationId);
			delete.executeUpdate();
		}
	}

	/**
	 * The floor of a reservation: the statements the service sends for a director (the
	 * general log of one reservation), in the same READ COMMITTED transaction on a pooled
	 * connection, as hand-written JDBC with no checks between them.
	 */
	private long reserveOverJdbc(long plotId, long requestId, BigDecimal area, CrmUser user) {
		try (Connection c = this.dataSource.getConnection()) {
			c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
			c.setAutoCommit(false);
			try {
				long projectId = ((Number) firstRow(c, "SELECT project_id FROM land_request WHERE id = ?",
						requestId)[0])
					.longValue();
				Object projectCode = firstRow(c, "SELECT stage, code FROM project WHERE id = ? FOR UPDATE",
						projectId)[1];
				firstRow(c, "SELECT id, version, project_id, area_mu, preferred_park_id, preferred_zone_id, land_use, "
						+ "power_kva, water_t_per_day, gas_m3_per_day, notes, created_at, updated_at FROM land_request "
						+ "WHERE id = ? FOR UPDATE", requestId);
				Object plotCode = firstRow(c,
						"SELECT id, park_id, code, area_mu, status, CURRENT_TIMESTAMP(3) FROM plot "
								+ "WHERE id = ? FOR UPDATE",
						plotId)[2];
				firstRow(c,
						"SELECT id, version, plot_id, project_id, land_request_id, area_mu, status, reserved_by, "
								+ "reserved_at, expires_at, confirmed_by, confirmed_at, released_by, released_at, "
								+ "release_reason, release_kind, created_at, updated_at FROM land_allocation "
								+ "WHERE plot_id = ? AND status IN ('RESERVED', 'CONFIRMED') ORDER BY id FOR UPDATE",
						plotId);
				firstRow(c, "SELECT area_mu FROM land_allocation WHERE land_request_id = ? AND (status = 'CONFIRMED' "
						+ "OR (status = 'RESERVED' AND (expires_at IS NULL OR expires_at > CURRENT_TIMESTAMP(3)))) "
						+ "FOR UPDATE", requestId);
				long id;
				try (var insert = c.prepareStatement("INSERT INTO land_allocation (plot_id, project_id, "
						+ "land_request_id, area_mu, status, reserved_by, reserved_at, expires_at) VALUES (?, ?, ?, ?, "
						+ "'RESERVED', ?, CURRENT_TIMESTAMP(3), DATE_ADD(CURRENT_TIMESTAMP(3), INTERVAL 30 DAY))",
						Statement.RETURN_GENERATED_KEYS)) {
					insert.setLong(1, plotId);
					insert.setLong(2, projectId);
					insert.setLong(3, requestId);
					insert.setBigDecimal(4, area);
					insert.setLong(5, user.id());
					insert.executeUpdate();
					try (ResultSet keys = insert.getGeneratedKeys()) {
						keys.next();
						id = keys.getLong(1);
					}
				}
				try (var status = c.prepareStatement(
						"UPDATE plot SET status = 'RESERVED' WHERE id = ? AND status NOT IN ('IDLE', 'RECLAIMING')")) {
					status.setLong(1, plotId);
					status.executeUpdate();
				}
				try (var audit = c.prepareStatement("INSERT INTO audit_event (user_id, username, action, entity_type, "
						+ "entity_id, parent_type, parent_id, details, client_address) "
						+ "VALUES (?, ?, 'RESERVE', 'land_allocation', ?, NULL, NULL, ?, NULL)")) {
					audit.setLong(1, user.id());
					audit.setString(2, user.getUsername());
					audit.setLong(3, id);
					audit.setString(4,
							plotCode + ": " + area + " mu for project " + projectCode + ", expires in 30 days");
					audit.executeUpdate();
				}
				c.commit();
				return id;
			}
			catch (java.sql.SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
			finally {
				c.setAutoCommit(true);
				c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			}
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The first row of a one-parameter query, every value read (null: no row). */
	private static Object @Nullable [] firstRow(Connection c, String sql, long parameter) throws java.sql.SQLException {
		try (var statement = c.prepareStatement(sql)) {
			statement.setLong(1, parameter);
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					return null;
				}
				Object[] row = new Object[rs.getMetaData().getColumnCount()];
				for (int i = 0; i < row.length; i++) {
					row[i] = rs.getObject(i + 1);
				}
				return row;
			}
		}
	}

	/**
	 * 20 users start together and make two reservations each; the time of each
	 * reservation.
	 */
	private List<Double> burst(java.util.concurrent.ExecutorService pool, UserDetails director,
			IntFunction<Long> reserve, int base, List<Long> made) throws Exception {
		var start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<double[]>> futures = new ArrayList<>();
		for (int u = 0; u < 20; u++) {
			int user = u;
			futures.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(director, null,
							director.getAuthorities()));
				start.await();
				double[] ms = new double[2];
				for (int k = 0; k < 2; k++) {
					long started = System.nanoTime();
					long id = reserve.apply(base + user * 2 + k);
					ms[k] = (System.nanoTime() - started) / 1e6;
					synchronized (made) {
						made.add(id);
					}
				}
				return ms;
			}));
		}
		// every user waits at the start line before the burst
		Thread.sleep(200);
		start.countDown();
		List<Double> all = new ArrayList<>();
		for (var f : futures) {
			for (double ms : f.get(5, java.util.concurrent.TimeUnit.MINUTES)) {
				all.add(ms);
			}
		}
		return all;
	}

	/**
	 * CPU used by this JVM and by the database server (when it runs on this machine, as
	 * the embedded one does; else -1), and the statements the server was sent.
	 */
	record Cpu(long appNanos, long databaseNanos, long statements) {

		CpuPerOperation since(Cpu before, String name, int operations) {
			return new CpuPerOperation(name, (this.appNanos - before.appNanos) / 1e6 / operations,
					(this.databaseNanos < 0) ? -1 : (this.databaseNanos - before.databaseNanos) / 1e6 / operations,
					// minus the statement that reads the counter
					(this.statements - before.statements - 1) / (double) operations);
		}

	}

	record CpuPerOperation(String name, double appMs, double databaseMs, double statements) {

		String json() {
			return "{\"name\":\"%s\",\"app_cpu_ms\":%.3f,\"database_cpu_ms\":%.3f,\"statements\":%.2f}"
				.formatted(this.name, this.appMs, this.databaseMs, this.statements);
		}

	}

	private Cpu cpu() throws Exception {
		long app = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		long statements = longs(
				"SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS " + "WHERE VARIABLE_NAME = 'QUESTIONS'")
			.getFirst();
		return new Cpu(app, databaseCpuNanos(), statements);
	}

	/** From /proc: utime + stime of the server's process, in clock ticks of 10 ms. */
	private long databaseCpuNanos() throws Exception {
		String pidFile;
		try (Connection c = this.dataSource.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT @@pid_file")) {
			rs.next();
			pidFile = rs.getString(1);
		}
		try {
			String pid = Files.readString(Path.of(pidFile)).trim();
			String stat = Files.readString(Path.of("/proc", pid, "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
		}
		catch (java.io.IOException | RuntimeException notLocal) {
			return -1;
		}
	}

	private List<Long> longs(String sql) throws Exception {
		List<Long> values = new ArrayList<>();
		try (Connection c = this.dataSource.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getLong(1));
			}
		}
		return values;
	}

	@AfterAll
	void report() throws Exception {
		var table = new StringBuilder("\n%-70s %6s %10s %10s%n".formatted("benchmark", "runs", "median ms", "p95 ms"));
		var json = new StringJoiner(",\n  ", "[\n  ", "\n]");
		for (Timings t : this.results) {
			table.append("%-70s %6d %10.2f %10.2f%n".formatted(t.name(), t.runs(), t.medianMs(), t.p95Ms()));
			json.add(t.json());
		}
		var os = ManagementFactory.getOperatingSystemMXBean();
		long memory = (os instanceof com.sun.management.OperatingSystemMXBean sun) ? sun.getTotalMemorySize() : -1;
		long bufferPool = longs("SELECT @@innodb_buffer_pool_size").getFirst();
		String machine = "\"cores\":%d,\"memory_bytes\":%d,\"jvm_max_heap_bytes\":%d,\"innodb_buffer_pool_bytes\":%d"
			.formatted(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory(),
					bufferPool);
		String sizes = "\"investors\":%d,\"projects\":%d,\"activities\":%d,\"users\":%d"
			.formatted(this.sizes.investors(), this.sizes.projects(), this.sizes.activities(), this.sizes.users());
		// where the time of a reservation goes (docs/performance.md)
		table.append("%n%-70s %10s %10s %10s%n".formatted("CPU per operation", "app ms", "database ms", "statements"));
		var cpuJson = new StringJoiner(",\n  ", "[\n  ", "\n]");
		for (CpuPerOperation c : this.cpu) {
			table.append("%-70s %10.2f %10.2f %10.1f%n".formatted(c.name(), c.appMs(), c.databaseMs(), c.statements()));
			cpuJson.add(c.json());
		}
		String out = "{\"machine\":{%s},\"data\":{%s},\"generation_seconds\":%.1f,\"results\":%s,\"cpu\":%s}\n"
			.formatted(machine, sizes, this.generationSeconds, json, cpuJson);
		Files.writeString(Path.of("target/benchmark.json"), out, StandardCharsets.UTF_8);
		System.out.println(table + "machine: " + machine + "\ndata: " + sizes + "\nwritten to target/benchmark.json");
	}

	/**
	 * Runs the statements on one pooled connection and reads every value of every row, as
	 * a hand-written JDBC page would (and as the page does).
	 */
	private int jdbc(List<String> statements) throws Exception {
		int values = 0;
		try (Connection c = this.dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String sql : statements) {
				try (ResultSet rs = s.executeQuery(sql)) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						for (int i = 1; i <= columns; i++) {
							if (rs.getObject(i) != null) {
								values++;
							}
						}
					}
				}
			}
		}
		return values;
	}

	private long currentUserId() {
		return ((cn.zhaoshang.crm.security.CrmUser) SecurityContextHolder.getContext()
			.getAuthentication()
			.getPrincipal()).id();
	}

	private void signInAs(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
