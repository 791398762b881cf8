package cn.zhaoshang.crm.investor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.ImportSheet;
import org.jspecify.annotations.Nullable;

/** Turns the lines of an import file into checked forms, row by row. */
final class ImportRows {

	private static final Map<String, Ownership> OWNERSHIP = Map.ofEntries(Map.entry("央企", Ownership.CENTRAL_SOE),
			Map.entry("中央企业", Ownership.CENTRAL_SOE), Map.entry("地方国企", Ownership.LOCAL_SOE),
			Map.entry("国企", Ownership.LOCAL_SOE), Map.entry("民营", Ownership.PRIVATE),
			Map.entry("民企", Ownership.PRIVATE), Map.entry("外资", Ownership.FOREIGN), Map.entry("合资", Ownership.JV),
			Map.entry("central soe", Ownership.CENTRAL_SOE), Map.entry("local soe", Ownership.LOCAL_SOE),
			Map.entry("private", Ownership.PRIVATE), Map.entry("foreign", Ownership.FOREIGN),
			Map.entry("joint venture", Ownership.JV));

	private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√");

	private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "");

	private ImportRows() {
	}

	static List<ImportRow> check(List<ImportSheet.Line> lines, Map<String, Long> industries,
			InvestorRepository investors) {
		List<ImportRow> rows = new ArrayList<>();
		Set<String> codesInFile = new HashSet<>();
		for (ImportSheet.Line line : lines) {
			List<ImportProblem> problems = new ArrayList<>();
			Ownership ownership = ownership(line, problems);
			Long industry = industry(line, industries, problems);
			Integer rank = integer(line, "fortune500Rank", problems);
			boolean china500 = flag(line, "china500", problems);
			boolean tenant = flag(line, "existingTenant", problems);
			boolean jingjin = flag(line, "jingjinTransfer", problems);
			String country = line.text("country").isEmpty() ? "CN" : line.text("country");
			InvestorForm raw = new InvestorForm(null, 0, line.text("nameZh"), line.text("nameEn"),
					line.text("nameLocal"), line.text("uscc"), null, industry, country, ownership, rank, china500, null,
					null, tenant, jingjin, null, line.text("website"), line.text("address"), line.text("notes"), null);
			InvestorForm form = raw;
			try {
				form = InvestorValidation.check(raw);
			}
			catch (DomainException ex) {
				problems.add(new ImportProblem(line.header(fieldOf(ex)), ex.messageKey(), List.of(ex.arguments())));
			}
			List<String> similar = List.of();
			if (problems.isEmpty()) {
				if (form.uscc() != null) {
					var taken = investors.nameWithCode(form.uscc(), null);
					if (taken.isPresent()) {
						problems.add(new ImportProblem(line.header("uscc"), "investor.error.uscc-taken",
								List.of(taken.get())));
					}
					else if (!codesInFile.add(form.uscc())) {
						problems.add(new ImportProblem(line.header("uscc"), "import.error.uscc-twice", List.of()));
					}
				}
				similar = investors.duplicates(InvestorNames.normalize(form.nameZh()), null, null)
					.stream()
					.map(InvestorDuplicate::nameZh)
					.toList();
			}
			rows.add(new ImportRow(line.rowNumber(), form, List.copyOf(problems), similar));
		}
		return rows;
	}

	/** Which file column a validation error is about. */
	private static String fieldOf(DomainException ex) {
		String key = ex.messageKey();
		if (key.startsWith("investor.error.uscc")) {
			return "uscc";
		}
		if (key.startsWith("investor.error.country")) {
			return "country";
		}
		if (key.startsWith("investor.error.fortune500")) {
			return "fortune500Rank";
		}
		return (ex.arguments().length > 0) ? String.valueOf(ex.arguments()[0]) : "nameZh";
	}

	private static @Nullable Ownership ownership(ImportSheet.Line line, List<ImportProblem> problems) {
		String text = line.text("ownership");
		if (text.isEmpty()) {
			return null;
		}
		Ownership known = OWNERSHIP.get(text.toLowerCase(Locale.ROOT));
		if (known == null) {
			try {
				known = Ownership.valueOf(text.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new ImportProblem(line.header("ownership"), "import.error.unknown-value", List.of(text)));
			}
		}
		return known;
	}

	private static @Nullable Long industry(ImportSheet.Line line, Map<String, Long> industries,
			List<ImportProblem> problems) {
		String text = line.text("industry");
		if (text.isEmpty()) {
			return null;
		}
		Long id = industries.get(text.toLowerCase(Locale.ROOT));
		if (id == null) {
			problems.add(new ImportProblem(line.header("industry"), "import.error.unknown-industry", List.of(text)));
		}
		return id;
	}

	private static @Nullable Integer integer(ImportSheet.Line line, String field, List<ImportProblem> problems) {
		String text = line.text(field);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			problems.add(new ImportProblem(line.header(field), "import.error.not-a-number", List.of(text)));
			return null;
		}
	}

	private static boolean flag(ImportSheet.Line line, String field, List<ImportProblem> problems) {
		String text = line.text(field).toLowerCase(Locale.ROOT);
		if (YES.contains(text)) {
			return true;
		}
		if (!NO.contains(text)) {
			problems.add(new ImportProblem(line.header(field), "import.error.not-yes-no", List.of(text)));
		}
		return false;
	}

}
