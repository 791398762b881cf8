package cn.zhaoshang.crm.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.zhaoshang.crm.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a project's figures against one version of a park's rules (pure, no Spring).
 * Whether a figure meets its threshold is decided exactly, by cross-multiplying the
 * DECIMALs (investment ≥ minimum × land), never on a rounded quotient; the value and
 * margin shown are rounded afterwards. A missing figure is reported as missing, never
 * guessed; zero land is refused ({@value #ZERO_LAND}).
 */
final class AdmissionEvaluator {

	static final String ZERO_LAND = "admission.error.zero-land";

	/** Per-亩 figures to 万元/亩 with two decimals. */
	private static final int PER_MU_SCALE = 2;

	/** Energy per 万元 of output to four decimals (tce). */
	private static final int ENERGY_SCALE = 4;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private AdmissionEvaluator() {
	}

	/**
	 * Every criterion the rules set, in {@link Criterion} order.
	 * @param parkIndustries the industries the park admits (empty: no industry-fit
	 * criterion)
	 */
	static List<CriterionResult> evaluate(AdmissionRules rules, ProjectFacts facts, Collection<Long> parkIndustries) {
		if (facts.landMu() != null && facts.landMu().signum() == 0) {
			throw new DomainException(ZERO_LAND);
		}
		BigDecimal band = rules.conditionalBandPct().divide(HUNDRED);
		List<CriterionResult> out = new ArrayList<>();
		out.add(excluded(rules, facts));
		if (!parkIndustries.isEmpty()) {
			out.add(fit(facts, parkIndustries));
		}
		perMu(out, Criterion.INVESTMENT_INTENSITY, rules.minInvestmentIntensity(), facts.investmentTotal(),
				"investmentTotal", facts.landMu(), band);
		perMu(out, Criterion.OUTPUT_PER_MU, rules.minOutputPerMu(), facts.annualOutput(), "annualOutput",
				facts.landMu(), band);
		perMu(out, Criterion.TAX_PER_MU, rules.minTaxPerMu(), facts.annualTax(), "annualTax", facts.landMu(), band);
		energy(out, rules.maxEnergyPerOutput(), facts.energyTce(), facts.annualOutput(), band);
		cap(out, Criterion.COD, rules.maxCodT(), facts.codT(), "codT", band);
		cap(out, Criterion.NH3N, rules.maxNh3nT(), facts.nh3nT(), "nh3nT", band);
		cap(out, Criterion.SO2, rules.maxSo2T(), facts.so2T(), "so2T", band);
		cap(out, Criterion.NOX, rules.maxNoxT(), facts.noxT(), "noxT", band);
		return List.copyOf(out);
	}

	private static CriterionResult excluded(AdmissionRules rules, ProjectFacts facts) {
		if (facts.industryIds().isEmpty()) {
			return missing(Criterion.INDUSTRY_EXCLUDED, null, List.of("industryId"));
		}
		boolean refused = (rules.vetoHighPollution() && facts.highPollution())
				|| facts.industryIds().stream().anyMatch(rules.excludedIndustryIds()::contains);
		return new CriterionResult(Criterion.INDUSTRY_EXCLUDED, refused ? Outcome.EXCLUDED : Outcome.MET, null, null,
				null, List.of());
	}

	private static CriterionResult fit(ProjectFacts facts, Collection<Long> parkIndustries) {
		if (facts.industryIds().isEmpty()) {
			return missing(Criterion.INDUSTRY_FIT, null, List.of("industryId"));
		}
		boolean fits = facts.industryIds().stream().anyMatch(parkIndustries::contains);
		return new CriterionResult(Criterion.INDUSTRY_FIT, fits ? Outcome.MET : Outcome.NOT_MET, null, null, null,
				List.of());
	}

	/** amount / land at least {@code minimum}. */
	private static void perMu(List<CriterionResult> out, Criterion criterion, @Nullable BigDecimal minimum,
			@Nullable BigDecimal amount, String amountField, @Nullable BigDecimal land, BigDecimal band) {
		if (minimum == null) {
			return;
		}
		List<String> missing = new ArrayList<>();
		if (amount == null) {
			missing.add(amountField);
		}
		if (land == null) {
			missing.add("landRequestedMu");
		}
		if (amount == null || land == null) {
			out.add(missing(criterion, minimum, missing));
			return;
		}
		Outcome outcome;
		if (amount.compareTo(minimum.multiply(land)) >= 0) {
			outcome = Outcome.MET;
		}
		else if (amount.compareTo(minimum.multiply(BigDecimal.ONE.subtract(band)).multiply(land)) >= 0) {
			outcome = Outcome.NEAR;
		}
		else {
			outcome = Outcome.NOT_MET;
		}
		BigDecimal value = amount.divide(land, PER_MU_SCALE, RoundingMode.HALF_UP);
		out.add(new CriterionResult(criterion, outcome, value, minimum, value.subtract(minimum), List.of()));
	}

	/** energy / output at most {@code maximum}. */
	private static void energy(List<CriterionResult> out, @Nullable BigDecimal maximum, @Nullable BigDecimal energy,
			@Nullable BigDecimal output, BigDecimal band) {
		if (maximum == null) {
			return;
		}
		List<String> missing = new ArrayList<>();
		if (energy == null) {
			missing.add("energyTce");
		}
		if (output == null) {
			missing.add("annualOutput");
		}
		if (energy == null || output == null) {
			out.add(missing(Criterion.ENERGY_PER_OUTPUT, maximum, missing));
			return;
		}
		if (output.signum() == 0) {
			// no output: any energy use is infinitely much per 万元, none is nothing
			Outcome outcome = (energy.signum() == 0) ? Outcome.MET : Outcome.NOT_MET;
			out.add(new CriterionResult(Criterion.ENERGY_PER_OUTPUT, outcome, null, maximum, null, List.of()));
			return;
		}
		Outcome outcome = atMost(energy, maximum.multiply(output),
				maximum.multiply(BigDecimal.ONE.add(band)).multiply(output));
		BigDecimal value = energy.divide(output, ENERGY_SCALE, RoundingMode.HALF_UP);
		out.add(new CriterionResult(Criterion.ENERGY_PER_OUTPUT, outcome, value, maximum, maximum.subtract(value),
				List.of()));
	}

	/** A yearly emission at most {@code cap}. */
	private static void cap(List<CriterionResult> out, Criterion criterion, @Nullable BigDecimal cap,
			@Nullable BigDecimal value, String field, BigDecimal band) {
		if (cap == null) {
			return;
		}
		if (value == null) {
			out.add(missing(criterion, cap, List.of(field)));
			return;
		}
		Outcome outcome = atMost(value, cap, cap.multiply(BigDecimal.ONE.add(band)));
		out.add(new CriterionResult(criterion, outcome, value, cap, cap.subtract(value), List.of()));
	}

	private static Outcome atMost(BigDecimal value, BigDecimal limit, BigDecimal nearLimit) {
		if (value.compareTo(limit) <= 0) {
			return Outcome.MET;
		}
		return (value.compareTo(nearLimit) <= 0) ? Outcome.NEAR : Outcome.NOT_MET;
	}

	private static CriterionResult missing(Criterion criterion, @Nullable BigDecimal threshold, List<String> fields) {
		return new CriterionResult(criterion, Outcome.MISSING, null, threshold, null, fields);
	}

}
