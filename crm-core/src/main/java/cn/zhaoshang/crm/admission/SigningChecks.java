package cn.zhaoshang.crm.admission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What stands in the way of signing a project, without access rules: the service adds
 * them for the UI, and {@link SigningGuard} runs it inside a stage move.
 */
@Component
class SigningChecks {

	private final AdmissionRepository admission;

	SigningChecks(AdmissionRepository admission) {
		this.admission = admission;
	}

	SigningCheck check(long projectId) {
		Long park = this.admission.preferredPark(projectId).orElse(null);
		Evaluation latest = (park != null) ? this.admission.latest(projectId, park).orElse(null) : null;
		return new SigningCheck(park, latest, overruns(projectId));
	}

	/**
	 * The budgets the project would take past their totals, on top of the other signed
	 * ones.
	 */
	private List<BudgetOverrun> overruns(long projectId) {
		Map<BudgetKind, BigDecimal> draw = this.admission.draw(projectId);
		List<BudgetOverrun> out = new ArrayList<>();
		for (BudgetUse use : this.admission.budgets(projectId)) {
			BigDecimal adds = draw.get(use.kind());
			if (adds.signum() > 0 && use.used().add(adds).compareTo(use.total()) > 0) {
				out.add(new BudgetOverrun(use.kind(), use.total(), use.used(), adds));
			}
		}
		return out;
	}

}
