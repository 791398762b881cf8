package cn.zhaoshang.crm.admission;

import java.util.stream.Collectors;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.project.StageGuard;
import cn.zhaoshang.crm.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Admission's word on a stage move: a project entering SIGNED (or jumping past it) for a
 * park whose latest evaluation is FAIL is refused until a director overrides that
 * evaluation ({@value #OVERRIDE_NEEDED}). Signing past a zone budget is allowed but
 * written to the audit trail; the stage dialog warns before.
 */
@Component
class SigningGuard implements StageGuard {

	static final String OVERRIDE_NEEDED = "admission.error.override-needed";

	private final SigningChecks signing;

	private final AuditLog audit;

	SigningGuard(SigningChecks signing, AuditLog audit) {
		this.signing = signing;
		this.audit = audit;
	}

	@Override
	public void check(long projectId, Stage from, Stage to) {
		// from ON_HOLD a project only resumes where it was held: if that is a signed
		// stage, it was signed before and was checked then
		boolean signing = to.isSignedOrLater() && !from.isSignedOrLater() && from != Stage.ON_HOLD;
		if (!signing) {
			return;
		}
		SigningCheck check = this.signing.check(projectId);
		if (check.overrideNeeded()) {
			throw new DomainException(OVERRIDE_NEEDED);
		}
		if (!check.overruns().isEmpty()) {
			this.audit.record("BUDGET_EXCEEDED", "project", projectId,
					check.overruns()
						.stream()
						.map(o -> o.kind() + " " + o.usedWith() + " > " + o.total())
						.collect(Collectors.joining("; ")));
		}
	}

}
