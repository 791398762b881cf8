package cn.zhaoshang.crm.project;

import org.jspecify.annotations.Nullable;

/**
 * Told of every stage move inside the move's own transaction, after the project row is
 * locked and updated: what a listener writes commits or rolls back with the move. Lets
 * other features react (land is released when a project is lost) without the project
 * feature knowing them.
 */
public interface StageListener {

	/**
	 * @param reason the lost reason for LOST, else the move's note (may be null)
	 */
	void stageMoved(long projectId, Stage from, Stage to, @Nullable String reason);

}
