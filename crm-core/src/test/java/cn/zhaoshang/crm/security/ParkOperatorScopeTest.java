package cn.zhaoshang.crm.security;

import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.zhaoshang.crm.land.AllocationRow;
import cn.zhaoshang.crm.land.AllocationService;
import cn.zhaoshang.crm.land.LandRequestRow;
import cn.zhaoshang.crm.land.LandRequestService;
import cn.zhaoshang.crm.land.ReserveForm;
import cn.zhaoshang.crm.matching.MatchingService;
import cn.zhaoshang.crm.park.ParkOverview;
import cn.zhaoshang.crm.park.ParkRef;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.park.PlotForm;
import cn.zhaoshang.crm.park.PlotRow;
import cn.zhaoshang.crm.park.ZoneRef;
import cn.zhaoshang.crm.project.ProjectFilter;
import cn.zhaoshang.crm.project.ProjectRow;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.report.ReportService;
import cn.zhaoshang.crm.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park operator sees exactly one park. Signed in as the pipeline park's operator, every
 * service method a PARK_OPERATOR may call is called: what comes back belongs to the
 * pipeline park (or to projects preferring it or holding land in it), and asking for the
 * auto parts park's plots, projects, requests and allocations is refused. A guard fails
 * when a service gains a method an operator can reach that this test does not cover.
 */
@SpringBootTest
@Transactional
@WithUserDetails("op_pipeline")
class ParkOperatorScopeTest {

	/** Every operator-reachable service method, as Class.method. */
	static final Set<String> COVERED = Set.of("ParkService.overview", "ParkService.parks", "ParkService.zones",
			"ParkService.detail", "ParkService.plots", "ParkService.savePlot", "ProjectService.list",
			"ProjectService.count", "ProjectService.get", "ProjectService.history", "ProjectService.stageCounts",
			"ProjectService.collaborators", "LandRequestService.forProject", "AllocationService.reserve",
			"AllocationService.confirm", "AllocationService.release", "AllocationService.forProject",
			"AllocationService.forPark", "AllocationService.countForPark", "MatchingService.forRequest",
			"MatchingService.tenantsFor", "ProjectService.exportXlsx", "ReportService.cockpit",
			"ReportService.monthlyXlsx", "ReportService.monthlyPdf", "PlotRecoveryService.markIdle",
			"PlotRecoveryService.startRecovery", "PlotRecoveryService.offerAgain", "PlotRecoveryService.history",
			"PlotRecoveryService.recovered", "AllocationService.reservationDays", "ProjectService.changeHistory",
			"ProjectService.changeHistoryCount", "ReferenceData.industries", "ReferenceData.parks",
			"ReferenceData.zones", "AdmissionService.budgets", "AdmissionService.evaluations",
			"AdmissionService.ruleHistory", "AdmissionService.rules", "FulfilmentService.addFunds",
			"FulfilmentService.fulfilment", "FulfilmentService.idleLand", "FulfilmentService.rates",
			"FulfilmentService.removeFunds", "FulfilmentService.saveProgress", "TenantPerformanceService.commitImport",
			"TenantPerformanceService.count", "TenantPerformanceService.cutoffHistory",
			"TenantPerformanceService.cutoffs", "TenantPerformanceService.history", "TenantPerformanceService.list",
			"TenantPerformanceService.previewImport", "TenantPerformanceService.recoveryCandidates",
			"TenantPerformanceService.regrade", "TenantPerformanceService.save", "TenantPerformanceService.tenants",
			"TenantPerformanceService.years");

	@Autowired
	ApplicationContext context;

	@Autowired
	ParkService parks;

	@Autowired
	ProjectService projects;

	@Autowired
	LandRequestService requests;

	@Autowired
	AllocationService allocations;

	@Autowired
	MatchingService matching;

	@Autowired
	DSLContext dsl;

	@Autowired
	ReportService reports;

	@Autowired
	cn.zhaoshang.crm.reference.ReferenceData reference;

	@Autowired
	cn.zhaoshang.crm.admission.AdmissionService admission;

	@Autowired
	cn.zhaoshang.crm.fulfilment.FulfilmentService fulfilment;

	@Autowired
	cn.zhaoshang.crm.tenant.TenantPerformanceService tenants;

	@Autowired
	cn.zhaoshang.crm.land.PlotRecoveryService recovery;

	@Test
	void every_service_method_an_operator_can_reach_is_covered_here() {
		Set<String> reachable = new TreeSet<>();
		for (Object bean : this.context.getBeansWithAnnotation(Service.class).values()) {
			Class<?> type = AopUtils.getTargetClass(bean);
			for (Method method : type.getDeclaredMethods()) {
				PreAuthorize rule = method.getAnnotation(PreAuthorize.class);
				java.util.regex.Matcher capability = (rule != null)
						? java.util.regex.Pattern.compile("@access\\.may\\('([A-Z_]+)'\\)").matcher(rule.value())
						: null;
				if (Modifier.isPublic(method.getModifiers()) && capability != null && capability.matches()
						&& Capability.valueOf(capability.group(1)).roles().contains(Roles.PARK_OPERATOR)) {
					reachable.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(reachable).containsExactlyInAnyOrderElementsOf(COVERED);
	}

	@Test
	void parks() {
		long pipeline = park("PIPELINE");
		long auto = park("AUTO_PARTS");
		assertThat(this.parks.overview()).extracting(ParkOverview::id).containsExactly(pipeline);
		assertThat(this.parks.parks()).extracting(ParkRef::id).containsExactly(pipeline);
		assertThat(this.parks.zones(pipeline)).allMatch((ZoneRef z) -> z.parkId() == pipeline);
		assertThat(this.parks.detail(pipeline).overview().id()).isEqualTo(pipeline);
		assertThat(this.parks.plots(pipeline)).isNotEmpty().allMatch((PlotRow p) -> p.parkId() == pipeline);
		assertThatThrownBy(() -> this.parks.zones(auto)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.parks.detail(auto)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.parks.plots(auto)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.parks.savePlot(PlotForm.empty(auto))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void projects() {
		long pipeline = park("PIPELINE");
		Condition ofPipeline = PROJECT.PREFERRED_PARK_ID.eq(pipeline)
			.or(DSL.exists(DSL.selectOne()
				.from(LAND_ALLOCATION)
				.join(PLOT)
				.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
				.where(LAND_ALLOCATION.PROJECT_ID.eq(PROJECT.ID))
				.and(PLOT.PARK_ID.eq(pipeline))));
		List<String> expected = this.dsl.select(PROJECT.CODE).from(PROJECT).where(ofPipeline).fetch(PROJECT.CODE);
		List<ProjectRow> rows = this.projects.list(ProjectFilter.none(), PageRequest.first(100));
		assertThat(rows).extracting(ProjectRow::code).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
		assertThat(this.projects.count(ProjectFilter.none())).isEqualTo(expected.size());
		assertThat(this.projects.stageCounts().values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(expected.size());
		long own = project("ZS-2018-001");
		assertThat(this.projects.get(own).code()).isEqualTo("ZS-2018-001");
		assertThat(this.projects.history(own)).isNotEmpty();
		assertThat(this.projects.collaborators(own)).isNotNull();
		long autoProject = project("ZS-2026-003");
		assertThatThrownBy(() -> this.projects.get(autoProject)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.projects.history(autoProject)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.projects.collaborators(autoProject)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.projects.changeHistoryCount(own)).isNotNegative();
		assertThat(this.projects.changeHistory(own, PageRequest.first(10))).isNotNull();
		assertThatThrownBy(() -> this.projects.changeHistory(autoProject, PageRequest.first(10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.projects.changeHistoryCount(autoProject))
			.isInstanceOf(AccessDeniedException.class);
		// reference lists (names of industries, parks, zones) carry no park's land or
		// projects
		assertThat(this.reference.industries()).isNotEmpty();
		assertThat(this.reference.parks()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(this.reference.zones()).isNotEmpty();
	}

	@Test
	void the_project_export_holds_the_park_s_projects_only() throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		int rows = this.projects.exportXlsx(ProjectFilter.none(), key -> key, out);
		assertThat(rows).isEqualTo(this.projects.count(ProjectFilter.none())).isPositive();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(out.toByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			for (int r = 1; r <= rows; r++) {
				assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isNotEqualTo("ZS-2026-003");
			}
		}
	}

	@Test
	void the_cockpit_and_the_monthly_report_hold_the_park_s_land_only() {
		long pipeline = park("PIPELINE");
		long auto = park("AUTO_PARTS");
		var month = java.time.YearMonth.of(2026, 10);
		var cockpit = this.reports.cockpit(cn.zhaoshang.crm.report.ReportFilter.month(month, auto));
		assertThat(cockpit.sections()).containsExactly(cn.zhaoshang.crm.report.CockpitSection.LAND);
		assertThat(cockpit.land()).extracting(cn.zhaoshang.crm.report.ParkLand::code).containsExactly("PIPELINE");
		assertThat(cockpit.filter().parkId()).isEqualTo(pipeline);
		var labels = new cn.zhaoshang.crm.report.ReportLabels() {

			@Override
			public String text(String key, Object... arguments) {
				return key;
			}

			@Override
			public java.util.Locale locale() {
				return java.util.Locale.SIMPLIFIED_CHINESE;
			}

		};
		assertThat(this.reports.monthlyXlsx(month, auto, labels, new java.io.ByteArrayOutputStream()).land())
			.extracting(cn.zhaoshang.crm.report.ParkLand::code)
			.containsExactly("PIPELINE");
		assertThat(this.reports.monthlyPdf(month, auto, labels, new java.io.ByteArrayOutputStream()).land())
			.extracting(cn.zhaoshang.crm.report.ParkLand::code)
			.containsExactly("PIPELINE");
	}

	@Test
	void admission_fulfilment_and_tenant_performance() {
		long pipeline = park("PIPELINE");
		long auto = park("AUTO_PARTS");
		var today = java.time.LocalDate.now();
		// reads: their park only, whatever park is asked for
		assertThat(this.admission.rules(pipeline)).isNotNull();
		assertThat(this.admission.ruleHistory(pipeline)).isNotEmpty();
		assertThatThrownBy(() -> this.admission.rules(auto)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.admission.ruleHistory(auto)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.admission.budgets()).isNotNull();
		assertThat(this.admission.evaluations(project("ZS-2018-001"))).isNotNull();
		assertThatThrownBy(() -> this.admission.evaluations(project("ZS-2026-003")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.fulfilment.rates(today, pipeline).parkId()).isEqualTo(pipeline);
		assertThatThrownBy(() -> this.fulfilment.rates(today, auto)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.fulfilment.idleLand(today)).allMatch(i -> i.parkId() == null || i.parkId() == pipeline);
		assertThatThrownBy(() -> this.fulfilment.fulfilment(project("ZS-2026-003"), today))
			.isInstanceOf(AccessDeniedException.class);
		int year = today.getYear() - 1;
		assertThat(this.tenants.years(pipeline)).isNotNull();
		assertThat(this.tenants.list(pipeline, year, PageRequest.first(100))).allMatch(r -> r.parkId() == pipeline);
		assertThat(this.tenants.list(null, year, PageRequest.first(100))).allMatch(r -> r.parkId() == pipeline);
		assertThat(this.tenants.recoveryCandidates(null, year)).allMatch(r -> r.parkId() == pipeline);
		assertThatThrownBy(() -> this.tenants.years(auto)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.tenants.list(auto, year, PageRequest.first(10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.tenants.count(auto, year)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.tenants.recoveryCandidates(auto, year)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.tenants.cutoffs(auto)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.tenants.cutoffHistory(auto)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.tenants.tenants(auto, "", 10)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.tenants.regrade(auto, year)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.tenants.previewImport(new byte[0], "x.csv", auto, year))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void plot_recovery() {
		long autoPlot = this.dsl.fetchValue(PLOT.ID, PLOT.CODE.eq("AP-P-01"));
		int version = this.dsl.fetchValue(PLOT.VERSION, PLOT.ID.eq(autoPlot));
		assertThatThrownBy(() -> this.recovery.history(autoPlot)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.recovery.markIdle(autoPlot, version, "不是我的园区"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.recovery.startRecovery(autoPlot, version,
				cn.zhaoshang.crm.land.RecoveryRoute.LEASE, "不是我的园区"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.recovery.offerAgain(autoPlot, version, "不是我的园区"))
			.isInstanceOf(AccessDeniedException.class);
		// their own plot goes idle; the totals count their park only
		long own = this.dsl.fetchValue(PLOT.ID, PLOT.CODE.eq("PL-01"));
		this.recovery.markIdle(own, this.dsl.fetchValue(PLOT.VERSION, PLOT.ID.eq(own)), "闲置");
		assertThat(this.recovery.history(own)).hasSize(1);
		assertThat(this.recovery.recovered().plots()).isZero();
	}

	@Test
	void land_requests() {
		long pipeline = park("PIPELINE");
		assertThat(this.requests.forProject(project("ZS-2017-003"))).isNotEmpty()
			.allMatch((LandRequestRow r) -> r.parkId() == null || r.parkId() == pipeline);
		assertThatThrownBy(() -> this.requests.forProject(project("ZS-2026-003")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void allocations() {
		long pipeline = park("PIPELINE");
		long auto = park("AUTO_PARTS");
		assertThat(this.allocations.reservationDays()).isPositive();
		List<AllocationRow> own = this.allocations.forPark(pipeline, false, PageRequest.first(100));
		assertThat(own).isNotEmpty().allMatch(a -> a.parkId() == pipeline);
		assertThat(this.allocations.countForPark(pipeline, false)).isEqualTo(own.size());
		assertThat(this.allocations.forProject(project("ZS-2018-001"))).isNotEmpty()
			.allMatch(a -> a.parkId() == pipeline);
		assertThatThrownBy(() -> this.allocations.forPark(auto, false, PageRequest.first(10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.allocations.countForPark(auto, false)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.allocations.forProject(project("ZS-2026-003")))
			.isInstanceOf(AccessDeniedException.class);

		long autoReservation = this.dsl.select(LAND_ALLOCATION.ID)
			.from(LAND_ALLOCATION)
			.join(PLOT)
			.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
			.where(PLOT.CODE.eq("AP-P-12"))
			.fetchSingle(LAND_ALLOCATION.ID);
		assertThatThrownBy(() -> this.allocations.confirm(autoReservation, 0))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.allocations.release(autoReservation, 0, "不是我的园区"))
			.isInstanceOf(AccessDeniedException.class);
		long plotElsewhere = this.dsl.fetchValue(PLOT.ID, PLOT.CODE.eq("AP-P-05"));
		assertThatThrownBy(
				() -> this.allocations.reserve(new ReserveForm(plotElsewhere, request("ZS-2017-003"), BigDecimal.TEN)))
			.isInstanceOf(AccessDeniedException.class);
		// in their own park they reserve for an open project
		long reserved = this.allocations.reserve(new ReserveForm(this.dsl.fetchValue(PLOT.ID, PLOT.CODE.eq("PL-02")),
				request("ZS-2017-003"), new BigDecimal("90")));
		assertThat(this.allocations.forPark(pipeline, true, PageRequest.first(10))).extracting(AllocationRow::id)
			.contains(reserved);
		assertThat(this.projects.get(project("ZS-2017-003")).stage()).isEqualTo(Stage.CONTACTED);
	}

	@Test
	void matching() {
		long pipeline = park("PIPELINE");
		assertThat(this.matching.forRequest(request("ZS-2017-003")).options()).isNotEmpty()
			.allMatch(o -> o.parkId() == pipeline);
		assertThat(this.matching.tenantsFor(pipeline)).allMatch(f -> f.best().parkId() == pipeline);
		assertThatThrownBy(() -> this.matching.forRequest(request("ZS-2026-004")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.matching.tenantsFor(park("AUTO_PARTS")))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long park(String code) {
		return this.dsl.fetchValue(PARK.ID, PARK.CODE.eq(code));
	}

	private long project(String code) {
		return this.dsl.fetchValue(PROJECT.ID, PROJECT.CODE.eq(code));
	}

	private long request(String projectCode) {
		return this.dsl.select(LAND_REQUEST.ID)
			.from(LAND_REQUEST)
			.join(PROJECT)
			.on(PROJECT.ID.eq(LAND_REQUEST.PROJECT_ID))
			.where(PROJECT.CODE.eq(projectCode))
			.orderBy(LAND_REQUEST.ID)
			.limit(1)
			.fetchSingle(LAND_REQUEST.ID);
	}

}
