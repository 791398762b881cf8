package cn.zhaoshang.crm.admission;

import java.util.List;
import java.util.Locale;

/** The verdict of an evaluation: 通过 / 有条件通过 / 不通过. */
public enum AdmissionResult {

	PASS, CONDITIONAL, FAIL;

	/**
	 * FAIL when any criterion is not met or the industry is refused; else CONDITIONAL
	 * when any is near its threshold or lacks a figure; else PASS.
	 */
	public static AdmissionResult of(List<CriterionResult> criteria) {
		boolean conditional = false;
		for (CriterionResult c : criteria) {
			switch (c.outcome()) {
				case NOT_MET, EXCLUDED -> {
					return FAIL;
				}
				case NEAR, MISSING -> conditional = true;
				case MET -> {
				}
			}
		}
		return conditional ? CONDITIONAL : PASS;
	}

	public String messageKey() {
		return "admission.result." + name().toLowerCase(Locale.ROOT);
	}

}
