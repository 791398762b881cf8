package cn.zhaoshang.crm.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhaoshang.crm.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Which stage moves are allowed (pure, no Spring). The rules, checked in this order:
 * <ol>
 * <li>moving to the same stage is refused ({@value #SAME});</li>
 * <li>LOST and EXITED are terminal: nothing leaves them ({@value #TERMINAL});</li>
 * <li>LOST is allowed from every open stage (each main-line stage and ON_HOLD) and needs
 * a non-blank reason ({@value #LOST_NEEDS_REASON});</li>
 * <li>from ON_HOLD a project otherwise only resumes at the stage it was held at
 * ({@value #RESUME_ONLY_PREVIOUS});</li>
 * <li>ON_HOLD is allowed from every main-line stage, AT_CAPACITY included;</li>
 * <li>EXITED only from LAND_SUPPLIED, CONSTRUCTION, PRODUCTION or AT_CAPACITY
 * ({@value #EXIT_BEFORE_LAND});</li>
 * <li>on the main line, forward by one or more steps is allowed; back by exactly one step
 * needs a non-blank note ({@value #BACK_NEEDS_NOTE}); further back is refused
 * ({@value #BACK_TOO_FAR}).</li>
 * </ol>
 */
public final class StageRules {

	public static final String SAME = "project.error.stage-same";

	public static final String TERMINAL = "project.error.stage-terminal";

	public static final String RESUME_ONLY_PREVIOUS = "project.error.stage-resume-only-previous";

	public static final String LOST_NEEDS_REASON = "project.error.stage-lost-needs-reason";

	public static final String EXIT_BEFORE_LAND = "project.error.stage-exit-before-land";

	public static final String BACK_NEEDS_NOTE = "project.error.stage-back-needs-note";

	public static final String BACK_TOO_FAR = "project.error.stage-back-too-far";

	public static final String NOT_ALLOWED = "project.error.stage-not-allowed";

	private StageRules() {
	}

	/**
	 * Throws a {@link DomainException} with the refusal's key unless the move is allowed.
	 * @param from the project's stage now
	 * @param to the stage asked for
	 * @param beforeHold the stage the project was held at (only read when {@code from} is
	 * ON_HOLD)
	 * @param note the note of the move (required to go back one step)
	 * @param lostReason why the project was lost (required to go LOST)
	 */
	public static void check(Stage from, Stage to, @Nullable Stage beforeHold, @Nullable String note,
			@Nullable String lostReason) {
		Optional<String> refusal = refusal(from, to, beforeHold, note, lostReason);
		if (refusal.isPresent()) {
			throw new DomainException(refusal.get());
		}
	}

	/** The key of the refusal, or empty when the move is allowed. */
	public static Optional<String> refusal(Stage from, Stage to, @Nullable Stage beforeHold, @Nullable String note,
			@Nullable String lostReason) {
		if (from == to) {
			return Optional.of(SAME);
		}
		if (from.isTerminal()) {
			return Optional.of(TERMINAL);
		}
		if (to == Stage.LOST) {
			return blank(lostReason) ? Optional.of(LOST_NEEDS_REASON) : Optional.empty();
		}
		if (from == Stage.ON_HOLD) {
			return (beforeHold != null && to == beforeHold) ? Optional.empty() : Optional.of(RESUME_ONLY_PREVIOUS);
		}
		if (to == Stage.ON_HOLD) {
			return Optional.empty(); // from is on the main line here
		}
		if (to == Stage.EXITED) {
			return from.isLanded() ? Optional.empty() : Optional.of(EXIT_BEFORE_LAND);
		}
		if (from.isMainLine() && to.isMainLine()) {
			int steps = to.step() - from.step();
			if (steps > 0) {
				return Optional.empty();
			}
			if (steps == -1) {
				return blank(note) ? Optional.of(BACK_NEEDS_NOTE) : Optional.empty();
			}
			return Optional.of(BACK_TOO_FAR);
		}
		return Optional.of(NOT_ALLOWED);
	}

	public static boolean allowed(Stage from, Stage to, @Nullable Stage beforeHold, @Nullable String note,
			@Nullable String lostReason) {
		return refusal(from, to, beforeHold, note, lostReason).isEmpty();
	}

	/**
	 * The stages a project at {@code from} may move to, given a note and a reason where
	 * they are needed (for the UI's choice of next stages).
	 */
	public static List<Stage> targets(Stage from, @Nullable Stage beforeHold) {
		List<Stage> targets = new ArrayList<>();
		for (Stage to : Stage.values()) {
			if (allowed(from, to, beforeHold, "note", "reason")) {
				targets.add(to);
			}
		}
		return List.copyOf(targets);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
