package cn.zhaoshang.crm.land;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.enums.PlotStatus;
import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The plot invariant under real concurrency on the real database (no test transaction:
 * every reservation commits on its own connection). Twenty projects each ask for 50 亩 of
 * AP-P-05 (200 亩) at the same moment: exactly four get it, sixteen are told the plot has
 * no land left, and the land held never exceeds the plot.
 */
@SpringBootTest
class AllocationConcurrencyTest {

	static final int CALLERS = 20;

	static final String PREFIX = "ZS-RACE-";

	@Autowired
	AllocationService allocations;

	@Autowired
	DSLContext dsl;

	@Autowired
	UserDetailsService users;

	final List<Long> requests = new ArrayList<>();

	long plot;

	@BeforeEach
	void twenty_projects_that_each_need_50_mu() {
		this.plot = this.dsl.fetchValue(PLOT.ID, PLOT.CODE.eq("AP-P-05"));
		long investor = this.dsl.fetchValue(INVESTOR.ID, INVESTOR.NAME_ZH.eq("北京瑞荣汽车零部件有限公司"));
		long director = this.dsl.fetchValue(APP_USER.ID, APP_USER.USERNAME.eq("director"));
		for (int i = 1; i <= CALLERS; i++) {
			long project = this.dsl.insertInto(PROJECT)
				.set(PROJECT.CODE, PREFIX + i)
				.set(PROJECT.NAME, "并发预留测试项目 " + i)
				.set(PROJECT.INVESTOR_ID, investor)
				.set(PROJECT.OWNER_ID, director)
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

	@AfterEach
	void remove_them() {
		var projects = this.dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.CODE.startsWith(PREFIX));
		this.dsl.deleteFrom(LAND_ALLOCATION).where(LAND_ALLOCATION.PROJECT_ID.in(projects)).execute();
		this.dsl.deleteFrom(PROJECT).where(PROJECT.CODE.startsWith(PREFIX)).execute();
		this.dsl.update(PLOT).set(PLOT.STATUS, PlotStatus.AVAILABLE).where(PLOT.ID.eq(this.plot)).execute();
	}

	@Test
	void twenty_parallel_reservations_of_one_plot_never_take_more_than_its_area() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
		List<Future<Outcome>> results = new ArrayList<>();
		var director = this.users.loadUserByUsername("director");
		for (long request : this.requests) {
			Callable<Outcome> reserve = () -> {
				SecurityContextHolder.getContext()
					.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
						.authenticated(director, null, director.getAuthorities()));
				start.await();
				try {
					this.allocations.reserve(new ReserveForm(this.plot, request, new BigDecimal("50")));
					return new Outcome(true, null);
				}
				catch (DomainException ex) {
					return new Outcome(false, ex);
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			};
			results.add(pool.submit(reserve));
		}
		start.countDown();
		List<Outcome> outcomes = new ArrayList<>();
		for (Future<Outcome> result : results) {
			outcomes.add(result.get(120, TimeUnit.SECONDS)); // anything but a
																// DomainException fails
																// here
		}
		pool.shutdown();

		assertThat(outcomes).filteredOn(Outcome::reserved).hasSize(4);
		assertThat(outcomes).filteredOn(o -> !o.reserved()).hasSize(CALLERS - 4).allSatisfy(o -> {
			assertThat(o.refusal().messageKey()).isEqualTo("allocation.error.not-enough-land");
			assertThat(o.refusal().arguments()).containsExactly("areaMu", "AP-P-05", new BigDecimal("0.00"));
		});
		BigDecimal held = this.dsl.select(LAND_ALLOCATION.AREA_MU)
			.from(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.PLOT_ID.eq(this.plot))
			.and(LAND_ALLOCATION.STATUS.in(LandAllocationStatus.RESERVED, LandAllocationStatus.CONFIRMED))
			.fetch(LAND_ALLOCATION.AREA_MU)
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(held).isEqualByComparingTo("200");
		assertThat(this.dsl.fetchValue(PLOT.STATUS, PLOT.ID.eq(this.plot))).isEqualTo(PlotStatus.RESERVED);
	}

	@Test
	void twenty_users_reserving_different_plots_at_once_all_succeed() throws Exception {
		// found by the benchmark: locking reads of the allocations took gap locks, and
		// inserts on neighbouring plots deadlocked each other
		// new plots without any allocation: their index entries share one gap
		long park = this.dsl.fetchValue(PLOT.PARK_ID, PLOT.CODE.eq("AP-P-05"));
		List<Long> plots = new ArrayList<>();
		for (int i = 1; i <= CALLERS; i++) {
			plots.add(this.dsl.insertInto(PLOT)
				.set(PLOT.PARK_ID, park)
				.set(PLOT.CODE, PREFIX + "PLOT-" + i)
				.set(PLOT.AREA_MU, new BigDecimal("10"))
				.set(PLOT.LAND_USE, cn.zhaoshang.crm.db.enums.PlotLandUse.INDUSTRIAL)
				.returningResult(PLOT.ID)
				.fetchSingle(PLOT.ID));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(plots.size());
		List<Future<Long>> results = new ArrayList<>();
		var director = this.users.loadUserByUsername("director");
		for (int i = 0; i < plots.size(); i++) {
			long plotId = plots.get(i);
			long request = this.requests.get(i);
			results.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
						.authenticated(director, null, director.getAuthorities()));
				start.await();
				try {
					return this.allocations.reserve(new ReserveForm(plotId, request, new BigDecimal("5")));
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		for (Future<Long> result : results) {
			assertThat(result.get(120, TimeUnit.SECONDS)).isPositive();
		}
		pool.shutdown();
		this.dsl.deleteFrom(LAND_ALLOCATION).where(LAND_ALLOCATION.PLOT_ID.in(plots)).execute();
		this.dsl.deleteFrom(PLOT).where(PLOT.ID.in(plots)).execute();
	}

	record Outcome(boolean reserved, DomainException refusal) {
	}

}
