package cn.zhaoshang.crm.project;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import cn.zhaoshang.crm.shared.XlsxTable;

/**
 * The filtered project list as .xlsx, page by page through the same scoped query as the
 * list: the file holds exactly the rows and names the user may see (a code-named project
 * stays code-named).
 */
final class ProjectExport {

	static final int PAGE = 500;

	/** Column header keys, in order; units are in the headers, numbers stay numbers. */
	static final List<String> COLUMNS = List.of("project.field.code", "project.field.name", "project.field.investor",
			"project.field.stage", "project.export.investment", "project.export.land", "project.field.expected-signing",
			"project.field.owner", "project.export.updated");

	private ProjectExport() {
	}

	/** Writes the workbook and returns the number of projects in it. */
	static int write(ProjectRepository projects, ProjectFilter filter, ProjectScope scope,
			Function<String, String> label, OutputStream out) throws IOException {
		try (XlsxTable table = new XlsxTable(label.apply("menu.projects"), COLUMNS.stream().map(label).toList())) {
			for (int offset = 0;; offset += PAGE) {
				List<ProjectRow> page = projects.find(filter, new PageRequest(offset, PAGE, List.of(Sort.asc("code"))),
						scope);
				for (ProjectRow project : page) {
					table.row()
						.text(project.code())
						.text(project.displayName())
						.text(project.investorName())
						.text(label.apply(project.stage().messageKey()))
						.number(project.investmentTotal())
						.number(project.landRequestedMu())
						.text((project.expectedSigningDate() != null) ? project.expectedSigningDate().toString() : null)
						.text(project.ownerName())
						.text(project.updatedAt().toString().replace('T', ' '));
				}
				if (page.size() < PAGE) {
					break;
				}
			}
			table.write(out);
			return table.rows();
		}
	}

}
