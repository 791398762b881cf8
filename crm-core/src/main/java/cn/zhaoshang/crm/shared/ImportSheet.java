package cn.zhaoshang.crm.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an import file (.xlsx, or .csv in UTF-8 or GB18030 as Chinese Excel saves it)
 * into rows of field → text. The first row names the columns; each feature says which
 * headers (Chinese or English, matched without case) mean which of its fields, and
 * unknown columns are ignored. Nothing here knows a feature's rules: it only reads.
 */
public final class ImportSheet {

	public static final int MAX_ROWS = 5000;

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** One data row: its spreadsheet row number and field → (header, text). */
	public record Line(int rowNumber, Map<String, Cell> cells) {

		public record Cell(String header, String text) {
		}

		public String text(String field) {
			Cell cell = this.cells.get(field);
			return (cell != null) ? cell.text().strip() : "";
		}

		public String header(String field) {
			Cell cell = this.cells.get(field);
			return (cell != null) ? cell.header() : field;
		}

	}

	private ImportSheet() {
	}

	/**
	 * The data rows of the file (blank rows skipped).
	 * @param columns accepted headers (lower case) for each field
	 * @param requiredField a field whose column must be present
	 * @param missingColumnKey the i18n key of the refusal when it is not
	 */
	public static List<Line> read(byte[] content, String fileName, Map<String, List<String>> columns,
			String requiredField, String missingColumnKey) {
		if (content.length > MAX_BYTES) {
			throw new DomainException("import.error.too-large", MAX_BYTES / 1024 / 1024);
		}
		String name = fileName.toLowerCase(Locale.ROOT);
		List<List<String>> table;
		if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
			table = readWorkbook(content);
		}
		else if (name.endsWith(".csv")) {
			table = Csv.parse(decode(content));
		}
		else {
			throw new DomainException("import.error.file-type");
		}
		if (table.isEmpty()) {
			throw new DomainException("import.error.empty");
		}
		Map<Integer, String> fieldByColumn = new HashMap<>();
		List<String> headers = table.getFirst();
		for (int c = 0; c < headers.size(); c++) {
			String header = headers.get(c).strip().toLowerCase(Locale.ROOT);
			for (var column : columns.entrySet()) {
				if (column.getValue().contains(header)) {
					fieldByColumn.put(c, column.getKey());
				}
			}
		}
		if (!fieldByColumn.containsValue(requiredField)) {
			throw new DomainException(missingColumnKey);
		}
		if (table.size() - 1 > MAX_ROWS) {
			throw new DomainException("import.error.too-many-rows", MAX_ROWS);
		}
		List<Line> lines = new ArrayList<>();
		for (int r = 1; r < table.size(); r++) {
			List<String> values = table.get(r);
			if (values.stream().allMatch(String::isBlank)) {
				continue; // trailing empty rows are common in spreadsheets
			}
			Map<String, Line.Cell> cells = new HashMap<>();
			for (var entry : fieldByColumn.entrySet()) {
				String text = (entry.getKey() < values.size()) ? values.get(entry.getKey()) : "";
				cells.put(entry.getValue(), new Line.Cell(headers.get(entry.getKey()).strip(), text));
			}
			lines.add(new Line(r + 1, cells));
		}
		return lines;
	}

	private static List<List<String>> readWorkbook(byte[] content) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<List<String>> table = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> values = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						values.add((cell != null) ? formatter.formatCellValue(cell) : "");
					}
				}
				table.add(values);
				if (table.size() > MAX_ROWS + 1) {
					throw new DomainException("import.error.too-many-rows", MAX_ROWS);
				}
			}
			return table;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw new DomainException("import.error.unreadable");
		}
	}

	/**
	 * UTF-8 (with or without BOM) if it decodes cleanly, else GB18030 (Excel's Chinese
	 * CSV).
	 */
	private static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return new String(content, Charset.forName("GB18030"));
		}
	}

	/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
	public static final class Csv {

		private Csv() {
		}

		public static List<List<String>> parse(String text) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					row.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
				}
				else {
					field.append(c);
				}
			}
			if (field.length() > 0 || !row.isEmpty()) {
				row.add(field.toString());
				rows.add(row);
			}
			return rows;
		}

	}

}
