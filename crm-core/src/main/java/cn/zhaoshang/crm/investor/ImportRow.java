package cn.zhaoshang.crm.investor;

import java.util.List;

/**
 * One data row of an import file: what it would create, what is wrong with it, and which
 * firms already in the directory look like it.
 *
 * @param rowNumber the row as the spreadsheet numbers it (the header is row 1)
 */
public record ImportRow(int rowNumber, InvestorForm form, List<ImportProblem> problems, List<String> similar) {

	public boolean ok() {
		return this.problems.isEmpty();
	}

}
