package cn.zhaoshang.crm.project;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_STAGE_CHANGE;
import static cn.zhaoshang.crm.shared.TestRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project form and the stage move refuse bad input with the key the UI shows next to
 * the field, and write nothing (no project, no history row, no audit row). Every case
 * rolls back.
 */
@SpringBootTest
@Transactional
@WithUserDetails("staff")
class ProjectBadInputTest {

	/** Stands for the id of the AUTO_PARTS park, resolved in the test. */
	private static final String A_PARK = "<park>";

	@Autowired
	ProjectService projects;

	@Autowired
	DSLContext dsl;

	static Stream<Arguments> badProjects() {
		return Stream.of(
				// name and texts
				bad("empty name", "project.error.name-required", "name", ""),
				bad("blank name", "project.error.name-required", "name", "  \t "),
				bad("201-character name", "project.error.name-too-long", "name", "项".repeat(201)),
				bad("bell in name", "project.error.name-control-characters", "name", "新能源\u0007项目"),
				bad("line break in name", "project.error.name-control-characters", "name", "新能源\n项目"),
				bad("confidential without code name", "project.error.code-name-required", "confidential", true),
				bad("101-character code name", "project.error.text-too-long", "codeName", "代".repeat(101)),
				bad("control character in code name", "project.error.text-control-characters", "codeName",
						"Project\u001b北辰"),
				bad("201-character capacity", "project.error.text-too-long", "capacityText", "3".repeat(201)),
				bad("5001-character description", "project.error.text-too-long", "description", "述".repeat(5001)),
				bad("NUL in description", "project.error.text-control-characters", "description", "简介\u0000"),
				// references
				bad("no investor", "project.error.investor-required", "investorId", null),
				bad("unknown investor", "project.error.investor-not-found", "investorId", 999_999_999L),
				bad("unknown industry", "project.error.industry-not-found", "industryId", 999_999_999L),
				bad("unknown park", "project.error.park-not-found", "preferredParkId", 999_999_999L),
				bad("zone without park", "project.error.zone-without-park", "preferredZoneId", 1L),
				bad("zone of no park", "project.error.zone-not-in-park", "preferredParkId", A_PARK, "preferredZoneId",
						999_999_999L),
				// negative figures, each field
				negative("investmentTotal"), negative("investmentForeignUsd"), negative("fixedAssetInvestment"),
				negative("landRequestedMu"), negative("buildingAreaM2"), negative("annualOutput"),
				negative("annualTax"), negative("energyTce"), negative("codT"), negative("nh3nT"), negative("so2T"),
				negative("noxT"), negative("powerKva"), negative("waterTPerDay"), negative("gasM3PerDay"),
				bad("negative jobs", "project.error.negative", "jobs", -1),
				// absurd figures
				bad("land above the zone's 14,935.5 mu", "project.error.land-too-large", "landRequestedMu",
						new BigDecimal("14935.51")),
				bad("land of a billion mu", "project.error.land-too-large", "landRequestedMu",
						new BigDecimal("1000000000")),
				bad("investment above 10,000 yi yuan", "project.error.investment-too-large", "investmentTotal",
						new BigDecimal("100000000.01")),
				bad("fixed assets above 10,000 yi yuan", "project.error.investment-too-large", "fixedAssetInvestment",
						new BigDecimal("250000000")),
				bad("foreign capital above the limit", "project.error.investment-too-large", "investmentForeignUsd",
						new BigDecimal("100000001")),
				bad("output with 13 integer digits", "project.error.number-too-large", "annualOutput",
						new BigDecimal("1000000000000")),
				bad("energy with 11 integer digits", "project.error.number-too-large", "energyTce",
						new BigDecimal("10000000000")),
				bad("COD with 10 integer digits", "project.error.number-too-large", "codT",
						new BigDecimal("1000000000")),
				bad("building area with 13 integer digits", "project.error.number-too-large", "buildingAreaM2",
						new BigDecimal("9999999999999")),
				// dates
				bad("signing in 1999", "project.error.date-out-of-range", "expectedSigningDate",
						LocalDate.of(1999, 12, 31)),
				bad("signing in 2100", "project.error.date-out-of-range", "expectedSigningDate",
						LocalDate.of(2100, 1, 1)),
				bad("signing in year 1", "project.error.date-out-of-range", "expectedSigningDate",
						LocalDate.of(1, 1, 1)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badProjects")
	void a_bad_project_is_refused_and_nothing_is_written(String description, String key, Map<String, Object> changes) {
		long investor = this.dsl.fetchValue(INVESTOR.ID, INVESTOR.NAME_ZH.eq("北京新能源汽车股份有限公司"));
		ProjectForm form = ProjectForm.create("审计测试项目", investor);
		for (var change : changes.entrySet()) {
			Object value = A_PARK.equals(change.getValue()) ? this.dsl.fetchValue(PARK.ID, PARK.CODE.eq("AUTO_PARTS"))
					: change.getValue();
			form = with(form, change.getKey(), value);
		}
		ProjectForm submitted = form;
		int rows = this.dsl.fetchCount(PROJECT);
		int audit = this.dsl.fetchCount(AUDIT_EVENT);
		assertThatThrownBy(() -> this.projects.create(submitted)).isInstanceOf(DomainException.class).hasMessage(key);
		assertThat(this.dsl.fetchCount(PROJECT)).isEqualTo(rows);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT)).isEqualTo(audit);
	}

	static Stream<Arguments> badMoves() {
		return Stream.of(
				Arguments.of("1001-character note", Stage.CONTACTED, "记".repeat(1001), null,
						"project.error.text-too-long"),
				Arguments.of("NUL in the note", Stage.CONTACTED, "拜访\u0000", null,
						"project.error.text-control-characters"),
				Arguments.of("lost without a reason", Stage.LOST, null, "  ", StageRules.LOST_NEEDS_REASON),
				Arguments.of("501-character lost reason", Stage.LOST, null, "因".repeat(501),
						"project.error.text-too-long"),
				Arguments.of("lead to exited", Stage.EXITED, null, null, StageRules.EXIT_BEFORE_LAND),
				Arguments.of("lead to lead", Stage.LEAD, null, null, StageRules.SAME));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badMoves")
	void a_bad_stage_move_is_refused_and_nothing_is_written(String description, Stage to, String note,
			String lostReason, String key) {
		long investor = this.dsl.fetchValue(INVESTOR.ID, INVESTOR.NAME_ZH.eq("北京新能源汽车股份有限公司"));
		long id = this.projects.create(ProjectForm.create("阶段测试项目", investor));
		int history = this.dsl.fetchCount(PROJECT_STAGE_CHANGE);
		int audit = this.dsl.fetchCount(AUDIT_EVENT);
		assertThatThrownBy(() -> this.projects.moveStage(id, 0, to, note, lostReason))
			.isInstanceOf(DomainException.class)
			.hasMessage(key);
		assertThat(this.projects.get(id).stage()).isEqualTo(Stage.LEAD);
		assertThat(this.dsl.fetchCount(PROJECT_STAGE_CHANGE)).isEqualTo(history);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT)).isEqualTo(audit);
	}

	private static Arguments negative(String field) {
		return bad("negative " + field, "project.error.negative", field, new BigDecimal("-0.01"));
	}

	private static Arguments bad(String description, String key, Object... componentValuePairs) {
		Map<String, Object> changes = new LinkedHashMap<>();
		for (int i = 0; i < componentValuePairs.length; i += 2) {
			changes.put((String) componentValuePairs[i], componentValuePairs[i + 1]);
		}
		return Arguments.of(description, key, changes);
	}

}
