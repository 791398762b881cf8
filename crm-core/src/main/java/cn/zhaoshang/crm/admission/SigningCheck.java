package cn.zhaoshang.crm.admission;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What stands in the way of signing a project, for the stage dialog: the latest
 * evaluation for the park it would be signed for, and the budgets it would overdraw (a
 * warning, not a refusal).
 *
 * @param parkId the project's preferred park, null when it has none (no admission check)
 * @param latest the latest evaluation for that park, null when never evaluated
 */
public record SigningCheck(@Nullable Long parkId, @Nullable Evaluation latest, List<BudgetOverrun> overruns) {

	public SigningCheck {
		overruns = List.copyOf(overruns);
	}

	/** A director must override the failed evaluation before the project is signed. */
	public boolean overrideNeeded() {
		return this.latest != null && this.latest.blocksSigning();
	}

}
