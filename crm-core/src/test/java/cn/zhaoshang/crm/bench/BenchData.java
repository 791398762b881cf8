package cn.zhaoshang.crm.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the province-size data set (deterministic: a fixed seed) as tab-separated files
 * and loads them with LOAD DATA LOCAL INFILE, the fastest bulk path MariaDB and MySQL
 * have: millions of rows in minutes. Test tooling only, which is why it speaks SQL text
 * over plain JDBC rather than going through jOOQ and the services.
 */
public final class BenchData {

	private static final Logger log = LoggerFactory.getLogger(BenchData.class);

	static final String[] STAGES = { "LEAD", "CONTACTED", "SITE_VISIT", "NEGOTIATION", "AGREEMENT", "SIGNED",
			"LAND_SUPPLIED", "CONSTRUCTION", "PRODUCTION", "AT_CAPACITY", "ON_HOLD", "LOST" };

	/** Share of projects per stage, in per mille: a real funnel, wide at the top. */
	private static final int[] STAGE_WEIGHTS = { 300, 200, 120, 100, 60, 50, 40, 30, 30, 20, 30, 20 };

	/** Name starts, so that a prefix filter selects about one project in 40. */
	static final String[] NAME_STARTS = { "汽车", "新能源", "锂电", "智能", "高端", "精密", "绿色", "数字", "北方", "华北", "京津", "沧州", "渤海",
			"冀东", "中原", "海纳", "远航", "宏达", "华泰", "东方", "恒通", "天成", "鼎盛", "瑞丰", "金桥", "长城", "燕赵", "渤海湾", "北汽", "现代", "长安",
			"中石", "国能", "华电", "中化", "万向", "宁德", "比亚", "亿纬", "国轩" };

	private static final String[] OWNERSHIPS = { "CENTRAL_SOE", "LOCAL_SOE", "PRIVATE", "FOREIGN", "JV" };

	private static final String[] COUNTRIES = { "CN", "CN", "CN", "CN", "CN", "CN", "KR", "JP", "DE", "US" };

	private static final String[] SOURCES = { "ALL_STAFF", "TENANT_REFERRAL", "EXHIBITION", "AGENCY", "OTHER" };

	private static final String[] ACTIVITY_TYPES = { "VISIT", "CALL", "SITE_INSPECTION", "MEETING", "EMAIL",
			"EXHIBITION", "DELEGATION", "TASK" };

	/** How LOAD DATA spells NULL. */
	private static final String NULL = "\\N";

	private static final LocalDateTime START = LocalDateTime.of(2016, 1, 1, 9, 0);

	public record Sizes(int investors, int projects, int activities, int users) {

		public static Sizes of(double scale) {
			return new Sizes((int) (200_000 * scale), (int) (400_000 * scale), (int) (4_000_000 * scale),
					Math.max(50, (int) (500 * Math.min(1.0, scale * 10))));
		}

	}

	private final Sizes sizes;

	private final Path dir;

	private final SplittableRandom random = new SplittableRandom(20261125L);

	public BenchData(Sizes sizes, Path dir) {
		this.sizes = sizes;
		this.dir = dir;
	}

	/** Usernames: bench-staff-0001 .. (STAFF), then directors, operators and admins. */
	static String staff(int n) {
		return "bench-staff-%04d".formatted(n);
	}

	static int staffCount(Sizes sizes) {
		return sizes.users() * 9 / 10;
	}

	/**
	 * Loads everything unless it is there already (the data set is reused across runs).
	 * @return seconds spent generating and loading, 0 when reused
	 */
	public double ensureLoaded(String jdbcUrl, String user, String password) throws Exception {
		try (Connection c = DriverManager.getConnection(withLocalInfile(jdbcUrl), user, password);
				Statement s = c.createStatement()) {
			bufferPool(s);
			long started = System.nanoTime();
			var rs = s.executeQuery("SELECT COUNT(*) FROM investor");
			rs.next();
			if (rs.getLong(1) >= this.sizes.investors()) {
				log.info("Benchmark data already loaded ({} investors): reusing it", rs.getLong(1));
				return land(s) ? (System.nanoTime() - started) / 1e9 : 0;
			}
			Files.createDirectories(this.dir);
			List<Long> industries = ids(s, "SELECT id FROM industry ORDER BY id");
			List<long[]> zones = new ArrayList<>();
			var zr = s.executeQuery("SELECT park_id, id FROM park_zone ORDER BY id");
			while (zr.next()) {
				zones.add(new long[] { zr.getLong(1), zr.getLong(2) });
			}
			long userBase = nextId(s, "app_user");
			long investorBase = nextId(s, "investor");
			long projectBase = nextId(s, "project");
			s.execute("SET unique_checks = 0");
			s.execute("SET foreign_key_checks = 0");
			users(s, userBase, zones);
			investors(s, investorBase, userBase, industries);
			projects(s, projectBase, investorBase, userBase, industries, zones);
			activities(s, investorBase, projectBase, userBase);
			s.execute("SET foreign_key_checks = 1");
			s.execute("SET unique_checks = 1");
			land(s);
			for (String table : List.of("app_user", "investor", "contact", "project", "project_stage_change",
					"activity")) {
				s.execute("ANALYZE TABLE " + table);
			}
			return (System.nanoTime() - started) / 1e9;
		}
	}

	private void users(Statement s, long base, List<long[]> zones) throws Exception {
		int staff = staffCount(this.sizes);
		int directors = Math.max(2, this.sizes.users() / 25);
		int operators = Math.max(4, this.sizes.users() / 25);
		Path users = this.dir.resolve("app_user.tsv");
		Path roles = this.dir.resolve("app_user_role.tsv");
		try (var u = writer(users); var r = writer(roles)) {
			long id = base;
			for (int i = 1; i <= this.sizes.users(); i++, id++) {
				String name;
				String role;
				String park = "\\N";
				if (i <= staff) {
					name = staff(i);
					role = "STAFF";
				}
				else if (i <= staff + directors) {
					name = "bench-director-%03d".formatted(i - staff);
					role = "DIRECTOR";
				}
				else if (i <= staff + directors + operators) {
					name = "bench-operator-%03d".formatted(i - staff - directors);
					role = "PARK_OPERATOR";
					park = String.valueOf(zones.get(i % zones.size())[0]);
				}
				else {
					name = "bench-admin-%03d".formatted(i);
					role = "ADMIN";
				}
				// no one signs in with these accounts: the benchmark sets the security
				// context itself
				row(u, id, name, "{noop}not-for-sign-in", name, park);
				row(r, id, role);
			}
		}
		load(s, users, "app_user", "id, username, password_hash, display_name, park_id");
		load(s, roles, "app_user_role", "user_id, role");
	}

	private void investors(Statement s, long base, long userBase, List<Long> industries) throws Exception {
		Path investors = this.dir.resolve("investor.tsv");
		Path contacts = this.dir.resolve("contact.tsv");
		try (var w = writer(investors); var c = writer(contacts)) {
			for (int i = 0; i < this.sizes.investors(); i++) {
				long id = base + i;
				String name = NAME_STARTS[i % NAME_STARTS.length] + "企业" + i + "有限公司";
				LocalDateTime created = START.plusMinutes(this.random.nextInt(5_000_000));
				row(w, id, name, "Bench Firm " + i + " Co., Ltd.", NAME_STARTS[i % NAME_STARTS.length] + "企业" + i,
						industries.get(this.random.nextInt(industries.size())),
						COUNTRIES[this.random.nextInt(COUNTRIES.length)],
						OWNERSHIPS[this.random.nextInt(OWNERSHIPS.length)],
						SOURCES[this.random.nextInt(SOURCES.length)], userBase + skewedStaff(), created, created);
				row(c, id, "联系人" + i, "投资部经理", "0317-" + (1_000_000 + i), "1");
			}
		}
		load(s, investors, "investor", "id, name_zh, name_en, name_normalized, industry_id, country_code, ownership, "
				+ "source, owner_id, created_at, updated_at");
		load(s, contacts, "contact", "investor_id, name, title, phone, is_primary");
	}

	private void projects(Statement s, long base, long investorBase, long userBase, List<Long> industries,
			List<long[]> zones) throws Exception {
		Path projects = this.dir.resolve("project.tsv");
		Path changes = this.dir.resolve("project_stage_change.tsv");
		try (var w = writer(projects); var h = writer(changes)) {
			for (int i = 0; i < this.sizes.projects(); i++) {
				long id = base + i;
				int stage = stage();
				String stageName = STAGES[stage];
				long owner = userBase + skewedStaff();
				long[] zone = zones.get(this.random.nextInt(zones.size()));
				LocalDateTime created = START.plusMinutes(this.random.nextInt(5_000_000));
				int steps = Math.min(stage, 9);
				LocalDateTime changed = created.plusDays(20L * steps);
				boolean hold = stageName.equals("ON_HOLD");
				boolean lost = stageName.equals("LOST");
				long investment = 1_000 + this.random.nextInt(1_000_000);
				long land = 5 + this.random.nextInt(800);
				row(w, id, "B-%07d".formatted(i), NAME_STARTS[this.random.nextInt(NAME_STARTS.length)] + "项目" + i,
						investorBase + this.random.nextInt(this.sizes.investors()),
						industries.get(this.random.nextInt(industries.size())), stageName, hold ? "NEGOTIATION" : "\\N",
						changed, lost ? "企业战略调整" : "\\N", investment + ".00", land + ".00", zone[0], zone[1],
						investment * 2 + ".00", investment / 20 + ".00",
						LocalDate.of(2026, 1, 1).plusDays(this.random.nextInt(1500)), owner,
						SOURCES[this.random.nextInt(SOURCES.length)], created, changed);
				row(h, id, "\\N", "LEAD", owner, created, "\\N");
				String from = "LEAD";
				for (int step = 1; step <= steps; step++) {
					String to = (step == steps) ? stageName : STAGES[step];
					row(h, id, from, to, owner, created.plusDays(20L * step), "推进");
					from = to;
				}
			}
		}
		load(s, projects, "project",
				"id, code, name, investor_id, industry_id, stage, stage_before_hold, stage_changed_at, "
						+ "lost_reason, investment_total, land_requested_mu, preferred_park_id, preferred_zone_id, "
						+ "annual_output, annual_tax, expected_signing_date, owner_id, source, created_at, updated_at");
		load(s, changes, "project_stage_change", "project_id, from_stage, to_stage, changed_by, changed_at, note");
	}

	private void activities(Statement s, long investorBase, long projectBase, long userBase) throws Exception {
		Path file = this.dir.resolve("activity.tsv");
		try (var w = writer(file)) {
			for (int i = 0; i < this.sizes.activities(); i++) {
				// ten per project on average; the project's investor is not looked up
				// (cheap and good enough)
				long project = projectBase + this.random.nextInt(this.sizes.projects());
				LocalDateTime at = START.plusMinutes(this.random.nextInt(5_500_000));
				boolean task = this.random.nextInt(10) == 0;
				row(w, investorBase + this.random.nextInt(this.sizes.investors()), project,
						ACTIVITY_TYPES[this.random.nextInt(ACTIVITY_TYPES.length)], "走访交流 " + i, at,
						task ? at.toLocalDate().plusDays(14) : "\\N", task ? "0" : "1", userBase + skewedStaff());
			}
		}
		load(s, file, "activity", "investor_id, project_id, type, subject, occurred_at, due_date, done, owner_id");
	}

	/**
	 * A province of parks: more parks of 2,000 亩 (200 at full scale), each with two
	 * zones, ten admitted industries, admission thresholds and 100 plots of 20 亩 on a 10
	 * × 10 plan (20,000 plots); 40 % of the plots allocated to signed projects, 5 %
	 * reserved, 5 % idle; a land request for each project holding land (its allocation
	 * made against it) and for every fourth open project. Loaded once, also into an older
	 * data set.
	 * @return whether it loaded anything
	 */
	private boolean land(Statement s) throws Exception {
		var rs = s.executeQuery("SELECT COUNT(*) FROM plot");
		rs.next();
		int parks = Math.max(2, this.sizes.projects() / 2000);
		if (rs.getLong(1) >= parks * 100L) {
			return false;
		}
		List<Long> industries = ids(s, "SELECT id FROM industry ORDER BY id");
		List<Long> signed = ids(s, "SELECT id FROM project WHERE stage IN ('SIGNED','LAND_SUPPLIED','CONSTRUCTION',"
				+ "'PRODUCTION','AT_CAPACITY') ORDER BY id");
		List<Long> open = ids(s, "SELECT id FROM project WHERE stage IN ('LEAD','CONTACTED','SITE_VISIT',"
				+ "'NEGOTIATION','AGREEMENT','SIGNED') ORDER BY id");
		long parkBase = nextId(s, "park");
		long zoneBase = nextId(s, "park_zone");
		long plotBase = nextId(s, "plot");
		long requestBase = nextId(s, "land_request");
		Files.createDirectories(this.dir);
		Path parkFile = this.dir.resolve("park.tsv");
		Path zoneFile = this.dir.resolve("park_zone.tsv");
		Path admitFile = this.dir.resolve("park_industry.tsv");
		Path thresholdFile = this.dir.resolve("park_admission.tsv");
		Path plotFile = this.dir.resolve("plot.tsv");
		Path allocationFile = this.dir.resolve("land_allocation.tsv");
		Path requestFile = this.dir.resolve("land_request.tsv");
		int allocated = 0;
		try (var pk = writer(parkFile);
				var zn = writer(zoneFile);
				var ad = writer(admitFile);
				var th = writer(thresholdFile);
				var pl = writer(plotFile);
				var al = writer(allocationFile)) {
			for (int p = 0; p < parks; p++) {
				long park = parkBase + p;
				row(pk, park, "BP%03d".formatted(p), "基准园区" + p, "Bench park " + p, "2000.00", 1000 + p);
				row(th, park, "200.00", "300.00", "20.00", "0.5000");
				for (int z = 0; z < 2; z++) {
					row(zn, zoneBase + 2L * p + z, park, "Z" + z, "片区" + z, "Zone " + z, "1000.00", z);
				}
				for (int i = 0; i < 10; i++) {
					row(ad, park, industries.get((p * 7 + i * 5) % industries.size()));
				}
				for (int i = 0; i < 100; i++) {
					long plot = plotBase + 100L * p + i;
					int pick = this.random.nextInt(100);
					String status = (pick < 40 && allocated < signed.size()) ? "ALLOCATED"
							: (pick < 45) ? "RESERVED" : (pick < 50) ? "IDLE" : "AVAILABLE";
					String use = (i % 10 == 0) ? "COMMERCIAL" : (i % 10 == 1) ? "RD" : "INDUSTRIAL";
					row(pl, plot, park, zoneBase + 2L * p + ((i < 50) ? 0 : 1), "BP%03d-%02d".formatted(p, i), "20.00",
							use, status, (1000 + this.random.nextInt(9000)) + ".00",
							(200 + this.random.nextInt(800)) + ".00", this.random.nextInt(2000) + ".00", (i % 10) * 100,
							(i / 10) * 100, 100, 100);
					if (status.equals("ALLOCATED")) {
						// land is allocated against a land request, as the CRM does it
						row(al, plot, signed.get(allocated), requestBase + allocated, "20.00", "CONFIRMED",
								"2020-01-01 09:00:00", "2020-02-01 09:00:00");
						allocated++;
					}
				}
			}
		}
		try (var rq = writer(requestFile)) {
			for (int i = 0; i < allocated; i++) {
				row(rq, requestBase + i, signed.get(i), "20.00", "INDUSTRIAL");
			}
			for (int i = 0; i < open.size(); i += 4) {
				row(rq, requestBase + allocated + i / 4, open.get(i), (10 + this.random.nextInt(200)) + ".00",
						(i % 8 == 0) ? "INDUSTRIAL" : NULL);
			}
		}
		s.execute("SET foreign_key_checks = 0");
		load(s, parkFile, "park", "id, code, name_zh, name_en, planned_area_mu, sort_order");
		load(s, zoneFile, "park_zone", "id, park_id, code, name_zh, name_en, planned_area_mu, sort_order");
		load(s, admitFile, "park_industry", "park_id, industry_id");
		load(s, thresholdFile, "park_admission",
				"park_id, min_investment_intensity, min_output_per_mu, min_tax_per_mu, max_energy_per_output");
		load(s, plotFile, "plot", "id, park_id, zone_id, code, area_mu, land_use, status, power_kva, water_t_per_day, "
				+ "gas_m3_per_day, plan_x, plan_y, plan_w, plan_h");
		load(s, allocationFile, "land_allocation",
				"plot_id, project_id, land_request_id, area_mu, status, reserved_at, confirmed_at");
		load(s, requestFile, "land_request", "id, project_id, area_mu, land_use");
		s.execute("SET foreign_key_checks = 1");
		for (String table : List.of("park", "park_zone", "plot", "land_allocation", "land_request")) {
			s.execute("ANALYZE TABLE " + table);
		}
		return true;
	}

	/**
	 * InnoDB's buffer pool for the run: {@code -Dbench.buffer-pool}, bytes (0 leaves it).
	 */
	static final long BUFFER_POOL = Long.getLong("bench.buffer-pool", 2L << 30);

	/**
	 * A province server keeps its data and indexes in memory (about 1.5 GB here; see
	 * docs/operations.md): the embedded engine starts with MariaDB's default 128 MB, so
	 * the run resizes it, as an operator would size theirs. A server that refuses (no
	 * privilege) keeps its own.
	 */
	private static void bufferPool(Statement s) {
		if (BUFFER_POOL <= 0) {
			return;
		}
		try {
			s.execute("SET GLOBAL innodb_buffer_pool_size = " + BUFFER_POOL);
			var rs = s.executeQuery("SELECT @@innodb_buffer_pool_size");
			rs.next();
			log.info("InnoDB buffer pool: {} MB", rs.getLong(1) >> 20);
		}
		catch (SQLException ex) {
			log.warn("Kept the server's buffer pool ({})", ex.getMessage());
		}
		settle(s);
	}

	/**
	 * Waits (at most two minutes) until the server has finished resizing its buffer pool
	 * and loading the pages it dumped at its last shutdown: both run in the background
	 * and would otherwise be timed with the first cases.
	 */
	private static void settle(Statement s) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
		try {
			while (System.nanoTime() < deadline) {
				String resize = status(s, "INNODB_BUFFER_POOL_RESIZE_STATUS");
				String load = status(s, "INNODB_BUFFER_POOL_LOAD_STATUS");
				boolean resized = resize.isEmpty() || resize.toLowerCase(java.util.Locale.ROOT).contains("complet");
				boolean loaded = load.isEmpty() || load.toLowerCase(java.util.Locale.ROOT).contains("complet")
						|| load.toLowerCase(java.util.Locale.ROOT).contains("not started");
				if (resized && loaded) {
					log.info("InnoDB buffer pool settled (resize: '{}', load: '{}')", resize, load);
					return;
				}
				Thread.sleep(500);
			}
			log.warn("InnoDB buffer pool still resizing or loading after two minutes");
		}
		catch (SQLException ex) {
			log.warn("Could not read the buffer pool's status ({})", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String status(Statement s, String name) throws SQLException {
		try (var rs = s.executeQuery(
				"SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = '" + name + "'")) {
			return rs.next() ? String.valueOf(rs.getString(1)) : "";
		}
	}

	/**
	 * A few staff own most projects: index ~ n·u³ puts half of them on the first eighth.
	 */
	private int skewedStaff() {
		double u = this.random.nextDouble();
		return (int) (staffCount(this.sizes) * u * u * u);
	}

	private int stage() {
		int pick = this.random.nextInt(1000);
		for (int i = 0; i < STAGE_WEIGHTS.length; i++) {
			pick -= STAGE_WEIGHTS[i];
			if (pick < 0) {
				return i;
			}
		}
		return 0;
	}

	private static void load(Statement s, Path file, String table, String columns) throws SQLException {
		long started = System.nanoTime();
		int rows = s.executeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace('\\', '/')
				+ "' INTO TABLE " + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' (" + columns + ")");
		log.info("Loaded {} rows into {} in {} s", rows, table, "%.1f".formatted((System.nanoTime() - started) / 1e9));
		try {
			Files.delete(file); // the database has it now
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", file, ex.toString());
		}
	}

	private static BufferedWriter writer(Path file) throws IOException {
		return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
	}

	private static void row(BufferedWriter w, Object... values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				w.write('\t');
			}
			Object value = values[i];
			w.write((value instanceof LocalDateTime time)
					? time.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
					: String.valueOf(value));
		}
		w.write('\n');
	}

	private static List<Long> ids(Statement s, String sql) throws SQLException {
		List<Long> ids = new ArrayList<>();
		var rs = s.executeQuery(sql);
		while (rs.next()) {
			ids.add(rs.getLong(1));
		}
		return ids;
	}

	private static long nextId(Statement s, String table) throws SQLException {
		var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1000 FROM " + table);
		rs.next();
		return rs.getLong(1);
	}

	static String withLocalInfile(String url) {
		return url + (url.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
	}

}
