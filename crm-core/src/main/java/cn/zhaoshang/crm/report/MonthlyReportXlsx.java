package cn.zhaoshang.crm.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The monthly report as .xlsx: one sheet per section (a title row, a header row with the
 * units, then the rows), numbers as number cells with a number format, never text.
 */
final class MonthlyReportXlsx {

	private MonthlyReportXlsx() {
	}

	static void write(Cockpit cockpit, String title, ReportLabels labels, OutputStream out) throws IOException {
		// a few dozen rows per sheet: the in-memory workbook is fine
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Map<String, Sheet> sheets = new LinkedHashMap<>();
			Map<Sheet, Integer> nextRow = new LinkedHashMap<>();
			for (ReportTables.Table table : ReportTables.of(cockpit, labels)) {
				Sheet sheet = sheets.computeIfAbsent(table.sheet(), name -> {
					Sheet created = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
					Cell cell = created.createRow(0).createCell(0);
					cell.setCellValue(title);
					cell.setCellStyle(styles.title);
					nextRow.put(created, 2);
					return created;
				});
				int r = nextRow.get(sheet);
				Cell caption = sheet.createRow(r++).createCell(0);
				caption.setCellValue(table.title());
				caption.setCellStyle(styles.bold);
				Row header = sheet.createRow(r++);
				for (int c = 0; c < table.headers().size(); c++) {
					Cell cell = header.createCell(c);
					cell.setCellValue(table.headers().get(c));
					cell.setCellStyle(styles.header);
				}
				for (List<@Nullable Object> values : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						set(row.createCell(c), values.get(c), styles);
					}
				}
				nextRow.put(sheet, r + 1);
				for (int c = 0; c < table.headers().size(); c++) {
					sheet.setColumnWidth(c, Math.max(sheet.getColumnWidth(c), (c == 0) ? 26 * 256 : 16 * 256));
				}
			}
			workbook.write(out);
		}
	}

	private static void set(Cell cell, @Nullable Object value, Styles styles) {
		switch (value) {
			case null -> cell.setBlank();
			case Integer i -> {
				cell.setCellValue(i);
				cell.setCellStyle(styles.integer);
			}
			case BigDecimal d -> {
				// POI keeps numbers as double; the values carry at most 2 decimals
				cell.setCellValue(d.doubleValue());
				cell.setCellStyle(styles.decimal);
			}
			case LocalDate d -> {
				cell.setCellValue(d);
				cell.setCellStyle(styles.date);
			}
			case LocalDateTime t -> {
				cell.setCellValue(t);
				cell.setCellStyle(styles.date);
			}
			default -> cell.setCellValue(value.toString());
		}
	}

	/** Cell styles, made once per workbook. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle bold;

		final CellStyle header;

		final CellStyle integer;

		final CellStyle decimal;

		final CellStyle date;

		Styles(XSSFWorkbook workbook) {
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			this.title = workbook.createCellStyle();
			this.title.setFont(big);
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.header = workbook.createCellStyle();
			this.header.setFont(boldFont);
			this.header.setWrapText(true);
			var format = workbook.createDataFormat();
			this.integer = workbook.createCellStyle();
			this.integer.setDataFormat(format.getFormat("#,##0"));
			this.decimal = workbook.createCellStyle();
			this.decimal.setDataFormat(format.getFormat("#,##0.00"));
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(format.getFormat("yyyy-mm-dd"));
		}

	}

}
