package cn.zhaoshang.crm.investor;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class InvestorExportTest {

	@Autowired
	InvestorService investors;

	@Autowired
	DSLContext dsl;

	@Test
	@WithUserDetails("staff")
	void exports_the_filtered_rows_with_number_cells_and_audits_it() throws Exception {
		var filter = new InvestorFilter(null, null, Ownership.CENTRAL_SOE, null);
		var out = new ByteArrayOutputStream();
		int rows = this.investors.exportXlsx(filter, key -> "[" + key + "]", out);

		assertThat(rows).isEqualTo(this.investors.count(filter)).isPositive();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(rows);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("[investor.field.name-zh]");
			for (int r = 1; r <= rows; r++) {
				assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("[ownership.CENTRAL_SOE]");
				assertThat(sheet.getRow(r).getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
			}
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("中国");
		}
		assertThat(
				this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("EXPORT").and(AUDIT_EVENT.USERNAME.eq("staff"))))
			.isPositive();
	}

}
