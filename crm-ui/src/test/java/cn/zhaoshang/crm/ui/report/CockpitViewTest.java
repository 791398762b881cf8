package cn.zhaoshang.crm.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.report.Cockpit;
import cn.zhaoshang.crm.report.CockpitSection;
import cn.zhaoshang.crm.report.FunnelStage;
import cn.zhaoshang.crm.report.ReportLabels;
import cn.zhaoshang.crm.report.ReportService;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import cn.zhaoshang.crm.ui.base.EChart;
import cn.zhaoshang.crm.ui.i18n.TranslationProvider;
import com.vaadin.flow.component.grid.Grid;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cockpit on the demo data: what each role gets, charts and tables agreeing; each
 * test rolls back (the downloads write audit rows).
 */
@Transactional
class CockpitViewTest extends BrowserlessTestBase {

	@org.springframework.beans.factory.annotation.Autowired
	cn.zhaoshang.crm.project.ProjectService projectService;

	@Autowired
	ReportService reports;

	@Autowired
	TranslationProvider translations;

	private static JsonNode option(CockpitView view, String chartId) {
		EChart chart = findChart(view, chartId);
		return JsonMapper.builder().build().readTree(chart.getOptionJson());
	}

	private static EChart findChart(CockpitView view, String id) {
		return view.sections.getChildren()
			.flatMap(CockpitViewTest::descendants)
			.filter(c -> c instanceof EChart && id.equals(c.getId().orElse(null)))
			.map(EChart.class::cast)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no chart " + id));
	}

	private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
			com.vaadin.flow.component.Component c) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
				c.getChildren().flatMap(CockpitViewTest::descendants));
	}

	@SuppressWarnings("unchecked")
	private static <T> Grid<T> grid(CockpitView view, String id) {
		return (Grid<T>) view.sections.getChildren()
			.flatMap(CockpitViewTest::descendants)
			.filter(c -> c instanceof Grid && id.equals(c.getId().orElse(null)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table " + id));
	}

	private static Set<String> sectionIds(CockpitView view) {
		Set<String> ids = new TreeSet<>();
		view.sections.getChildren().forEach(c -> ids.add(c.getId().orElseThrow()));
		return ids;
	}

	@Test
	@WithUserDetails("director")
	void a_director_sees_every_section_with_charts_that_match_their_tables() {
		CockpitView view = navigate(CockpitView.class);
		assertThat(sectionIds(view)).containsExactlyInAnyOrder("section-funnel", "section-milestones",
				"section-targets", "section-land", "section-supervision", "section-staff");
		Cockpit cockpit = view.cockpit();
		assertThat(cockpit.filter().from()).isEqualTo(LocalDate.now().withDayOfYear(1));
		// the funnel chart carries the "reached" counts of the main line, in order
		JsonNode data = option(view, "chart-funnel").get("series").get(0).get("data");
		assertThat(data.size()).isEqualTo(Stage.mainLine().size());
		for (int i = 0; i < data.size(); i++) {
			FunnelStage stage = cockpit.funnel().get(i);
			assertThat(data.get(i).get("value").asInt()).isEqualTo(stage.reached());
			assertThat(data.get(i).get("name").asString()).isEqualTo(view.getTranslation(stage.stage().messageKey()));
		}
		// the demo's whole pipeline is there (every project a director sees), and
		// ZS-2016-001, negotiating since 2017, is stuck
		assertThat(cockpit.funnel().stream().mapToInt(FunnelStage::projects).sum())
			.isEqualTo(this.projectService.count(cn.zhaoshang.crm.project.ProjectFilter.none()))
			.isGreaterThanOrEqualTo(15);
		assertThat(cockpit.supervision().stuck()).extracting(p -> p.code()).contains("ZS-2016-001");
		// the same numbers as a table
		CockpitView.Panel funnel = (CockpitView.Panel) view.sections.getChildren()
			.filter(c -> "section-funnel".equals(c.getId().orElse(null)))
			.findFirst()
			.orElseThrow();
		assertThat(funnel.toggle.getText()).isEqualTo("以表格查看");
		test(funnel.toggle).click();
		assertThat(funnel.chartsShown()).isFalse();
		assertThat(funnel.toggle.getText()).isEqualTo("以图表查看");
		Grid<FunnelStage> table = grid(view, "table-funnel");
		assertThat(table.getParent().orElseThrow().isVisible()).isTrue();
		assertThat(test(table).size()).isEqualTo(Stage.values().length);
		for (int i = 0; i < Stage.values().length; i++) {
			FunnelStage stage = cockpit.funnel().get(i);
			assertThat(test(table).getCellText(i, 0)).isEqualTo(view.getTranslation(stage.stage().messageKey()));
			assertThat(test(table).getCellText(i, 1)).isEqualTo(String.valueOf(stage.projects()));
		}
		// 在谈 in the demo: 北京现代 670,000 + 北汽新能源 500,000 + 现代摩比斯电驱动 90,000 万元
		assertThat(cockpit.funnel().get(Stage.NEGOTIATION.ordinal()).investment()).isEqualByComparingTo("1260000");
		assertThat(test(table).getCellText(Stage.NEGOTIATION.ordinal(), 2)).isEqualTo("1,260,000.00");
	}

	@Test
	@WithUserDetails("op_auto")
	void a_park_operator_gets_only_the_land_of_their_park() {
		CockpitView view = navigate(CockpitView.class);
		assertThat(sectionIds(view)).containsExactly("section-land");
		Grid<?> land = grid(view, "table-land");
		assertThat(test(land).size()).isEqualTo(1);
		assertThat(test(land).getCellText(0, 0)).isEqualTo("汽车零部件产业园");
		assertThat(view.park.getListDataView().getItemCount()).isEqualTo(1);
		assertThat(view.park.getValue().code()).isEqualTo("AUTO_PARTS");
		assertThat(view.cluster.isVisible()).isFalse();
		assertThat(view.stuckDays.isVisible()).isFalse();
	}

	@Test
	@WithUserDetails("staff")
	void staff_see_their_own_row_of_the_staff_table() {
		CockpitView view = navigate(CockpitView.class);
		assertThat(sectionIds(view)).hasSize(6);
		Grid<?> staff = grid(view, "table-staff");
		assertThat(test(staff).size()).isEqualTo(1);
		assertThat(test(staff).getCellText(0, 0)).isEqualTo("张伟");
	}

	@Test
	@WithUserDetails("director")
	void a_period_that_ends_before_it_starts_is_refused_at_the_field() {
		CockpitView view = navigate(CockpitView.class);
		Cockpit before = view.cockpit();
		test(view.to).setValue(view.from.getValue().minusDays(1));
		assertThat(view.to.isInvalid()).isTrue();
		assertThat(view.to.getErrorMessage()).isEqualTo("结束日期不能早于开始日期。");
		assertThat(view.cockpit()).isSameAs(before);
		assertThat(view.period.getValue()).isEqualTo(CockpitView.Period.CUSTOM);
	}

	@Test
	@WithUserDetails("director")
	void the_park_filter_narrows_the_cockpit_and_the_report() {
		CockpitView view = navigate(CockpitView.class);
		test(view.park).selectItem("高端管道装备产业园");
		Cockpit cockpit = view.cockpit();
		assertThat(cockpit.land()).hasSize(1);
		// ZS-2017-003 (CONTACTED), ZS-2017-004 (LOST), ZS-2018-001 (CONSTRUCTION) prefer
		// the pipeline park
		assertThat(cockpit.funnel().stream().mapToInt(FunnelStage::projects).sum()).isEqualTo(3);
	}

	/**
	 * Every key a report asks for has a text in both languages, and the PDF is Chinese.
	 */
	@Test
	@WithUserDetails("director")
	void the_reports_words_come_from_both_bundles() throws IOException {
		for (Locale locale : new Locale[] { TranslationProvider.CHINESE, TranslationProvider.ENGLISH }) {
			Set<String> asked = new TreeSet<>();
			ReportLabels labels = new ReportLabels() {

				@Override
				public String text(String key, Object... arguments) {
					asked.add(key);
					return CockpitViewTest.this.translations.getTranslation(key, locale, arguments);
				}

				@Override
				public Locale locale() {
					return locale;
				}

			};
			var xlsx = new ByteArrayOutputStream();
			this.reports.monthlyXlsx(YearMonth.of(2026, 6), null, labels, xlsx);
			this.reports.monthlyPdf(YearMonth.of(2026, 6), null, labels, new ByteArrayOutputStream());
			assertThat(asked).isNotEmpty()
				.allSatisfy(
						key -> assertThat(this.translations.getTranslation(key, locale)).as(key).doesNotStartWith("!"));
			try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
				String title = workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
				assertThat(title).isEqualTo(locale == TranslationProvider.CHINESE ? "2026年6月 招商项目月报 · 全部园区"
						: "Investment pipeline report 2026-06 · All parks");
				assertThat(workbook.getSheetAt(0).getRow(3).getCell(2).getStringCellValue())
					.isEqualTo(locale == TranslationProvider.CHINESE ? "总投资（万元）" : "Total investment (10k CNY)");
			}
		}
	}

	@Test
	@WithUserDetails("director")
	void sections_follow_what_crm_core_allows() {
		CockpitView view = navigate(CockpitView.class);
		assertThat(view.cockpit().sections()).containsExactlyInAnyOrder(CockpitSection.values());
		assertThat(view.xlsx.getHref()).isNotBlank();
		assertThat(view.pdf.getHref()).isNotBlank();
	}

}
