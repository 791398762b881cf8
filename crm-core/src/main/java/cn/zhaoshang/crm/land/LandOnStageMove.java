package cn.zhaoshang.crm.land;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.db.tables.records.LandAllocationRecord;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.project.StageListener;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A project that is lost (终止) or exits (退出) gives its land back: its reservations and
 * allocations are released inside the stage move's transaction (the project row is locked
 * by then; plots are locked in id order, as everywhere).
 */
@Component
class LandOnStageMove implements StageListener {

	private final LandRepository land;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	LandOnStageMove(LandRepository land, CurrentUser currentUser, AuditLog audit) {
		this.land = land;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	@Override
	public void stageMoved(long projectId, Stage from, Stage to, @Nullable String reason) {
		if (to != Stage.LOST && to != Stage.EXITED) {
			return;
		}
		ReleaseKind kind = (to == Stage.LOST) ? ReleaseKind.PROJECT_LOST : ReleaseKind.PROJECT_EXITED;
		Long userId = this.currentUser.get().map(CrmUser::id).orElse(null);
		for (long plotId : this.land.plotsWithOpen(projectId)) {
			LandRepository.LockedPlot plot = this.land.lockPlot(plotId).orElseThrow();
			for (LandAllocationRecord a : this.land.lockOpenOn(plotId)) {
				if (a.getProjectId() == projectId
						&& this.land.release(a.getId(), a.getVersion(), userId, kind, reason)) {
					this.audit.record("RELEASE", AllocationService.ENTITY, a.getId(), plot.code() + ": " + a.getAreaMu()
							+ " mu, project " + to + ((reason != null) ? ": " + reason : ""));
				}
			}
			this.land.refreshPlotStatus(plotId);
		}
	}

}
