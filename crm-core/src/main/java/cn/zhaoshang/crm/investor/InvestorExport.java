package cn.zhaoshang.crm.investor;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The filtered investor list as .xlsx: streamed page by page (never the whole table in
 * memory), numbers as number cells. Texts come from the caller's {@code label} function,
 * so the file is in the user's language while crm-core formats nothing itself.
 */
final class InvestorExport {

	static final int PAGE = 500;

	/** Column header keys, in order. */
	static final List<String> COLUMNS = List.of("investor.field.name-zh", "investor.field.name-en",
			"investor.field.uscc", "investor.field.industry", "investor.field.country", "investor.field.ownership",
			"investor.field.fortune500", "investor.flag.china500", "investor.field.existing-tenant",
			"investor.field.owner", "investor.field.projects", "investor.field.updated");

	private InvestorExport() {
	}

	/** Writes the workbook and returns the number of firms in it. */
	static int write(InvestorRepository investors, InvestorFilter filter, @Nullable Long ownerId,
			Function<String, String> label, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(label.apply("menu.investors")));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(label.apply(COLUMNS.get(c)));
				header.getCell(c).setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int rowIndex = 1;
			for (int offset = 0;; offset += PAGE) {
				List<InvestorRow> page = investors.find(filter,
						new PageRequest(offset, PAGE, List.of(Sort.asc("nameZh"))), ownerId);
				for (InvestorRow investor : page) {
					Row row = sheet.createRow(rowIndex++);
					row.createCell(0).setCellValue(investor.nameZh());
					row.createCell(1).setCellValue(orEmpty(investor.nameEn()));
					row.createCell(2).setCellValue(orEmpty(investor.uscc()));
					row.createCell(3).setCellValue(orEmpty(investor.industryZh()));
					row.createCell(4).setCellValue(investor.countryCode());
					row.createCell(5)
						.setCellValue((investor.ownership() != null)
								? label.apply("ownership." + investor.ownership().name()) : "");
					if (investor.fortune500Rank() != null) {
						row.createCell(6).setCellValue(investor.fortune500Rank());
					}
					row.createCell(7).setCellValue(investor.china500());
					row.createCell(8).setCellValue(investor.existingTenant());
					row.createCell(9).setCellValue(orEmpty(investor.ownerName()));
					row.createCell(10).setCellValue(investor.projectCount());
					row.createCell(11).setCellValue(investor.updatedAt().toString().replace('T', ' '));
				}
				if (page.size() < PAGE) {
					break;
				}
			}
			workbook.write(out);
			return rowIndex - 1;
		}
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
