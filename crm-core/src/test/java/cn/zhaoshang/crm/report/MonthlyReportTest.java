package cn.zhaoshang.crm.report;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.zhaoshang.crm.project.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly report read back: the .xlsx with POI (number cells, the cockpit's numbers),
 * the PDF with PDFBox (Chinese park names as text, the font embedded).
 */
@SpringBootTest
@Transactional
class MonthlyReportTest {

	private static final YearMonth JUNE_2019 = YearMonth.of(2019, 6);

	/** Keys and arguments as text: the real words come from crm-ui's bundles. */
	private static final ReportLabels KEYS = new ReportLabels() {

		@Override
		public String text(String key, Object... arguments) {
			return (arguments.length == 0) ? key
					: key + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
		}

		@Override
		public Locale locale() {
			return Locale.SIMPLIFIED_CHINESE;
		}

	};

	@Autowired
	ReportService reports;

	@Autowired
	DSLContext dsl;

	ReportFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new ReportFixture(this.dsl);
	}

	@Test
	@WithUserDetails("director")
	void the_xlsx_has_a_sheet_per_section_with_the_cockpits_numbers_as_number_cells() throws IOException {
		var out = new ByteArrayOutputStream();
		Cockpit cockpit = this.reports.monthlyXlsx(JUNE_2019, this.fixture.parkId, KEYS, out);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("report.sheet.funnel", "report.sheet.milestones", "report.sheet.targets",
					"report.sheet.land", "report.sheet.supervision", "report.sheet.staff");
			Sheet funnel = workbook.getSheet("report.sheet.funnel");
			assertThat(funnel.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("report.title(2019,6," + ReportFixture.PARK_NAME + ")");
			assertThat(text(funnel.getRow(3))).containsExactly("report.col.stage", "report.col.projects",
					"report.col.investment", "report.col.foreign-usd", "report.col.reached", "report.col.conversion",
					"report.col.median-days", "report.col.stays");
			// on 2019-06-30: F-1 had just landed (80000 万元), F-3 was at SITE_VISIT, F-6
			// SIGNED
			Row landed = funnel.getRow(4 + Stage.LAND_SUPPLIED.ordinal());
			assertThat(landed.getCell(0).getStringCellValue()).isEqualTo("project.stage.land-supplied");
			assertThat(landed.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(landed.getCell(1).getNumericCellValue()).isEqualTo(1);
			assertThat(landed.getCell(2).getNumericCellValue()).isEqualTo(80000);
			assertThat(funnel.getRow(4 + Stage.SITE_VISIT.ordinal()).getCell(2).getNumericCellValue()).isEqualTo(10000);
			// every row carries the very numbers of the cockpit
			for (FunnelStage stage : cockpit.funnel()) {
				Row row = funnel.getRow(4 + stage.stage().ordinal());
				assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(stage.projects());
				assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(stage.investment().doubleValue());
				assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(stage.foreignUsd().doubleValue());
			}

			Sheet land = workbook.getSheet("report.sheet.land");
			Row park = land.getRow(4);
			assertThat(park.getCell(0).getStringCellValue()).isEqualTo(ReportFixture.PARK_NAME);
			assertThat(park.getCell(1).getNumericCellValue()).isEqualTo(40);
			assertThat(park.getCell(4).getNumericCellValue()).isEqualTo(15);
			assertThat(park.getCell(6).getNumericCellValue()).isEqualTo(2000);
			assertThat(park.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

			Sheet milestones = workbook.getSheet("report.sheet.milestones");
			// June 2019: F-1 landed; June 2018: nothing
			Row landedRow = milestones.getRow(5);
			assertThat(landedRow.getCell(0).getStringCellValue()).isEqualTo("report.milestone.land-supplied");
			assertThat(numbers(landedRow, 1, 7)).containsExactly(1.0, 80000.0, 0.0, 0.0, 0.0, 0.0);
			assertThat(landedRow.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
		}
		assertThat(this.dsl.fetchExists(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("EXPORT").and(AUDIT_EVENT.DETAILS.startsWith("monthly report 2019-06 xlsx"))))
			.isTrue();
	}

	@Test
	@WithUserDetails("director")
	void the_pdf_carries_the_chinese_park_names_as_text_in_an_embedded_font() throws IOException {
		var out = new ByteArrayOutputStream();
		this.reports.monthlyPdf(JUNE_2019, null, KEYS, out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("汽车零部件产业园", "清华大学汽车研究院产业园", "中小科技企业创新创业产业园", "高端管道装备产业园",
					ReportFixture.PARK_NAME);
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("NotoSansSC");
				}
			}
		}
	}

	@Test
	@WithUserDetails("director")
	void the_pdf_and_the_xlsx_show_the_same_totals_for_a_park() throws IOException {
		var pdfOut = new ByteArrayOutputStream();
		Cockpit cockpit = this.reports.monthlyPdf(JUNE_2019, this.fixture.parkId, KEYS, pdfOut);
		try (PDDocument pdf = Loader.loadPDF(pdfOut.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("report.title(2019,6," + ReportFixture.PARK_NAME + ")");
			// F-1's 80000 万元 (landed), the park's 2000 万元/亩 and the staff members
			assertThat(text).contains("80,000.00", "2,000.00", "张伟", "李娜");
			for (FunnelStage stage : cockpit.funnel()) {
				assertThat(text).contains(MonthlyReportPdf.text(stage.investment(), Locale.SIMPLIFIED_CHINESE));
			}
		}
	}

	@Test
	@WithUserDetails("op_auto")
	void a_park_operators_report_has_only_their_land() throws IOException {
		var out = new ByteArrayOutputStream();
		this.reports.monthlyXlsx(JUNE_2019, this.fixture.parkId, KEYS, out);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet land = workbook.getSheetAt(0);
			assertThat(land.getSheetName()).isEqualTo("report.sheet.land");
			assertThat(land.getRow(4).getCell(0).getStringCellValue()).isEqualTo("汽车零部件产业园");
			assertThat(land.getRow(5)).isNull();
		}
	}

	private static List<String> text(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static List<Double> numbers(Row row, int from, int to) {
		List<Double> values = new ArrayList<>();
		for (int c = from; c < to; c++) {
			Cell cell = row.getCell(c);
			assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
			values.add(cell.getNumericCellValue());
		}
		return values;
	}

}
