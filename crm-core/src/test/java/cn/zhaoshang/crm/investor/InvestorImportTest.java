package cn.zhaoshang.crm.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.zhaoshang.crm.shared.DomainException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Import: everything checked before anything is written, then all or nothing. */
@SpringBootTest
@Transactional
@WithUserDetails("staff")
class InvestorImportTest {

	private static final String HEADER = "中文名称,英文名称,统一社会信用代码,企业性质,行业,世界500强排名,中国500强\n";

	@Autowired
	InvestorService investors;

	@Test
	void bad_rows_are_reported_by_row_and_column_and_nothing_is_written() {
		String csv = HEADER + "华为技术有限公司,Huawei,914403001922038216,民营,智能制造,,是\n" // row 2:
																				// good
				+ ",No Chinese name,,,,,\n" // row 3: empty name
				+ "某某公司,,,,,第一,\n" // row 4: text in a number column
				+ "长".repeat(2000) + ",,,,,,\n" // row 5: 2000-character name
				+ "某某材料公司,,,,火星产业,,\n" // row 6: unknown industry
				+ "现代摩比斯（中国）有限公司,,,外资,,,\n" // row 7: a likely duplicate, not an error
				+ "腾讯,,914403001922038217,,,,\n"; // row 8: wrong check character
		int before = this.investors.count(InvestorFilter.none());
		ImportPreview preview = this.investors.previewImport(csv.getBytes(StandardCharsets.UTF_8), "客商.csv");

		assertThat(preview.rows()).extracting(ImportRow::rowNumber).containsExactly(2, 3, 4, 5, 6, 7, 8);
		assertThat(problem(preview, 2)).isEmpty();
		assertThat(problem(preview, 3)).containsExactly("中文名称:validation.required");
		assertThat(problem(preview, 4)).containsExactly("世界500强排名:import.error.not-a-number");
		assertThat(problem(preview, 5)).containsExactly("中文名称:validation.too-long");
		assertThat(problem(preview, 6)).containsExactly("行业:import.error.unknown-industry");
		assertThat(problem(preview, 7)).isEmpty();
		assertThat(problem(preview, 8)).containsExactly("统一社会信用代码:investor.error.uscc-invalid");
		assertThat(preview.rows().get(5).similar()).contains("现代摩比斯");
		assertThat(preview.errorRows()).isEqualTo(5);

		assertThatThrownBy(() -> this.investors.commitImport(preview)).isInstanceOf(DomainException.class)
			.hasMessage("import.error.has-errors");
		assertThat(this.investors.count(InvestorFilter.none())).isEqualTo(before);
	}

	@Test
	void a_clean_xlsx_is_written_in_one_go() throws Exception {
		byte[] xlsx;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			String[][] cells = {
					{ "Chinese name", "English name", "Unified social credit code", "Ownership", "Industry" },
					{ "华为技术有限公司", "Huawei Technologies", "914403001922038216", "private", "INTELLIGENT_MFG" },
					{ "深圳市腾讯计算机系统有限公司", "Tencent", "9144030071526726XG", "民营", "" } };
			for (int r = 0; r < cells.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.createCell(c).setCellValue(cells[r][c]);
				}
			}
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		int before = this.investors.count(InvestorFilter.none());
		ImportPreview preview = this.investors.previewImport(xlsx, "investors.xlsx");
		assertThat(preview.hasErrors()).isFalse();
		assertThat(this.investors.commitImport(preview)).isEqualTo(2);
		assertThat(this.investors.count(InvestorFilter.none())).isEqualTo(before + 2);
		assertThat(this.investors.list(InvestorFilter.byName("华为"), cn.zhaoshang.crm.shared.PageRequest.first(5)))
			.extracting(InvestorRow::ownership)
			.containsExactly(Ownership.PRIVATE);
	}

	@Test
	void a_chinese_excel_csv_in_gb18030_is_read() {
		String csv = HEADER + "华为技术有限公司,,,,,,否\n";
		ImportPreview preview = this.investors.previewImport(csv.getBytes(Charset.forName("GB18030")), "客商.csv");
		assertThat(preview.rows()).singleElement().satisfies(row -> {
			assertThat(row.ok()).isTrue();
			assertThat(row.form().nameZh()).isEqualTo("华为技术有限公司");
		});
	}

	@Test
	void the_same_code_twice_in_one_file_is_an_error() {
		String csv = HEADER + "华为技术有限公司,,914403001922038216,,,,\n" + "华为（深圳）,,914403001922038216,,,,\n";
		ImportPreview preview = this.investors.previewImport(csv.getBytes(StandardCharsets.UTF_8), "x.csv");
		assertThat(problem(preview, 3)).containsExactly("统一社会信用代码:import.error.uscc-twice");
	}

	@Test
	void a_file_without_a_name_column_or_of_another_type_is_refused() {
		assertThatThrownBy(() -> this.investors.previewImport("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
			.hasMessage("import.error.no-name-column");
		assertThatThrownBy(() -> this.investors.previewImport(new byte[] { 1, 2 }, "x.pdf"))
			.hasMessage("import.error.file-type");
	}

	private static List<String> problem(ImportPreview preview, int rowNumber) {
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

}
