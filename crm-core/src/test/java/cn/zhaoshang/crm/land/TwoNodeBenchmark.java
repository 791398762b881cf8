package cn.zhaoshang.crm.land;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import cn.zhaoshang.crm.CoreTestApplication;
import cn.zhaoshang.crm.bench.BenchData;
import cn.zhaoshang.crm.bench.Timings;
import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.enums.PlotLandUse;
import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.project.ProjectFilter;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two app nodes on one database (issue 9): two separate application contexts, each with
 * its own connection pool and scheduler, on the benchmark's province-size database.
 * Proves that nothing relies on one JVM: the reservation storm spread over both nodes
 * never over-allocates a plot, a scheduled job runs on one node per tick, and the list
 * page keeps its speed with both nodes under load. Runs with the benchmark:
 * {@code ./mvnw -Pbench -pl crm-core -am verify}.
 */
@Tag("bench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeBenchmark {

	static final int CALLERS = 20;

	static final String PREFIX = "TWO-NODE-";

	ConfigurableApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;

	DSLContext dsl;

	long plot;

	final List<Long> requests = new ArrayList<>();

	final List<String> results = new ArrayList<>();

	@BeforeAll
	void start_two_nodes() throws Exception {
		// command-line arguments: they win over the surefire system properties
		this.nodeA = new SpringApplicationBuilder(CoreTestApplication.class).run("--spring.profiles.active=bench",
				"--crm.land.expiry-cron=-");
		HikariDataSource a = (HikariDataSource) this.nodeA.getBean(DataSource.class);
		// the province data set, generated on first use (also when this class runs first)
		new BenchData(BenchData.Sizes.of(Double.parseDouble(System.getProperty("bench.scale", "1"))),
				Path.of("target/bench-tmp"))
			.ensureLoaded(a.getJdbcUrl(), a.getUsername(), a.getPassword());
		this.nodeB = new SpringApplicationBuilder(CoreTestApplication.class).run("--spring.profiles.active=bench",
				"--crm.land.expiry-cron=-", "--crm.db.url=" + a.getJdbcUrl(), "--crm.db.user=" + a.getUsername(),
				"--crm.db.password=" + ((a.getPassword() != null) ? a.getPassword() : ""));
		assertThat(this.nodeB.getBean(DataSource.class)).isNotSameAs(a);
		this.dsl = this.nodeA.getBean(DSLContext.class);
		remove_the_storm_s_rows();
		long park = this.dsl.fetchValue(PARK.ID, PARK.CODE.eq("AUTO_PARTS"));
		this.plot = this.dsl.insertInto(PLOT)
			.set(PLOT.PARK_ID, park)
			.set(PLOT.CODE, PREFIX + "PLOT")
			.set(PLOT.AREA_MU, new BigDecimal("200"))
			.set(PLOT.LAND_USE, PlotLandUse.INDUSTRIAL)
			.returningResult(PLOT.ID)
			.fetchSingle(PLOT.ID);
		long investor = this.dsl.select(INVESTOR.ID).from(INVESTOR).limit(1).fetchSingle(INVESTOR.ID);
		long owner = this.dsl.select(APP_USER.ID).from(APP_USER).limit(1).fetchSingle(APP_USER.ID);
		for (int i = 1; i <= CALLERS; i++) {
			long project = this.dsl.insertInto(PROJECT)
				.set(PROJECT.CODE, PREFIX + i)
				.set(PROJECT.NAME, "两节点并发预留 " + i)
				.set(PROJECT.INVESTOR_ID, investor)
				.set(PROJECT.OWNER_ID, owner)
				.set(PROJECT.STAGE, ProjectStage.NEGOTIATION)
				.returningResult(PROJECT.ID)
				.fetchSingle(PROJECT.ID);
			this.requests.add(this.dsl.insertInto(LAND_REQUEST)
				.set(LAND_REQUEST.PROJECT_ID, project)
				.set(LAND_REQUEST.AREA_MU, new BigDecimal("50"))
				.returningResult(LAND_REQUEST.ID)
				.fetchSingle(LAND_REQUEST.ID));
		}
	}

	@Test
	void a_reservation_storm_over_both_nodes_never_over_allocates() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			ConfigurableApplicationContext node = (i % 2 == 0) ? this.nodeA : this.nodeB;
			long request = this.requests.get(i);
			Callable<Boolean> reserve = () -> {
				signInAs(node, "bench-director-001");
				start.await();
				try {
					node.getBean(AllocationService.class)
						.reserve(new ReserveForm(this.plot, request, new BigDecimal("50")));
					return true;
				}
				catch (DomainException ex) {
					assertThat(ex.messageKey()).isEqualTo("allocation.error.not-enough-land");
					return false;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			};
			outcomes.add(pool.submit(reserve));
		}
		start.countDown();
		int reserved = 0;
		for (Future<Boolean> outcome : outcomes) {
			reserved += outcome.get(120, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();
		BigDecimal held = this.dsl.select(LAND_ALLOCATION.AREA_MU)
			.from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.PLOT_ID.eq(this.plot))
			.and(LAND_ALLOCATION.STATUS.in(LandAllocationStatus.RESERVED, LandAllocationStatus.CONFIRMED))
			.fetch(LAND_ALLOCATION.AREA_MU)
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(reserved).isEqualTo(4);
		assertThat(held).isEqualByComparingTo("200");
		this.results.add("{\"name\":\"reservation storm, 20 callers over 2 nodes, one 200 mu plot\","
				+ "\"reserved\":%d,\"held_mu\":%s}".formatted(reserved, held.toPlainString()));
	}

	@Test
	void a_scheduled_job_runs_on_one_node_per_tick() throws Exception {
		ReservationExpirySchedule a = this.nodeA.getBean(ReservationExpirySchedule.class);
		ReservationExpirySchedule b = this.nodeB.getBean(ReservationExpirySchedule.class);
		int before = a.runs() + b.runs();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Future<?> onA = pool.submit(() -> {
			start.await();
			a.sweep();
			return null;
		});
		Future<?> onB = pool.submit(() -> {
			start.await();
			b.sweep();
			return null;
		});
		start.countDown();
		onA.get(60, TimeUnit.SECONDS);
		onB.get(60, TimeUnit.SECONDS);
		// the tick right after still finds the lock held (lockAtLeastFor 30 s)
		a.sweep();
		b.sweep();
		pool.shutdown();
		assertThat(a.runs() + b.runs() - before).isEqualTo(1);
		this.results.add("{\"name\":\"expiry sweep triggered 4 times on 2 nodes within 30 s\",\"runs\":%d}"
			.formatted(a.runs() + b.runs() - before));
	}

	@Test
	void the_list_page_with_both_nodes_under_load() throws Exception {
		ProjectFilter filter = new ProjectFilter("智能", Stage.NEGOTIATION, null, null, null, null, null,
				this.dsl.select(cn.zhaoshang.crm.db.Tables.INDUSTRY.ID)
					.from(cn.zhaoshang.crm.db.Tables.INDUSTRY)
					.orderBy(cn.zhaoshang.crm.db.Tables.INDUSTRY.CLUSTER,
							cn.zhaoshang.crm.db.Tables.INDUSTRY.SORT_ORDER, cn.zhaoshang.crm.db.Tables.INDUSTRY.ID)
					.limit(1, 1)
					.fetchSingle(cn.zhaoshang.crm.db.Tables.INDUSTRY.ID),
				null, null, null);
		PageRequest page = new PageRequest(0, 50, List.of(Sort.asc("expectedSigningDate")));
		int perThread = Integer.getInteger("bench.runs", 300);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<double[]>> futures = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			ConfigurableApplicationContext node = (t % 2 == 0) ? this.nodeA : this.nodeB;
			futures.add(pool.submit(() -> {
				signInAs(node, "bench-director-001");
				ProjectService projects = node.getBean(ProjectService.class);
				for (int i = 0; i < 20; i++) { // warm-up
					projects.list(filter, page);
					projects.count(filter);
				}
				double[] ms = new double[perThread];
				for (int i = 0; i < perThread; i++) {
					long started = System.nanoTime();
					projects.list(filter, page);
					projects.count(filter);
					ms[i] = (System.nanoTime() - started) / 1e6;
				}
				return ms;
			}));
		}
		List<Double> all = new ArrayList<>();
		for (Future<double[]> f : futures) {
			for (double ms : f.get(10, TimeUnit.MINUTES)) {
				all.add(ms);
			}
		}
		pool.shutdown();
		Timings t = Timings.of("list page, DIRECTOR, 4 concurrent users over 2 nodes",
				all.stream().mapToDouble(Double::doubleValue).toArray());
		this.results.add(t.json());
		System.out.printf("%n%s: median %.2f ms, p95 %.2f ms over %d requests%n", t.name(), t.medianMs(), t.p95Ms(),
				t.runs());
	}

	@AfterAll
	void stop() throws Exception {
		remove_the_storm_s_rows();
		Files.writeString(Path.of("target/two-node.json"), "[\n  " + String.join(",\n  ", this.results) + "\n]\n",
				StandardCharsets.UTF_8);
		this.nodeB.close();
		this.nodeA.close();
	}

	private void remove_the_storm_s_rows() {
		var projects = this.dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.CODE.startsWith(PREFIX));
		this.dsl.deleteFrom(LAND_ALLOCATION).where(LAND_ALLOCATION.PROJECT_ID.in(projects)).execute();
		this.dsl.deleteFrom(LAND_REQUEST).where(LAND_REQUEST.PROJECT_ID.in(projects)).execute();
		this.dsl.deleteFrom(PROJECT).where(PROJECT.CODE.startsWith(PREFIX)).execute();
		this.dsl.deleteFrom(PLOT).where(PLOT.CODE.startsWith(PREFIX)).execute();
	}

	private static void signInAs(ConfigurableApplicationContext node, String username) {
		UserDetails user = node.getBean(UserDetailsService.class).loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
