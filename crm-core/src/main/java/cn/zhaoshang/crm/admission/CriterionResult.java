package cn.zhaoshang.crm.admission;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One criterion of an evaluation as it came out.
 *
 * @param value the project's figure (null when missing or not a number, e.g. energy per
 * output with zero output)
 * @param threshold the rules' minimum or maximum (null for the industry criteria)
 * @param margin how far the value lies beyond the threshold: positive on the right side,
 * negative short of it
 * @param missing the project figures that were missing (names of ProjectForm's fields)
 */
public record CriterionResult(Criterion criterion, Outcome outcome, @Nullable BigDecimal value,
		@Nullable BigDecimal threshold, @Nullable BigDecimal margin, List<String> missing) {

	public CriterionResult {
		missing = List.copyOf(missing);
	}

}
