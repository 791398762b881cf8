package cn.zhaoshang.crm.matching;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One park and zone for a land request: the plots it proposes, its verdict, its score
 * (0–100) and a reason per criterion.
 *
 * @param plots the plots to take land from; when the land falls short, the largest block
 * of adjacent free plots
 * @param zoneFreeMu all free land of the zone
 */
public record MatchOption(long parkId, String parkCode, String parkNameZh, String parkNameEn, @Nullable Long zoneId,
		@Nullable String zoneNameZh, @Nullable String zoneNameEn, List<PlotTake> plots, BigDecimal zoneFreeMu,
		Verdict verdict, int score, List<Reason> reasons) {

	public MatchOption {
		plots = List.copyOf(plots);
		reasons = List.copyOf(reasons);
	}

	/** The reasons of one criterion (utilities give one per utility asked for). */
	public List<Reason> reasons(Criterion criterion) {
		return this.reasons.stream().filter(r -> r.criterion() == criterion).toList();
	}

	/** The worst outcome of a criterion (FAIL before UNKNOWN before PARTIAL ...). */
	public Outcome outcome(Criterion criterion) {
		List<Reason> of = reasons(criterion);
		for (Outcome worst : List.of(Outcome.FAIL, Outcome.UNKNOWN, Outcome.PARTIAL, Outcome.PASS)) {
			if (of.stream().anyMatch(r -> r.outcome() == worst)) {
				return worst;
			}
		}
		return Outcome.NOT_SET;
	}

}
