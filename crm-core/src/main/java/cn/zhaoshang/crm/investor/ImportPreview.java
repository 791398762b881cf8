package cn.zhaoshang.crm.investor;

import java.util.List;

/** An import file read and checked, nothing written yet. */
public record ImportPreview(String fileName, List<ImportRow> rows) {

	public boolean hasErrors() {
		return this.rows.stream().anyMatch(row -> !row.ok());
	}

	public long errorRows() {
		return this.rows.stream().filter(row -> !row.ok()).count();
	}

	public long duplicateRows() {
		return this.rows.stream().filter(row -> !row.similar().isEmpty()).count();
	}

}
