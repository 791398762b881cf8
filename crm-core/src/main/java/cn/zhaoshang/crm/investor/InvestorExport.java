package cn.zhaoshang.crm.investor;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import cn.zhaoshang.crm.shared.XlsxTable;
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
		try (XlsxTable table = new XlsxTable(label.apply("menu.investors"), COLUMNS.stream().map(label).toList())) {
			for (int offset = 0;; offset += PAGE) {
				List<InvestorRow> page = investors.find(filter,
						new PageRequest(offset, PAGE, List.of(Sort.asc("nameZh"))), ownerId);
				for (InvestorRow investor : page) {
					table.row()
						.text(investor.nameZh())
						.text(investor.nameEn())
						.text(investor.uscc())
						.text(investor.industryZh())
						.text(investor.countryCode())
						.text((investor.ownership() != null) ? label.apply("ownership." + investor.ownership().name())
								: null)
						.number(investor.fortune500Rank())
						.flag(investor.china500())
						.flag(investor.existingTenant())
						.text(investor.ownerName())
						.number(investor.projectCount())
						.text(investor.updatedAt().toString().replace('T', ' '));
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
