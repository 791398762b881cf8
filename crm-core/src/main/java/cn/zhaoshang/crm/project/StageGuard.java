package cn.zhaoshang.crm.project;

/**
 * A check another feature adds to stage moves, e.g. admission before a project is signed.
 * {@link ProjectService#moveStage} calls every guard after {@link StageRules} allowed the
 * move, inside the move's transaction with the project row locked; a guard refuses by
 * throwing a {@code DomainException}, and then nothing is written.
 */
public interface StageGuard {

	void check(long projectId, Stage from, Stage to);

}
