package cn.zhaoshang.crm.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import cn.zhaoshang.crm.park.AdmissionThresholds;
import org.jspecify.annotations.Nullable;

/**
 * Ranks where a land request fits (招商匹配), as plain code: no Spring, no database.
 * <p>
 * Every zone of every park is an option (a park without zones is one). Each option gets a
 * reason per criterion ({@link Criterion}): the industry against what the park admits and
 * what the zone is planned for (high-pollution industries never fit); enough free land on
 * one plot, else on adjacent plots of the zone (rectangles sharing a border on the park
 * plan); plots of the land use asked for; power, water and gas on those plots; the park's
 * thresholds for investment intensity, output and tax per 亩 and energy per output,
 * computed from the project's figures; the investor's preferred park and zone.
 * <p>
 * Options rank by verdict (fits, conditional, does not fit), then by score, then by the
 * least land wasted, then in the parks' and zones' own order.
 */
public final class MatchingEngine {

	private MatchingEngine() {
	}

	/** Every park and zone for the need, best first. */
	public static List<MatchOption> rank(MatchNeed need, List<MatchPark> parks) {
		List<Scored> scored = new ArrayList<>();
		for (MatchPark park : parks) {
			for (MatchZone zone : park.zones()) {
				scored.add(evaluate(need, park, zone, scored.size()));
			}
		}
		scored.sort(ORDER);
		return scored.stream().map(Scored::option).toList();
	}

	/**
	 * The needs' best options in the park, best first: the park's matched tenants (the
	 * caller drops what does not fit, if it wants).
	 */
	public static List<ProjectFit> rankProjects(MatchPark park, List<MatchNeed> needs) {
		List<Scored> best = new ArrayList<>();
		List<MatchNeed> order = new ArrayList<>();
		for (MatchNeed need : needs) {
			List<Scored> options = new ArrayList<>();
			for (MatchZone zone : park.zones()) {
				options.add(evaluate(need, park, zone, best.size()));
			}
			if (!options.isEmpty()) {
				options.sort(ORDER);
				best.add(options.getFirst().withNeed(order.size()));
				order.add(need);
			}
		}
		best.sort(ORDER);
		return best.stream().map(s -> new ProjectFit(order.get(s.needIndex()), s.option())).toList();
	}

	// ---------------------------------------------------------------- one option

	private static Scored evaluate(MatchNeed need, MatchPark park, MatchZone zone, int position) {
		List<Reason> reasons = new ArrayList<>();
		reasons.add(industry(need, park, zone));
		List<MatchPlot> usable = new ArrayList<>();
		BigDecimal zoneFree = BigDecimal.ZERO;
		for (MatchPlot p : zone.plots()) {
			if (p.freeMu().signum() > 0) {
				zoneFree = zoneFree.add(p.freeMu());
				if (need.landUse() == null || p.landUse() == need.landUse()) {
					usable.add(p);
				}
			}
		}
		reasons.add(landUse(need, usable));
		Land land = land(need.areaMu(), usable);
		reasons.add(land.reason());
		reasons.addAll(utilities(need, land.plots()));
		reasons.addAll(thresholds(need, park.thresholds()));
		reasons.add(preference(need, park, zone));

		MatchOption option = new MatchOption(park.id(), park.code(), park.nameZh(), park.nameEn(), zone.id(),
				zone.nameZh(), zone.nameEn(), takes(need.areaMu(), land.plots()), zoneFree, verdict(reasons),
				score(reasons), reasons);
		return new Scored(option, sum(land.plots()).subtract(need.areaMu()).abs(), position, -1);
	}

	private static Reason industry(MatchNeed need, MatchPark park, MatchZone zone) {
		Criterion c = Criterion.INDUSTRY;
		if (need.industryId() == null) {
			return Reason.of(c, Outcome.UNKNOWN, "industry.unknown");
		}
		if (need.highPollution()) {
			return Reason.of(c, Outcome.FAIL, "industry.high-pollution");
		}
		if (Collections.disjoint(need.industryLine(), park.admittedIndustryIds())) {
			return Reason.of(c, Outcome.FAIL, "industry.not-admitted");
		}
		if (!zone.plannedIndustryIds().isEmpty()) {
			return Collections.disjoint(need.industryLine(), zone.plannedIndustryIds())
					? Reason.of(c, Outcome.FAIL, "industry.other-zone")
					: Reason.of(c, Outcome.PASS, "industry.zone-planned");
		}
		return Reason.of(c, Outcome.PASS, "industry.admitted");
	}

	private static Reason landUse(MatchNeed need, List<MatchPlot> usable) {
		Criterion c = Criterion.LAND_USE;
		if (need.landUse() == null) {
			return Reason.of(c, Outcome.NOT_SET, "land-use.any");
		}
		return usable.isEmpty() ? Reason.of(c, Outcome.FAIL, "land-use.none", need.landUse().messageKey())
				: Reason.of(c, Outcome.PASS, "land-use.ok", need.landUse().messageKey());
	}

	/** The plots chosen and why. */
	private record Land(List<MatchPlot> plots, Reason reason) {
	}

	/**
	 * The smallest single plot with enough free land; else the smallest block of adjacent
	 * plots with enough; else the largest block there is (and the land falls short). The
	 * block search is greedy ({@link PlotBlocks}), which is plenty for the tens of plots
	 * of a zone.
	 */
	private static Land land(BigDecimal needed, List<MatchPlot> usable) {
		Criterion c = Criterion.LAND;
		MatchPlot single = null;
		for (MatchPlot p : usable) {
			if (p.freeMu().compareTo(needed) >= 0 && (single == null || p.freeMu().compareTo(single.freeMu()) < 0)) {
				single = p;
			}
		}
		if (single != null) {
			return new Land(List.of(single),
					Reason.of(c, Outcome.PASS, "land.one-plot", single.code(), single.freeMu(), needed));
		}
		PlotBlocks blocks = new PlotBlocks(usable, needed);
		List<MatchPlot> block = blocks.smallestEnough();
		if (block != null) {
			return new Land(block, Reason.of(c, Outcome.PASS, "land.adjacent", codes(block), sum(block), needed));
		}
		List<MatchPlot> largest = blocks.largest();
		largest.sort(Comparator.comparing(MatchPlot::freeMu).reversed().thenComparing(MatchPlot::code));
		BigDecimal have = sum(largest);
		return new Land(largest,
				Reason.of(c, Outcome.FAIL, "land.short", needed, have, needed.subtract(have), codes(largest)));
	}

	/** How much to take from each plot: the biggest first, until the need is met. */
	private static List<PlotTake> takes(BigDecimal needed, List<MatchPlot> plots) {
		List<MatchPlot> order = new ArrayList<>(plots);
		order.sort(Comparator.comparing(MatchPlot::freeMu).reversed().thenComparing(MatchPlot::code));
		List<PlotTake> takes = new ArrayList<>();
		BigDecimal left = needed;
		for (MatchPlot p : order) {
			BigDecimal take = p.freeMu().min(left.max(BigDecimal.ZERO));
			takes.add(new PlotTake(p.id(), p.code(), p.freeMu(), take));
			left = left.subtract(take);
		}
		return takes;
	}

	private static List<Reason> utilities(MatchNeed need, List<MatchPlot> plots) {
		List<Reason> reasons = new ArrayList<>();
		utility(reasons, "power", need.powerKva(), plots, MatchPlot::powerKva);
		utility(reasons, "water", need.waterTPerDay(), plots, MatchPlot::waterTPerDay);
		utility(reasons, "gas", need.gasM3PerDay(), plots, MatchPlot::gasM3PerDay);
		if (reasons.isEmpty()) {
			reasons.add(Reason.of(Criterion.UTILITIES, Outcome.NOT_SET, "utilities.none-asked"));
		}
		return reasons;
	}

	private static void utility(List<Reason> reasons, String name, @Nullable BigDecimal needed, List<MatchPlot> plots,
			Function<MatchPlot, @Nullable BigDecimal> capacity) {
		if (needed == null || needed.signum() == 0) {
			return;
		}
		Criterion c = Criterion.UTILITIES;
		BigDecimal total = BigDecimal.ZERO;
		for (MatchPlot p : plots) {
			BigDecimal value = capacity.apply(p);
			if (value == null) {
				reasons.add(Reason.of(c, Outcome.UNKNOWN, name + ".unknown", needed));
				return;
			}
			total = total.add(value);
		}
		if (plots.isEmpty()) {
			reasons.add(Reason.of(c, Outcome.UNKNOWN, name + ".unknown", needed));
		}
		else if (total.compareTo(needed) >= 0) {
			reasons.add(Reason.of(c, Outcome.PASS, name + ".ok", needed, total));
		}
		else {
			reasons.add(Reason.of(c, Outcome.FAIL, name + ".short", needed, total));
		}
	}

	private static List<Reason> thresholds(MatchNeed need, AdmissionThresholds t) {
		BigDecimal land = need.figuresLandMu();
		return List.of(
				atLeast(Criterion.INVESTMENT_INTENSITY, "intensity", perMu(need.investmentTotal(), land),
						t.minInvestmentIntensity()),
				atLeast(Criterion.OUTPUT_PER_MU, "output", perMu(need.annualOutput(), land), t.minOutputPerMu()),
				atLeast(Criterion.TAX_PER_MU, "tax", perMu(need.annualTax(), land), t.minTaxPerMu()),
				energy(need, t.maxEnergyPerOutput()));
	}

	private static Reason atLeast(Criterion c, String name, @Nullable BigDecimal value,
			@Nullable BigDecimal threshold) {
		if (threshold == null) {
			return Reason.of(c, Outcome.NOT_SET, name + ".not-set");
		}
		if (value == null) {
			return Reason.of(c, Outcome.UNKNOWN, name + ".unknown", threshold);
		}
		return (value.compareTo(threshold) >= 0) ? Reason.of(c, Outcome.PASS, name + ".ok", value, threshold)
				: Reason.of(c, Outcome.FAIL, name + ".low", value, threshold);
	}

	private static Reason energy(MatchNeed need, @Nullable BigDecimal ceiling) {
		Criterion c = Criterion.ENERGY;
		if (ceiling == null) {
			return Reason.of(c, Outcome.NOT_SET, "energy.not-set");
		}
		if (need.energyTce() == null || need.annualOutput() == null || need.annualOutput().signum() == 0) {
			return Reason.of(c, Outcome.UNKNOWN, "energy.unknown", ceiling);
		}
		BigDecimal perOutput = need.energyTce().divide(need.annualOutput(), 4, RoundingMode.HALF_UP);
		return (perOutput.compareTo(ceiling) <= 0) ? Reason.of(c, Outcome.PASS, "energy.ok", perOutput, ceiling)
				: Reason.of(c, Outcome.FAIL, "energy.high", perOutput, ceiling);
	}

	private static Reason preference(MatchNeed need, MatchPark park, MatchZone zone) {
		Criterion c = Criterion.PREFERENCE;
		if (need.preferredParkId() == null) {
			return Reason.of(c, Outcome.NOT_SET, "preference.none");
		}
		if (need.preferredParkId() != park.id()) {
			return Reason.of(c, Outcome.FAIL, "preference.other-park");
		}
		if (need.preferredZoneId() != null && !need.preferredZoneId().equals(zone.id())) {
			return Reason.of(c, Outcome.PARTIAL, "preference.other-zone");
		}
		return Reason.of(c, Outcome.PASS, "preference.match");
	}

	// ---------------------------------------------------------------- verdict, score,
	// order

	static Verdict verdict(List<Reason> reasons) {
		boolean conditional = false;
		for (Reason r : reasons) {
			if (r.criterion() == Criterion.PREFERENCE) {
				continue;
			}
			if (r.outcome() == Outcome.FAIL && r.criterion().hard()) {
				return Verdict.DOES_NOT_FIT;
			}
			conditional |= r.outcome() == Outcome.FAIL || r.outcome() == Outcome.UNKNOWN;
		}
		return conditional ? Verdict.CONDITIONAL : Verdict.FITS;
	}

	/**
	 * Each criterion's weight times its share: pass and nothing-to-check 1, partial and
	 * unknown ½, fail 0 (no preference: ½). Utilities average over the utilities asked
	 * for.
	 */
	static int score(List<Reason> reasons) {
		// per criterion, its shares in halves and how many reasons it has
		int[] halves = new int[CRITERIA.length];
		int[] count = new int[CRITERIA.length];
		for (Reason r : reasons) {
			halves[r.criterion().ordinal()] += halves(r);
			count[r.criterion().ordinal()]++;
		}
		BigDecimal total = BigDecimal.ZERO;
		for (Criterion c : CRITERIA) {
			int i = c.ordinal();
			if (count[i] > 0) {
				BigDecimal share = BigDecimal.valueOf(halves[i])
					.divide(BigDecimal.valueOf(2L * count[i]), 4, RoundingMode.HALF_UP);
				total = total.add(share.multiply(BigDecimal.valueOf(c.weight())));
			}
		}
		return total.setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

	private static final Criterion[] CRITERIA = Criterion.values();

	private static int halves(Reason r) {
		return switch (r.outcome()) {
			case PASS -> 2;
			case NOT_SET -> (r.criterion() == Criterion.PREFERENCE) ? 1 : 2;
			case PARTIAL, UNKNOWN -> 1;
			case FAIL -> 0;
		};
	}

	/** An option with what ranks it besides its verdict and score. */
	private record Scored(MatchOption option, BigDecimal waste, int position, int needIndex) {

		Scored withNeed(int index) {
			return new Scored(this.option, this.waste, this.position, index);
		}

	}

	private static final Comparator<Scored> ORDER = Comparator.comparing((Scored s) -> s.option().verdict().ordinal())
		.thenComparing(s -> -s.option().score())
		.thenComparing(Scored::waste)
		.thenComparing(Scored::position);

	private static String codes(List<MatchPlot> plots) {
		return String.join("+", plots.stream().map(MatchPlot::code).toList());
	}

	private static BigDecimal sum(List<MatchPlot> plots) {
		BigDecimal sum = BigDecimal.ZERO;
		for (MatchPlot p : plots) {
			sum = sum.add(p.freeMu());
		}
		return sum;
	}

	private static @Nullable BigDecimal perMu(@Nullable BigDecimal value, BigDecimal land) {
		return (value == null || land.signum() == 0) ? null : value.divide(land, 2, RoundingMode.HALF_UP);
	}

}
