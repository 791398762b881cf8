package cn.zhaoshang.crm.tenant;

import java.util.List;

/** A tenant figures file read and checked for one park, nothing written yet. */
public record PerformanceImportPreview(String fileName, long parkId, List<PerformanceImportRow> rows) {

	public PerformanceImportPreview {
		rows = List.copyOf(rows);
	}

	public boolean hasErrors() {
		return this.rows.stream().anyMatch(row -> !row.ok());
	}

	public long errorRows() {
		return this.rows.stream().filter(row -> !row.ok()).count();
	}

	public long replacedRows() {
		return this.rows.stream().filter(PerformanceImportRow::replaces).count();
	}

}
