package cn.zhaoshang.crm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 招商局长 in the cockpit, in Chinese and in English: the charts draw the numbers their
 * tables list, a park filter narrows both, and the monthly report downloads as a workbook
 * with the same numbers as the page and as a PDF.
 */
@ParameterizedClass
@EnumSource(Language.class)
class DirectorE2E extends E2ETestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The 13 stages of the funnel table (main line and side stages). */
	private static final int STAGES = 13;

	DirectorE2E(Language lang) {
		super(lang);
	}

	@Test
	void the_director_reads_the_cockpit_filters_it_by_park_and_downloads_the_monthly_report() {
		signIn("director");
		assertThat(this.browser.menuRoutes()).contains("cockpit");
		open("cockpit");
		assertThat(this.browser.exists("section-funnel")).isTrue();
		assertThat(this.browser.exists("section-staff")).isTrue();
		screenshot("50-cockpit");

		// the whole zone: the tables list what the charts draw
		showTables();
		assertThat(this.browser.text("section-funnel-toggle")).isEqualTo(t("cockpit.view.show-charts"));
		List<List<String>> all = this.browser.gridRows("table-funnel");
		assertThat(all).hasSize(STAGES);
		chartsDrawTheTable(all);
		int allProjects = projects(all);
		assertThat(allProjects).isPositive();
		this.browser.reveal(this.browser.byId("table-funnel"));
		screenshot("51-funnel-table");

		assertThat(this.browser.gridRows("table-land")).hasSize(4);

		// one park: fewer projects, one park's land, the charts follow
		this.browser.choose("cockpit-park", autoParts());
		showTables();
		List<List<String>> park = this.browser.gridRows("table-funnel");
		assertThat(park).hasSize(STAGES);
		assertThat(projects(park)).isPositive().isLessThan(allProjects);
		chartsDrawTheTable(park);
		List<List<String>> land = this.browser.gridRows("table-land");
		assertThat(land).hasSize(1);
		assertThat(land.get(0).get(0)).isEqualTo(autoParts());
		// the chosen park at the top, the start of its funnel below
		this.browser.reveal(this.browser.byId("cockpit-park"));
		screenshot("52-cockpit-park");
		this.browser.reveal(this.browser.byId("table-land"));
		screenshot("53-land-table");

		// last month, as the monthly report counts it (the default report month)
		this.browser.select("cockpit-period", t("cockpit.period.last-month"));
		YearMonth lastMonth = YearMonth.now().minusMonths(1);
		this.browser.await("last month's funnel", () -> this.browser.pageText()
			.contains(t("report.section.funnel-at", lastMonth.atEndOfMonth().toString())));
		showTables();
		List<List<String>> month = this.browser.gridRows("table-funnel");
		assertThat(month).hasSize(STAGES);
		chartsDrawTheTable(month);
		this.browser.reveal(this.browser.byId("cockpit-month"));
		screenshot("54-monthly-report");

		Path xlsx = download("report-xlsx", ".xlsx");
		assertThat(xlsx.getFileName().toString()).isEqualTo("pipeline-report-" + lastMonth + ".xlsx");
		Map<String, Integer> fromPage = new LinkedHashMap<>();
		month.forEach(row -> fromPage.put(row.get(0), Integer.parseInt(row.get(1))));
		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet funnel = workbook.getSheet(t("report.sheet.funnel"));
			assertThat(funnel).as("sheet " + t("report.sheet.funnel")).isNotNull();
			Map<String, Integer> fromSheet = new LinkedHashMap<>();
			for (Row row : funnel) {
				Cell count = row.getCell(1);
				if (count != null && count.getCellType() == CellType.NUMERIC) {
					fromSheet.put(row.getCell(0).getStringCellValue(), (int) count.getNumericCellValue());
				}
			}
			// the same stages with the same counts as the page, as number cells
			assertThat(fromSheet).isEqualTo(fromPage);
			Sheet landSheet = workbook.getSheet(t("report.sheet.land"));
			assertThat(landSheet).isNotNull();
			List<String> parks = new ArrayList<>();
			landSheet.forEach(row -> {
				Cell allocated = row.getCell(1);
				if (allocated != null && allocated.getCellType() == CellType.NUMERIC) {
					parks.add(row.getCell(0).getStringCellValue());
					assertThat(allocated.getNumericCellValue()).isPositive();
				}
			});
			assertThat(parks).containsExactly(autoParts());
		}
		catch (IOException ex) {
			throw new AssertionError(xlsx + " is not a readable workbook", ex);
		}

		Path pdf = download("report-pdf", ".pdf");
		try {
			byte[] bytes = Files.readAllBytes(pdf);
			assertThat(bytes.length).isGreaterThan(1000);
			assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/**
	 * The funnel draws "stage: reached" for every main-line stage, and the bar chart of
	 * projects per stage has the table's counts in the table's order.
	 */
	private void chartsDrawTheTable(List<List<String>> table) {
		JsonNode bars = JSON.readTree(this.browser.chartOption("chart-stage-projects"));
		List<String> stages = new ArrayList<>();
		bars.get("yAxis").get("data").forEach(n -> stages.add(n.asString()));
		List<Integer> counts = new ArrayList<>();
		bars.get("series")
			.get(0)
			.get("data")
			.forEach(n -> counts.add(n.isObject() ? n.get("value").asInt() : n.asInt()));
		assertThat(stages).isEqualTo(table.stream().map(r -> r.get(0)).toList());
		assertThat(counts).isEqualTo(table.stream().map(r -> Integer.parseInt(r.get(1))).toList());

		JsonNode funnel = JSON.readTree(this.browser.chartOption("chart-funnel"));
		Map<String, Integer> reached = new LinkedHashMap<>();
		funnel.get("series")
			.get(0)
			.get("data")
			.forEach(n -> reached.put(n.get("name").asString(), n.get("value").asInt()));
		Map<String, Integer> reachedInTable = new LinkedHashMap<>();
		table.stream()
			.filter(r -> !r.get(4).isEmpty())
			.forEach(r -> reachedInTable.put(r.get(0), Integer.parseInt(r.get(4))));
		assertThat(reached).isEqualTo(reachedInTable).isNotEmpty();
	}

	/**
	 * Each refresh draws the sections anew, charts first: the funnel and land sections as
	 * tables.
	 */
	private void showTables() {
		for (String section : List.of("section-funnel", "section-land")) {
			if (this.browser.text(section + "-toggle").equals(t("cockpit.view.show-tables"))) {
				this.browser.click(section + "-toggle");
			}
		}
		this.browser.await("the tables", () -> Boolean.TRUE
			.equals(this.browser.js("return arguments[0].checkVisibility()", this.browser.byId("table-funnel"))));
	}

	private static int projects(List<List<String>> funnel) {
		return funnel.stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum();
	}

	private String autoParts() {
		return (this.lang == Language.ZH) ? "汽车零部件产业园" : "Auto Parts Industrial Park";
	}

	/** Clicks a download link and waits for the finished file. */
	private Path download(String id, String suffix) {
		this.browser.click(id);
		return this.browser.await("the " + suffix + " downloaded",
				() -> this.browser.downloads()
					.stream()
					.filter(f -> f.toString().endsWith(suffix))
					.findFirst()
					.orElse(null));
	}

}
