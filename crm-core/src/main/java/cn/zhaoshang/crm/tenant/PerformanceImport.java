package cn.zhaoshang.crm.tenant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.zhaoshang.crm.investor.ImportProblem;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.ImportSheet;
import org.jspecify.annotations.Nullable;

/**
 * A tenant figures file (.xlsx or .csv, read by {@link ImportSheet}): one row per firm,
 * named by its Chinese name or credit code; the year from a 年度 column or the one chosen
 * for the import. Every row is checked before anything is written.
 */
final class PerformanceImport {

	/**
	 * Accepted headers (lower case) per field; units may be written with either kind of
	 * bracket.
	 */
	static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("name", List.of("企业名称", "中文名称", "名称", "company", "tenant", "name"));
		COLUMNS.put("uscc", List.of("统一社会信用代码", "unified social credit code", "uscc"));
		COLUMNS.put("year", List.of("年度", "年份", "year"));
		COLUMNS.put("landMu", List.of("用地(亩)", "用地（亩）", "用地面积(亩)", "用地面积（亩）", "用地", "land (mu)", "land_mu", "land"));
		COLUMNS.put("output",
				List.of("产值(万元)", "产值（万元）", "营业收入(万元)", "营业收入（万元）", "产值", "营业收入", "output (10k yuan)", "output"));
		COLUMNS.put("tax", List.of("税收(万元)", "税收（万元）", "税收", "tax (10k yuan)", "tax"));
		COLUMNS.put("energyTce", List.of("综合能耗(吨标煤)", "综合能耗（吨标煤）", "综合能耗", "energy (tce)", "energy"));
		COLUMNS.put("employees", List.of("从业人员", "从业人数", "就业人数", "employees", "jobs"));
	}

	private PerformanceImport() {
	}

	static List<ImportSheet.Line> read(byte[] content, String fileName) {
		return ImportSheet.read(content, fileName, COLUMNS, "name", "tenant.import.error.no-name-column");
	}

	/** Looks up the firms and the rows already there; the repository behind it. */
	interface Lookup {

		Optional<TenantRef> tenant(@Nullable String uscc, String name);

		Optional<PerformanceRow> existing(long investorId, int year);

		Optional<Long> landedProject(long investorId);

		@Nullable GradingCutoffs cutoffs();

	}

	static List<PerformanceImportRow> check(List<ImportSheet.Line> lines, long parkId, int defaultYear, Lookup lookup) {
		List<PerformanceImportRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ImportSheet.Line line : lines) {
			List<ImportProblem> problems = new ArrayList<>();
			String name = line.text("name");
			String uscc = line.text("uscc");
			Optional<TenantRef> tenant = (name.isEmpty() && uscc.isEmpty()) ? Optional.empty()
					: lookup.tenant(uscc.isEmpty() ? null : uscc, name);
			if (name.isEmpty() && uscc.isEmpty()) {
				problems.add(new ImportProblem(line.header("name"), "validation.required.field", List.of()));
			}
			else {
				if (tenant.isEmpty()) {
					problems.add(new ImportProblem(line.header(uscc.isEmpty() ? "name" : "uscc"),
							"tenant.import.error.not-a-tenant", List.of(uscc.isEmpty() ? name : uscc)));
				}
			}
			Integer year = year(line, defaultYear, problems);
			BigDecimal land = number(line, "landMu", 12, problems);
			if (land != null && land.signum() == 0) {
				problems.add(new ImportProblem(line.header("landMu"), "tenant.error.zero-land", List.of()));
				land = null;
			}
			BigDecimal output = number(line, "output", 14, problems);
			BigDecimal tax = number(line, "tax", 14, problems);
			BigDecimal energy = number(line, "energyTce", 12, problems);
			BigDecimal employees = number(line, "employees", 10, problems);
			Integer staff = null;
			if (employees != null) {
				if (employees.stripTrailingZeros().scale() > 0) {
					problems.add(new ImportProblem(line.header("employees"), "tenant.import.error.not-whole",
							List.of(line.text("employees"))));
				}
				else {
					staff = employees.intValueExact();
				}
			}
			long investorId = tenant.map(TenantRef::investorId).orElse(0L);
			int y = (year != null) ? year : defaultYear;
			if (tenant.isPresent() && !seen.add(investorId + "/" + y)) {
				problems.add(new ImportProblem(line.header("name"), "tenant.import.error.twice",
						List.of(String.valueOf(y))));
			}
			Optional<PerformanceRow> existing = tenant.flatMap(t -> lookup.existing(t.investorId(), y));
			Long project = existing.map(PerformanceRow::projectId)
				.or(() -> tenant.flatMap(t -> lookup.landedProject(t.investorId())))
				.orElse(null);
			PerformanceForm form = new PerformanceForm(existing.map(PerformanceRow::id).orElse(null),
					existing.map(PerformanceRow::version).orElse(0), investorId, parkId, project, y, land, output, tax,
					energy, staff);
			GradingCutoffs cutoffs = lookup.cutoffs();
			Grade grade = (cutoffs != null) ? Grading.grade(cutoffs, land, output, tax) : null;
			rows.add(new PerformanceImportRow(line.rowNumber(), tenant.map(TenantRef::name).orElse(name), form,
					existing.isPresent(), grade, problems));
		}
		return rows;
	}

	private static @Nullable Integer year(ImportSheet.Line line, int defaultYear, List<ImportProblem> problems) {
		String text = line.text("year");
		if (text.isEmpty()) {
			return defaultYear;
		}
		try {
			int year = Integer.parseInt(text.replace("年", "").strip());
			if (year < TenantPerformanceService.YEAR_MIN || year > TenantPerformanceService.YEAR_MAX) {
				throw new NumberFormatException();
			}
			return year;
		}
		catch (NumberFormatException ex) {
			problems.add(new ImportProblem(line.header("year"), "tenant.error.year-range",
					List.of(String.valueOf(TenantPerformanceService.YEAR_MIN),
							String.valueOf(TenantPerformanceService.YEAR_MAX))));
			return null;
		}
	}

	/** A non-negative number (thousands separators allowed), or null when blank. */
	private static @Nullable BigDecimal number(ImportSheet.Line line, String field, int precision,
			List<ImportProblem> problems) {
		String text = line.text(field).replace(",", "");
		if (text.isEmpty()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text);
			if (value.signum() < 0) {
				problems.add(new ImportProblem(line.header(field), "tenant.import.error.negative", List.of(text)));
				return null;
			}
			BigDecimal rounded = TenantPerformanceService.round(value, field, precision);
			return rounded;
		}
		catch (NumberFormatException ex) {
			problems.add(new ImportProblem(line.header(field), "import.error.not-a-number", List.of(text)));
			return null;
		}
		catch (DomainException ex) {
			problems.add(new ImportProblem(line.header(field), ex.messageKey(), List.of(ex.arguments())));
			return null;
		}
	}

}
