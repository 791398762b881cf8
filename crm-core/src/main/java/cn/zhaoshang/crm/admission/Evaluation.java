package cn.zhaoshang.crm.admission;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A stored evaluation of a project against a park: when, by whom, with which version of
 * the rules, every criterion, and the director's override if there is one.
 */
public record Evaluation(long id, long projectId, long parkId, String parkNameZh, String parkNameEn,
		AdmissionResult result, AdmissionRules rules, LocalDateTime evaluatedAt, String evaluatedByName,
		List<CriterionResult> criteria, @Nullable AdmissionOverride override) {

	public Evaluation {
		criteria = List.copyOf(criteria);
	}

	/**
	 * FAIL without a director's override: the project may not be signed for this park.
	 */
	public boolean blocksSigning() {
		return this.result == AdmissionResult.FAIL && this.override == null;
	}

}
