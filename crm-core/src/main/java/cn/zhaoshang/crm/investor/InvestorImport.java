package cn.zhaoshang.crm.investor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.zhaoshang.crm.shared.DomainException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an investor import file (.xlsx, or .csv in UTF-8 or GB18030 as Chinese Excel
 * saves it) into rows of column → text. The first row names the columns, in Chinese or
 * English (see {@link #COLUMNS}); unknown columns are ignored.
 */
final class InvestorImport {

	static final int MAX_ROWS = 5000;

	static final int MAX_BYTES = 10 * 1024 * 1024;

	/** Accepted headers (lower case) for each field of the form. */
	static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("nameZh", List.of("中文名称", "chinese name", "name_zh"));
		COLUMNS.put("nameEn", List.of("英文名称", "english name", "name_en"));
		COLUMNS.put("nameLocal", List.of("原文名称", "name in own language", "name_local"));
		COLUMNS.put("uscc", List.of("统一社会信用代码", "unified social credit code", "uscc"));
		COLUMNS.put("country", List.of("国家/地区", "country/region", "country", "country_code"));
		COLUMNS.put("ownership", List.of("企业性质", "ownership"));
		COLUMNS.put("industry", List.of("行业", "industry"));
		COLUMNS.put("fortune500Rank", List.of("世界500强排名", "fortune global 500 rank", "fortune500_rank"));
		COLUMNS.put("china500", List.of("中国500强", "china top 500", "china500"));
		COLUMNS.put("existingTenant", List.of("区内已落地企业", "existing tenant", "existing tenant in the zone"));
		COLUMNS.put("jingjinTransfer", List.of("京津产业转移", "moving out of beijing-tianjin", "jingjin_transfer"));
		COLUMNS.put("website", List.of("网址", "website"));
		COLUMNS.put("address", List.of("地址", "address"));
		COLUMNS.put("notes", List.of("备注", "notes"));
	}

	/** One data row: its spreadsheet row number and field → (header, text). */
	record Line(int rowNumber, Map<String, Cell> cells) {

		record Cell(String header, String text) {
		}

		String text(String field) {
			Cell cell = this.cells.get(field);
			return (cell != null) ? cell.text().strip() : "";
		}

		String header(String field) {
			Cell cell = this.cells.get(field);
			return (cell != null) ? cell.header() : field;
		}

	}

	private InvestorImport() {
	}

	static List<Line> read(byte[] content, String fileName) {
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
			for (var column : COLUMNS.entrySet()) {
				if (column.getValue().contains(header)) {
					fieldByColumn.put(c, column.getKey());
				}
			}
		}
		if (!fieldByColumn.containsValue("nameZh")) {
			throw new DomainException("import.error.no-name-column");
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
	static final class Csv {

		private Csv() {
		}

		static List<List<String>> parse(String text) {
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
