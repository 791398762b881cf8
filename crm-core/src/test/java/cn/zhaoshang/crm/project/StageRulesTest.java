package cn.zhaoshang.crm.project;

import static cn.zhaoshang.crm.project.Stage.AGREEMENT;
import static cn.zhaoshang.crm.project.Stage.AT_CAPACITY;
import static cn.zhaoshang.crm.project.Stage.CONSTRUCTION;
import static cn.zhaoshang.crm.project.Stage.CONTACTED;
import static cn.zhaoshang.crm.project.Stage.EXITED;
import static cn.zhaoshang.crm.project.Stage.LAND_SUPPLIED;
import static cn.zhaoshang.crm.project.Stage.LEAD;
import static cn.zhaoshang.crm.project.Stage.LOST;
import static cn.zhaoshang.crm.project.Stage.NEGOTIATION;
import static cn.zhaoshang.crm.project.Stage.ON_HOLD;
import static cn.zhaoshang.crm.project.Stage.PRODUCTION;
import static cn.zhaoshang.crm.project.Stage.SIGNED;
import static cn.zhaoshang.crm.project.Stage.SITE_VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.zhaoshang.crm.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (from, to) pair of the 13 stages against a table written out by hand. */
class StageRulesTest {

	/** The columns of {@link #TABLE}, in this order. */
	private static final List<Stage> COLUMNS = List.of(LEAD, CONTACTED, SITE_VISIT, NEGOTIATION, AGREEMENT, SIGNED,
			LAND_SUPPLIED, CONSTRUCTION, PRODUCTION, AT_CAPACITY, ON_HOLD, LOST, EXITED);

	/**
	 * Row = from, column = to (see {@link #COLUMNS}). The project on hold was held at
	 * NEGOTIATION.
	 * <ul>
	 * <li>{@code ok} allowed</li>
	 * <li>{@code n} back one step: allowed with a note, else stage-back-needs-note</li>
	 * <li>{@code r} to LOST: allowed with a reason, else stage-lost-needs-reason</li>
	 * <li>{@code =} stage-same, {@code far} stage-back-too-far, {@code T} stage-terminal,
	 * {@code L} stage-exit-before-land, {@code P} stage-resume-only-previous</li>
	 * </ul>
	 */
	private static final String TABLE = """
			               LEAD CONT SITE NEGO AGRE SIGN LAND CONS PROD CAPA HOLD LOST EXIT
			LEAD           =    ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   r    L
			CONTACTED      n    =    ok   ok   ok   ok   ok   ok   ok   ok   ok   r    L
			SITE_VISIT     far  n    =    ok   ok   ok   ok   ok   ok   ok   ok   r    L
			NEGOTIATION    far  far  n    =    ok   ok   ok   ok   ok   ok   ok   r    L
			AGREEMENT      far  far  far  n    =    ok   ok   ok   ok   ok   ok   r    L
			SIGNED         far  far  far  far  n    =    ok   ok   ok   ok   ok   r    L
			LAND_SUPPLIED  far  far  far  far  far  n    =    ok   ok   ok   ok   r    ok
			CONSTRUCTION   far  far  far  far  far  far  n    =    ok   ok   ok   r    ok
			PRODUCTION     far  far  far  far  far  far  far  n    =    ok   ok   r    ok
			AT_CAPACITY    far  far  far  far  far  far  far  far  n    =    ok   r    ok
			ON_HOLD        P    P    P    ok   P    P    P    P    P    P    =    r    P
			LOST           T    T    T    T    T    T    T    T    T    T    T    =    T
			EXITED         T    T    T    T    T    T    T    T    T    T    T    T    =
			""";

	private static final Map<String, String> REFUSALS = Map.of("=", "project.error.stage-same", "far",
			"project.error.stage-back-too-far", "T", "project.error.stage-terminal", "L",
			"project.error.stage-exit-before-land", "P", "project.error.stage-resume-only-previous");

	private static final Stage HELD_AT = NEGOTIATION;

	static Stream<Arguments> everyPair() {
		List<Arguments> pairs = new ArrayList<>();
		List<String> lines = TABLE.lines().skip(1).toList();
		assertThat(lines).hasSize(13);
		for (String line : lines) {
			String[] cells = line.strip().split("\\s+");
			assertThat(cells).hasSize(14);
			Stage from = Stage.valueOf(cells[0]);
			for (int column = 0; column < COLUMNS.size(); column++) {
				pairs.add(Arguments.of(from, COLUMNS.get(column), cells[column + 1]));
			}
		}
		assertThat(pairs).hasSize(169);
		return pairs.stream();
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@MethodSource("everyPair")
	void with_a_note_and_a_reason_each_move_is_allowed_or_refused_with_its_key(Stage from, Stage to, String cell) {
		Optional<String> refusal = StageRules.refusal(from, to, held(from), "客户要求重新考察", "企业决定落户他省");
		switch (cell) {
			case "ok", "n", "r" -> assertThat(refusal).isEmpty();
			default -> assertThat(refusal).contains(REFUSALS.get(cell));
		}
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@MethodSource("everyPair")
	void without_a_note_or_a_reason_going_back_or_lost_is_refused(Stage from, Stage to, String cell) {
		Optional<String> refusal = StageRules.refusal(from, to, held(from), null, null);
		switch (cell) {
			case "ok" -> assertThat(refusal).isEmpty();
			case "n" -> assertThat(refusal).contains("project.error.stage-back-needs-note");
			case "r" -> assertThat(refusal).contains("project.error.stage-lost-needs-reason");
			default -> assertThat(refusal).contains(REFUSALS.get(cell));
		}
	}

	@Test
	void a_blank_note_or_reason_counts_as_none() {
		assertThat(StageRules.refusal(SITE_VISIT, CONTACTED, null, " \t ", null))
			.contains("project.error.stage-back-needs-note");
		assertThat(StageRules.refusal(NEGOTIATION, LOST, null, null, "  "))
			.contains("project.error.stage-lost-needs-reason");
		assertThat(StageRules.refusal(SITE_VISIT, CONTACTED, null, "企业要求重新洽谈", null)).isEmpty();
	}

	@Test
	void a_refused_move_throws_a_domain_exception_with_the_key() {
		assertThatThrownBy(() -> StageRules.check(LEAD, EXITED, null, null, null)).isInstanceOf(DomainException.class)
			.hasMessage("project.error.stage-exit-before-land");
		assertThatCode(() -> StageRules.check(LEAD, AT_CAPACITY, null, null, null)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@EnumSource(names = { "LEAD", "CONTACTED", "SITE_VISIT", "NEGOTIATION", "AGREEMENT", "SIGNED", "LAND_SUPPLIED",
			"CONSTRUCTION", "PRODUCTION", "AT_CAPACITY" })
	void a_held_project_resumes_only_at_the_stage_it_was_held_at(Stage heldAt) {
		for (Stage to : Stage.values()) {
			Optional<String> refusal = StageRules.refusal(ON_HOLD, to, heldAt, "恢复推进", null);
			if (to == heldAt) {
				assertThat(refusal).as("resume at %s", to).isEmpty();
			}
			else if (to == ON_HOLD) {
				assertThat(refusal).contains("project.error.stage-same");
			}
			else if (to == LOST) {
				assertThat(refusal).contains("project.error.stage-lost-needs-reason");
			}
			else {
				assertThat(refusal).as("%s held at %s", to, heldAt)
					.contains("project.error.stage-resume-only-previous");
			}
		}
	}

	@Test
	void a_held_project_without_a_recorded_stage_cannot_resume() {
		assertThat(StageRules.refusal(ON_HOLD, NEGOTIATION, null, null, null))
			.contains("project.error.stage-resume-only-previous");
	}

	@Test
	void the_targets_offered_follow_the_rules() {
		assertThat(StageRules.targets(SIGNED, null)).containsExactly(AGREEMENT, LAND_SUPPLIED, CONSTRUCTION, PRODUCTION,
				AT_CAPACITY, ON_HOLD, LOST);
		assertThat(StageRules.targets(LAND_SUPPLIED, null)).containsExactly(SIGNED, CONSTRUCTION, PRODUCTION,
				AT_CAPACITY, ON_HOLD, LOST, EXITED);
		assertThat(StageRules.targets(ON_HOLD, SITE_VISIT)).containsExactly(SITE_VISIT, LOST);
		assertThat(StageRules.targets(LOST, null)).isEmpty();
		assertThat(StageRules.targets(EXITED, null)).isEmpty();
	}

	@Test
	void the_stage_helpers_split_the_main_line_from_the_rest() {
		assertThat(Stage.mainLine()).containsExactly(LEAD, CONTACTED, SITE_VISIT, NEGOTIATION, AGREEMENT, SIGNED,
				LAND_SUPPLIED, CONSTRUCTION, PRODUCTION, AT_CAPACITY);
		assertThat(Stage.values()).filteredOn(Stage::isMainLine).containsExactlyElementsOf(Stage.mainLine());
		assertThat(Stage.values()).filteredOn(Stage::isTerminal).containsExactly(LOST, EXITED);
		assertThat(Stage.values()).filteredOn(Stage::isSignedOrLater)
			.containsExactly(SIGNED, LAND_SUPPLIED, CONSTRUCTION, PRODUCTION, AT_CAPACITY);
		assertThat(AGREEMENT.isSignedOrLater()).as("a framework agreement is not a contract").isFalse();
		assertThat(ON_HOLD.step()).isEqualTo(-1);
		assertThat(SITE_VISIT.messageKey()).isEqualTo("project.stage.site-visit");
	}

	private static Stage held(Stage from) {
		return (from == ON_HOLD) ? HELD_AT : null;
	}

}
