package cn.zhaoshang.crm.tenant;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.TENANT_PERFORMANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** 亩均效益 on the real database with the demo tenants as fixture; every test rolls back. */
@SpringBootTest
@Transactional
class TenantPerformanceServiceTest {

	private static final String MOBIS = "沧州现代摩比斯汽车零部件有限公司";

	private static final String QINGNAN = "沧州庆南贸易有限公司";

	@Autowired
	TenantPerformanceService performance;

	@Autowired
	DSLContext dsl;

	@Test
	@WithUserDetails("op_auto")
	void the_operator_lists_their_parks_tenants_with_derived_figures_and_grades() {
		List<PerformanceRow> rows = this.performance.list(null, 2025, PageRequest.first(50, Sort.desc("taxPerMu")));
		assertThat(rows).extracting(PerformanceRow::investorName)
			.containsExactly(MOBIS, "北汽岱摩斯（沧州）汽车系统有限公司", "北汽韩一（沧州）汽车饰件有限公司", "延锋海纳川汽车饰件系统有限公司");
		PerformanceRow mobis = rows.getFirst();
		assertThat(mobis.taxPerMu()).isEqualByComparingTo("120.83"); // 14500 / 120
		assertThat(mobis.outputPerMu()).isEqualByComparingTo("2466.67");
		assertThat(mobis.grade()).isEqualTo(Grade.A);
		assertThat(mobis.previousGrade()).isEqualTo(Grade.A);
		assertThat(this.performance.count(null, 2025)).isEqualTo(4);
		assertThat(this.performance.years(null)).containsExactly(2025, 2024);
		assertThatThrownBy(() -> this.performance.list(parkId("SME"), 2025, PageRequest.first(10)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("op_auto")
	void a_new_year_is_graded_with_the_cut_offs_in_force_and_a_second_one_is_refused() {
		long park = parkId("AUTO_PARTS");
		long mobis = investorId(MOBIS);
		long id = this.performance.save(new PerformanceForm(null, 0, mobis, park, null, 2026, dec("120"), dec("240000"),
				dec("6000"), dec("4800"), 880)); // 50.00 tax, 2000.00 output → B
		PerformanceRow row = this.performance.history(mobis, park).getLast();
		assertThat(row.id()).isEqualTo(id);
		assertThat(row.grade()).isEqualTo(Grade.B);
		assertThat(row.gradingVersion()).isEqualTo(1);
		assertThat(row.previousGrade()).isEqualTo(Grade.A);
		assertThatThrownBy(() -> this.performance
			.save(new PerformanceForm(null, 0, mobis, park, null, 2026, dec("120"), dec("1"), dec("1"), null, null)))
			.hasMessage("tenant.error.year-exists");
		// an edit from a stale form is refused
		this.performance.save(row.form());
		assertThatThrownBy(() -> this.performance.save(row.form())).isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.performance.save(
				new PerformanceForm(null, 0, mobis, park, null, 2027, BigDecimal.ZERO, dec("1"), dec("1"), null, null)))
			.hasMessage("tenant.error.zero-land");
	}

	@Test
	@WithUserDetails("op_auto")
	void an_xlsx_with_bad_rows_is_reported_row_by_row_and_nothing_is_written() throws Exception {
		int before = this.dsl.fetchCount(TENANT_PERFORMANCE);
		byte[] file = xlsx(new String[][] { { "企业名称", "统一社会信用代码", "用地(亩)", "产值(万元)", "税收(万元)", "综合能耗(吨标煤)", "从业人员" },
				{ MOBIS, "", "120", "300000", "15000", "5000", "910" }, // row 2: good
				{ "不存在的公司", "", "10", "1", "1", "", "" }, // row 3: unknown
				{ QINGNAN, "", "0", "100", "1", "", "" }, // row 4: zero land
				{ "北汽韩一（沧州）汽车饰件有限公司", "", "80", "十万", "-5", "", "12.5" }, // row 5
				{ MOBIS, "", "120", "1", "1", "", "" } }); // row 6: twice
		PerformanceImportPreview preview = this.performance.previewImport(file, "2026.xlsx", parkId("AUTO_PARTS"),
				2026);
		assertThat(problems(preview, 2)).isEmpty();
		assertThat(problems(preview, 3)).containsExactly("企业名称:tenant.import.error.not-a-tenant");
		assertThat(problems(preview, 4)).containsExactly("用地(亩):tenant.error.zero-land");
		assertThat(problems(preview, 5)).containsExactly("产值(万元):import.error.not-a-number",
				"税收(万元):tenant.import.error.negative", "从业人员:tenant.import.error.not-whole");
		assertThat(problems(preview, 6)).containsExactly("企业名称:tenant.import.error.twice");
		assertThat(preview.rows().getFirst().grade()).isEqualTo(Grade.A);
		assertThat(preview.errorRows()).isEqualTo(4);
		assertThatThrownBy(() -> this.performance.commitImport(preview)).isInstanceOf(DomainException.class)
			.hasMessage("import.error.has-errors");
		assertThat(this.dsl.fetchCount(TENANT_PERFORMANCE)).isEqualTo(before);
	}

	@Test
	@WithUserDetails("op_auto")
	void a_clean_xlsx_adds_new_years_and_replaces_existing_ones_all_at_once() throws Exception {
		long park = parkId("AUTO_PARTS");
		byte[] file = xlsx(new String[][] { { "企业名称", "年度", "用地(亩)", "产值(万元)", "税收(万元)", "从业人员" },
				{ MOBIS, "2025", "120", "300,000.00", "15000", "910" }, // replaces 2025
				{ QINGNAN, "2025", "30", "9000", "300", "60" } }); // new: 10.00 tax, 300
																	// output → D
		PerformanceImportPreview preview = this.performance.previewImport(file, "2025.xlsx", park, 2026);
		assertThat(preview.hasErrors()).isFalse();
		assertThat(preview.replacedRows()).isEqualTo(1);
		assertThat(this.performance.commitImport(preview)).isEqualTo(2);
		PerformanceRow mobis = this.performance.history(investorId(MOBIS), park).getLast();
		assertThat(mobis.year()).isEqualTo(2025);
		assertThat(mobis.output()).isEqualByComparingTo("300000");
		assertThat(mobis.projectId()).isEqualTo(projectId("ZS-2016-005")); // link kept
		PerformanceRow qingnan = this.performance.history(investorId(QINGNAN), park).getFirst();
		assertThat(qingnan.grade()).isEqualTo(Grade.D);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("IMPORT").and(AUDIT_EVENT.ENTITY_TYPE.eq("tenant_performance"))))
			.isEqualTo(1);
	}

	@Test
	@WithUserDetails("op_tsinghua")
	void an_operator_imports_only_into_their_own_park() {
		assertThatThrownBy(() -> this.performance.previewImport(new byte[0], "x.xlsx", parkId("AUTO_PARTS"), 2025))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("op_sme")
	void d_two_years_running_and_no_production_make_a_recovery_candidate_with_its_plot() {
		assertThat(this.performance.recoveryCandidates(null, 2025)).singleElement().satisfies(c -> {
			assertThat(c.investorName()).isEqualTo("沧州云天环保科技有限公司");
			assertThat(c.plots()).isEqualTo("SME-05");
			assertThat(c.plotsMu()).isEqualByComparingTo("40");
			assertThat(c.reasons()).containsExactly(RecoveryCandidate.Reason.D_TWO_YEARS,
					RecoveryCandidate.Reason.NO_PRODUCTION);
		});
		// 2024 is the first year with figures: no D the year before, but no production
		assertThat(this.performance.recoveryCandidates(null, 2024)).singleElement()
			.extracting(RecoveryCandidate::reasons)
			.isEqualTo(List.of(RecoveryCandidate.Reason.NO_PRODUCTION));
	}

	@Test
	@WithUserDetails("director")
	void a_tenant_graded_d_for_the_first_time_is_not_yet_a_candidate() {
		long park = parkId("AUTO_PARTS");
		long hanil = investorId("北汽韩一（沧州）汽车饰件有限公司");
		this.performance
			.save(new PerformanceForm(null, 0, hanil, park, null, 2026, dec("80"), dec("1000"), dec("10"), null, 300)); // D
		assertThat(this.performance.recoveryCandidates(park, 2026)).isEmpty();
		this.performance
			.save(new PerformanceForm(null, 0, hanil, park, null, 2027, dec("80"), dec("1000"), dec("10"), null, 300)); // D
																														// again
		assertThat(this.performance.recoveryCandidates(park, 2027)).extracting(RecoveryCandidate::reasons)
			.containsExactly(List.of(RecoveryCandidate.Reason.D_TWO_YEARS));
	}

	@Test
	@WithUserDetails("director")
	void new_cut_offs_are_a_new_version_and_regrading_applies_them() {
		long park = parkId("AUTO_PARTS");
		GradingCutoffs v1 = this.performance.cutoffs(park);
		assertThatThrownBy(() -> this.performance
			.saveCutoffs(new GradingForm(park, 1, dec("10"), dec("50"), dec("5"), dec("1"), dec("1"), dec("1"), null)))
			.hasMessage("tenant.error.cutoffs-order");
		// tax A from 130: Mobis (120.83) drops to B
		GradingCutoffs v2 = this.performance.saveCutoffs(new GradingForm(park, v1.version(), dec("130"), v1.bTaxPerMu(),
				v1.cTaxPerMu(), v1.aOutputPerMu(), v1.bOutputPerMu(), v1.cOutputPerMu(), "提高A级门槛"));
		assertThat(v2.version()).isEqualTo(2);
		assertThat(this.performance.cutoffHistory(park)).extracting(GradingCutoffs::version).containsExactly(2, 1);
		assertThat(row(MOBIS, 2025).grade()).isEqualTo(Grade.A); // kept until regraded
		assertThat(this.performance.regrade(park, 2025)).isEqualTo(4);
		assertThat(row(MOBIS, 2025).grade()).isEqualTo(Grade.B);
		assertThat(row(MOBIS, 2025).gradingVersion()).isEqualTo(2);
		assertThatThrownBy(() -> this.performance.saveCutoffs(GradingForm.of(v1)))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	@WithUserDetails("op_auto")
	void operators_do_not_change_cut_offs() {
		GradingCutoffs mine = this.performance.cutoffs(parkId("AUTO_PARTS"));
		assertThatThrownBy(() -> this.performance.saveCutoffs(GradingForm.of(mine)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.performance.tenants(parkId("AUTO_PARTS"), "沧州", 20)).extracting(TenantRef::name)
			.contains(MOBIS, QINGNAN)
			.doesNotContain("沧州云天环保科技有限公司"); // the SME park's
	}

	@Test
	@WithUserDetails("staff")
	void staff_have_no_tenant_figures() {
		assertThatThrownBy(() -> this.performance.list(null, 2025, PageRequest.first(10)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private PerformanceRow row(String tenant, int year) {
		return this.performance.history(investorId(tenant), parkId("AUTO_PARTS"))
			.stream()
			.filter(r -> r.year() == year)
			.findFirst()
			.orElseThrow();
	}

	private static List<String> problems(PerformanceImportPreview preview, int rowNumber) {
		return preview.rows()
			.stream()
			.filter(r -> r.rowNumber() == rowNumber)
			.findFirst()
			.orElseThrow()
			.problems()
			.stream()
			.map(p -> p.column() + ":" + p.messageKey())
			.toList();
	}

	static byte[] xlsx(String[][] cells) throws Exception {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			for (int r = 0; r < cells.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.createCell(c).setCellValue(cells[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static BigDecimal dec(String text) {
		return new BigDecimal(text);
	}

	private long investorId(String name) {
		return this.dsl.fetchValue(INVESTOR.ID, INVESTOR.NAME_ZH.eq(name));
	}

	private long projectId(String code) {
		return this.dsl.fetchValue(PROJECT.ID, PROJECT.CODE.eq(code));
	}

	private long parkId(String code) {
		return this.dsl.fetchValue(PARK.ID, PARK.CODE.eq(code));
	}

}
