package cn.zhaoshang.crm.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * One sheet of an exported list: a bold, frozen header row and rows written in order.
 * Streamed (SXSSF keeps only a window of rows in memory), so an export of a long list
 * never holds it whole. Numbers go in as number cells, never as text, so Excel can sum
 * them.
 */
public final class XlsxTable implements AutoCloseable {

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);

	private final Sheet sheet;

	private int nextRow = 1;

	public XlsxTable(String sheetName, List<String> headers) {
		this.sheet = this.workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		CellStyle bold = this.workbook.createCellStyle();
		Font font = this.workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = this.sheet.createRow(0);
		for (int c = 0; c < headers.size(); c++) {
			header.createCell(c).setCellValue(headers.get(c));
			header.getCell(c).setCellStyle(bold);
		}
		this.sheet.createFreezePane(0, 1);
	}

	/** Starts the next data row. */
	public RowWriter row() {
		return new RowWriter(this.sheet.createRow(this.nextRow++));
	}

	/** Data rows written so far. */
	public int rows() {
		return this.nextRow - 1;
	}

	public void write(OutputStream out) throws IOException {
		this.workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	/**
	 * Writes the cells of one row, left to right; an empty value leaves its cell blank.
	 */
	public static final class RowWriter {

		private final Row row;

		private int column;

		private RowWriter(Row row) {
			this.row = row;
		}

		public RowWriter text(@Nullable String value) {
			if (value != null) {
				this.row.createCell(this.column).setCellValue(value);
			}
			this.column++;
			return this;
		}

		public RowWriter number(@Nullable BigDecimal value) {
			if (value != null) {
				// POI stores every number as a double; the DECIMAL stays exact in the
				// database
				this.row.createCell(this.column).setCellValue(value.doubleValue());
			}
			this.column++;
			return this;
		}

		public RowWriter number(@Nullable Integer value) {
			if (value != null) {
				this.row.createCell(this.column).setCellValue(value);
			}
			this.column++;
			return this;
		}

		public RowWriter flag(boolean value) {
			this.row.createCell(this.column++).setCellValue(value);
			return this;
		}

	}

}
