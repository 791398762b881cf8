package cn.zhaoshang.crm.matching;

import java.util.List;

/**
 * Why a criterion came out as it did: an i18n key with its arguments (numbers as
 * BigDecimal, plot codes as text), so the UI says it in the user's language.
 */
public record Reason(Criterion criterion, Outcome outcome, String messageKey, List<Object> arguments) {

	public Reason {
		arguments = List.copyOf(arguments);
	}

	static Reason of(Criterion criterion, Outcome outcome, String key, Object... arguments) {
		return new Reason(criterion, outcome, "matching.reason." + key, List.of(arguments));
	}

}
