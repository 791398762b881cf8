package cn.zhaoshang.crm.project;

import static cn.zhaoshang.crm.db.Tables.AUDIT_CHANGE;
import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;

import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.LeadSource;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects on the real database with the demo data as fixture; every test rolls back.
 */
@SpringBootTest
@Transactional
class ProjectServiceTest {

	/** The 15 demo projects. */
	private static final List<String> DEMO_CODES = List.of("ZS-2016-001", "ZS-2016-002", "ZS-2016-003", "ZS-2016-004",
			"ZS-2016-005", "ZS-2016-006", "ZS-2016-007", "ZS-2017-001", "ZS-2017-002", "ZS-2017-003", "ZS-2017-004",
			"ZS-2018-001", "ZS-2021-001", "ZS-2026-001", "ZS-2026-002");

	/** Owned by staff, or (ZS-2016-003, staff2's) with staff as collaborator. */
	private static final List<String> STAFF_CODES = List.of("ZS-2016-001", "ZS-2016-002", "ZS-2016-003", "ZS-2016-004",
			"ZS-2016-005", "ZS-2016-006", "ZS-2016-007", "ZS-2026-001");

	/** Preferring the AUTO_PARTS park. */
	private static final List<String> AUTO_PARTS_CODES = List.of("ZS-2016-004", "ZS-2016-005", "ZS-2016-006",
			"ZS-2016-007", "ZS-2026-001", "ZS-2026-003");

	@Autowired
	ProjectService projects;

	@Autowired
	UserDetailsService users;

	@Autowired
	DSLContext dsl;

	// ---------------------------------------------------------------- visibility

	@Test
	@WithUserDetails("staff")
	void staff_see_only_the_projects_they_own_or_collaborate_on() {
		List<ProjectRow> rows = this.projects.list(ProjectFilter.none(), PageRequest.first(100, Sort.asc("code")));
		assertThat(rows).extracting(ProjectRow::code).containsExactlyElementsOf(STAFF_CODES);
		assertThat(this.projects.count(ProjectFilter.none())).isEqualTo(rows.size());
		assertThat(this.projects.stageCounts().values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(rows.size());
	}

	@Test
	@WithUserDetails("staff")
	void another_staff_members_project_is_denied_through_get_update_move_and_history() {
		long others = idOf("ZS-2017-001"); // staff2's, staff is no collaborator
		assertThatThrownBy(() -> this.projects.get(others)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.projects.update(form(others, 0, "抢过来的项目", null, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.projects.moveStage(others, 0, Stage.LAND_SUPPLIED, null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.projects.history(others)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.dsl.fetchValue(PROJECT.NAME, PROJECT.ID.eq(others))).isEqualTo("双良节能余热利用装备制造项目");
	}

	@Test
	@WithUserDetails("staff")
	void a_missing_project_is_not_found() {
		assertThatThrownBy(() -> this.projects.get(999_999L)).isInstanceOf(DomainException.class)
			.isNotInstanceOf(AccessDeniedException.class)
			.hasMessage("project.error.not-found");
		assertThatThrownBy(() -> this.projects.moveStage(999_999L, 0, Stage.CONTACTED, null, null))
			.hasMessage("project.error.not-found");
	}

	@Test
	@WithUserDetails("director")
	void the_director_sees_every_project() {
		List<ProjectRow> rows = this.projects.list(ProjectFilter.none(), PageRequest.first(100));
		assertThat(rows).extracting(ProjectRow::code).containsAll(DEMO_CODES);
		assertThat(rows).hasSize(this.dsl.fetchCount(PROJECT)).hasSizeGreaterThanOrEqualTo(15);
		assertThat(this.projects.count(ProjectFilter.none())).isEqualTo(rows.size());
		Map<Stage, Integer> board = this.projects.stageCounts();
		assertThat(board).containsOnlyKeys(Stage.values());
		assertThat(board.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(rows.size());
		assertThat(board.get(Stage.AT_CAPACITY)).isGreaterThanOrEqualTo(3);
		assertThat(board.get(Stage.LOST)).isGreaterThanOrEqualTo(1);
	}

	@Test
	@WithUserDetails("op_auto")
	void a_park_operator_sees_only_projects_that_prefer_their_park() {
		List<ProjectRow> rows = this.projects.list(ProjectFilter.none(), PageRequest.first(100, Sort.asc("code")));
		assertThat(rows).extracting(ProjectRow::code).containsExactlyElementsOf(AUTO_PARTS_CODES);
		assertThat(this.projects.count(ProjectFilter.none())).isEqualTo(AUTO_PARTS_CODES.size());
		assertThat(this.projects.stageCounts().values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(AUTO_PARTS_CODES.size());
		assertThat(this.projects.get(idOf("ZS-2016-004")).editable()).isFalse();
		assertThatThrownBy(() -> this.projects.get(idOf("ZS-2016-001"))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("op_auto")
	void a_park_operator_may_not_create_update_or_move_projects() {
		long visible = idOf("ZS-2026-001");
		assertThatThrownBy(() -> this.projects.create(newProject("物流中心二期"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.projects.update(ProjectForm.of(this.projects.get(visible))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.projects.moveStage(visible, 0, Stage.CONTACTED, null, null))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void nobody_signed_in_gets_nothing() {
		assertThatThrownBy(() -> this.projects.count(ProjectFilter.none()))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	// ---------------------------------------------------------------- code names

	@Test
	@WithUserDetails("staff2")
	void the_owner_and_the_director_see_the_real_name_of_a_confidential_project() {
		long changan = idOf("ZS-2016-003");
		ProjectDetail asOwner = this.projects.get(changan);
		assertThat(asOwner.name()).isEqualTo("长安汽车新能源汽车生产基地");
		assertThat(asOwner.nameHidden()).isFalse();
		assertThat(asOwner.codeName()).isEqualTo("Project 北辰");

		signInAs("director");
		assertThat(this.projects.get(changan).name()).isEqualTo("长安汽车新能源汽车生产基地");
		assertThat(this.projects.list(ProjectFilter.byName("长安"), PageRequest.first(10)))
			.extracting(ProjectRow::displayName)
			.containsExactly("长安汽车新能源汽车生产基地");
	}

	@Test
	@WithUserDetails("staff")
	void a_user_without_need_to_know_sees_only_the_code_name() {
		long id = this.projects.create(confidential("丰田汽车华北新能源基地", "Project 燕山", parkId("AUTO_PARTS")));
		assertThat(this.projects.get(id).name()).isEqualTo("丰田汽车华北新能源基地");
		this.projects.moveStage(id, 0, Stage.CONTACTED, "与丰田中国投资部首次对接", null);

		signInAs("op_auto"); // reads the AUTO_PARTS projects, but is neither owner nor
								// collaborator
		ProjectDetail detail = this.projects.get(id);
		assertThat(detail.name()).isEqualTo("Project 燕山");
		assertThat(detail.nameHidden()).isTrue();
		assertThat(detail.investorName()).isNull();
		assertThat(detail.description()).isNull();
		assertThat(this.projects.list(ProjectFilter.none(), PageRequest.first(100, Sort.asc("name"))))
			.filteredOn(row -> row.id() == id)
			.singleElement()
			.satisfies(row -> {
				assertThat(row.displayName()).isEqualTo("Project 燕山");
				assertThat(row.investorName()).isNull();
				assertThat(row.confidential()).isTrue();
			});
		assertThat(this.projects.list(ProjectFilter.byName("丰田"), PageRequest.first(10))).isEmpty();
		assertThat(this.projects.count(ProjectFilter.byName("丰田"))).isZero();
		assertThat(this.projects.list(ProjectFilter.byName("Project 燕"), PageRequest.first(10)))
			.extracting(ProjectRow::id)
			.containsExactly(id);
		assertThat(this.projects.history(id)).hasSize(2).allSatisfy(change -> assertThat(change.note()).isNull());
		assertThatThrownBy(() -> ProjectForm.of(detail)).isInstanceOf(IllegalStateException.class);

		signInAs("director");
		assertThat(this.projects.get(id).name()).isEqualTo("丰田汽车华北新能源基地");
	}

	// ---------------------------------------------------------------- create and stages

	@Test
	@WithUserDetails("staff")
	void a_new_project_starts_at_lead_with_one_history_row() {
		long id = this.projects.create(newProject("宝马零部件配套项目"));
		ProjectDetail created = this.projects.get(id);
		assertThat(created.stage()).isEqualTo(Stage.LEAD);
		assertThat(created.version()).isZero();
		assertThat(created.code()).matches("ZS-" + Year.now().getValue() + "-\\d{3}");
		assertThat(created.ownerName()).isEqualTo("张伟");
		assertThat(created.editable()).isTrue();
		assertThat(created.investmentTotal()).isEqualTo(new BigDecimal("60000.00"));
		assertThat(created.figures().investmentIntensity()).isEqualTo(new BigDecimal("500.00"));

		List<StageChange> history = this.projects.history(id);
		assertThat(history).singleElement().satisfies(change -> {
			assertThat(change.fromStage()).isNull();
			assertThat(change.toStage()).isEqualTo(Stage.LEAD);
			assertThat(change.changedByName()).isEqualTo("张伟");
		});
		assertThat(auditActions(id)).containsExactly("CREATE");
	}

	@Test
	@WithUserDetails("staff")
	void two_new_projects_get_consecutive_codes() {
		ProjectDetail first = this.projects.get(this.projects.create(newProject("项目甲")));
		ProjectDetail second = this.projects.get(this.projects.create(newProject("项目乙")));
		int a = Integer.parseInt(first.code().substring(8));
		assertThat(second.code()).isEqualTo(first.code().substring(0, 8) + "%03d".formatted(a + 1));
	}

	@Test
	@WithUserDetails("staff")
	void staff_may_not_create_a_project_for_someone_else() {
		long staff2 = this.dsl.fetchValue(cn.zhaoshang.crm.db.Tables.APP_USER.ID,
				cn.zhaoshang.crm.db.Tables.APP_USER.USERNAME.eq("staff2"));
		assertThatThrownBy(() -> this.projects.create(newProject("代建项目").withOwner(staff2)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("staff")
	void moving_forward_records_the_move_and_audits_it() {
		long id = this.projects.create(newProject("宝马零部件配套项目"));
		int version = this.projects.moveStage(id, 0, Stage.SITE_VISIT, "客户来区考察", null);
		ProjectDetail moved = this.projects.get(id);
		assertThat(moved.stage()).isEqualTo(Stage.SITE_VISIT);
		assertThat(moved.version()).isEqualTo(version).isEqualTo(1);
		assertThat(this.projects.history(id)).hasSize(2).last().satisfies(change -> {
			assertThat(change.fromStage()).isEqualTo(Stage.LEAD);
			assertThat(change.toStage()).isEqualTo(Stage.SITE_VISIT);
			assertThat(change.changedByName()).isEqualTo("张伟");
			assertThat(change.note()).isEqualTo("客户来区考察");
		});
		assertThat(auditActions(id)).containsExactly("CREATE", "STAGE_CHANGE");
		assertThat(lastAuditDetails(id)).contains("stage: LEAD -> SITE_VISIT");
	}

	@Test
	@WithUserDetails("staff")
	void going_back_one_step_needs_a_note_and_further_back_is_refused() {
		long id = this.projects.create(newProject("宝马零部件配套项目"));
		int version = this.projects.moveStage(id, 0, Stage.SITE_VISIT, null, null);
		assertThatThrownBy(() -> this.projects.moveStage(id, 1, Stage.CONTACTED, "  ", null))
			.hasMessage("project.error.stage-back-needs-note");
		assertThatThrownBy(() -> this.projects.moveStage(id, 1, Stage.LEAD, "重新开始", null))
			.hasMessage("project.error.stage-back-too-far");
		version = this.projects.moveStage(id, version, Stage.CONTACTED, "企业更换对接人，重新推介", null);
		assertThat(this.projects.get(id).stage()).isEqualTo(Stage.CONTACTED);
		assertThat(this.projects.history(id)).extracting(StageChange::toStage)
			.containsExactly(Stage.LEAD, Stage.SITE_VISIT, Stage.CONTACTED);
		assertThat(version).isEqualTo(2);
	}

	@Test
	@WithUserDetails("staff")
	void lost_needs_a_reason_and_is_terminal() {
		long id = this.projects.create(newProject("宝马零部件配套项目"));
		assertThatThrownBy(() -> this.projects.moveStage(id, 0, Stage.LOST, null, null))
			.hasMessage("project.error.stage-lost-needs-reason");
		this.projects.moveStage(id, 0, Stage.LOST, null, "企业选择落户天津");
		ProjectDetail lost = this.projects.get(id);
		assertThat(lost.stage()).isEqualTo(Stage.LOST);
		assertThat(lost.lostReason()).isEqualTo("企业选择落户天津");
		assertThat(this.projects.history(id).getLast().note()).isEqualTo("企业选择落户天津");
		assertThatThrownBy(() -> this.projects.moveStage(id, 1, Stage.LEAD, "重新跟进", null))
			.hasMessage("project.error.stage-terminal");
	}

	@Test
	@WithUserDetails("staff")
	void exiting_before_the_land_is_supplied_is_refused() {
		long id = this.projects.create(newProject("宝马零部件配套项目"));
		assertThatThrownBy(() -> this.projects.moveStage(id, 0, Stage.EXITED, "未履约", null))
			.hasMessage("project.error.stage-exit-before-land");
		this.projects.moveStage(id, 0, Stage.LAND_SUPPLIED, null, null);
		this.projects.moveStage(id, 1, Stage.EXITED, "未按期开工，收回土地", null);
		assertThat(this.projects.get(id).stage()).isEqualTo(Stage.EXITED);
	}

	@Test
	@WithUserDetails("staff")
	void a_held_project_resumes_where_it_stopped() {
		long id = this.projects.create(newProject("宝马零部件配套项目"));
		this.projects.moveStage(id, 0, Stage.NEGOTIATION, null, null);
		this.projects.moveStage(id, 1, Stage.ON_HOLD, "企业暂停国内投资", null);
		assertThat(this.projects.get(id).stageBeforeHold()).isEqualTo(Stage.NEGOTIATION);
		assertThatThrownBy(() -> this.projects.moveStage(id, 2, Stage.SIGNED, null, null))
			.hasMessage("project.error.stage-resume-only-previous");
		this.projects.moveStage(id, 2, Stage.NEGOTIATION, null, null);
		ProjectDetail resumed = this.projects.get(id);
		assertThat(resumed.stage()).isEqualTo(Stage.NEGOTIATION);
		assertThat(resumed.stageBeforeHold()).isNull();
	}

	@Test
	@WithUserDetails("staff")
	void a_collaborator_may_move_the_stage() {
		long changan = idOf("ZS-2016-003"); // staff2's, staff collaborates
		ProjectDetail before = this.projects.get(changan);
		assertThat(before.editable()).isTrue();
		this.projects.moveStage(changan, before.version(), Stage.NEGOTIATION, null, null);
		assertThat(this.projects.get(changan).stage()).isEqualTo(Stage.NEGOTIATION);
	}

	// ---------------------------------------------------------------- optimistic locking

	@Test
	@WithUserDetails("director")
	void the_second_of_two_concurrent_saves_is_refused_with_who_saved_and_when() {
		ProjectForm loaded = ProjectForm.of(this.projects.get(idOf("ZS-2016-001")));
		this.projects.update(loaded);
		assertThatThrownBy(() -> this.projects.update(loaded)).isInstanceOf(ConcurrentEditException.class)
			.hasMessage("project.error.stale")
			.satisfies(ex -> {
				Object[] arguments = ((ConcurrentEditException) ex).arguments();
				assertThat(arguments).hasSize(2);
				assertThat(arguments[0]).isEqualTo("王建国");
				assertThat(arguments[1]).isInstanceOf(LocalDateTime.class);
			});
		assertThat(this.projects.get(loaded.id()).version()).isEqualTo(loaded.version() + 1);
	}

	@Test
	@WithUserDetails("staff")
	void a_stage_move_on_a_stale_version_is_refused() {
		long id = this.projects.create(newProject("宝马零部件配套项目"));
		this.projects.moveStage(id, 0, Stage.CONTACTED, null, null);
		assertThatThrownBy(() -> this.projects.moveStage(id, 0, Stage.SITE_VISIT, null, null))
			.isInstanceOf(ConcurrentEditException.class)
			.hasMessage("project.error.stale");
		assertThat(this.projects.get(id).stage()).isEqualTo(Stage.CONTACTED);
	}

	@Test
	@WithUserDetails("director")
	void an_update_audits_the_changed_fields_and_never_the_stage() {
		long id = idOf("ZS-2016-001");
		ProjectDetail before = this.projects.get(id);
		this.projects
			.update(form(id, before.version(), before.name(), new BigDecimal("680000"), before.landRequestedMu()));
		ProjectDetail after = this.projects.get(id);
		assertThat(after.investmentTotal()).isEqualTo(new BigDecimal("680000.00"));
		assertThat(after.stage()).isEqualTo(before.stage());
		assertThat(after.code()).isEqualTo(before.code());
		assertThat(lastAuditDetails(id)).contains("investmentTotal: 670000.00 -> 680000.00");
	}

	// ---------------------------------------------------------------- validation and
	// figures

	@Test
	@WithUserDetails("staff")
	void bad_input_is_refused_with_a_key_and_nothing_is_written() {
		int before = this.projects.count(ProjectFilter.none());
		assertThatThrownBy(() -> this.projects.create(form(null, 0, "负投资项目", new BigDecimal("-1"), null)))
			.isInstanceOf(DomainException.class)
			.hasMessage("project.error.negative");
		assertThatThrownBy(() -> this.projects.create(form(null, 0, "长".repeat(201), null, null)))
			.hasMessage("project.error.name-too-long");
		assertThatThrownBy(() -> this.projects.create(form(null, 0, "超大用地项目", null, new BigDecimal("14935.51"))))
			.hasMessage("project.error.land-too-large");
		assertThatThrownBy(() -> this.projects.create(form(null, 0, "天价项目", new BigDecimal("100000000.01"), null)))
			.hasMessage("project.error.investment-too-large");
		assertThatThrownBy(() -> this.projects.create(form(null, 0, "  ", null, null)))
			.hasMessage("project.error.name-required");
		assertThatThrownBy(() -> this.projects.create(form(null, 0, "坏\u0007名字", null, null)))
			.hasMessage("project.error.name-control-characters");
		assertThatThrownBy(() -> this.projects.create(confidential("保密项目", " ", null)))
			.hasMessage("project.error.code-name-required");
		assertThat(this.projects.count(ProjectFilter.none())).isEqualTo(before);
		// the zone's whole land is still a valid figure
		long id = this.projects.create(form(null, 0, "全区用地项目", null, new BigDecimal("14935")));
		assertThat(this.projects.get(id).landRequestedMu()).isEqualTo(new BigDecimal("14935.00"));
	}

	@Test
	@WithUserDetails("director")
	void the_detail_carries_the_derived_figures() {
		ProjectFigures hyundai = this.projects.get(idOf("ZS-2016-001")).figures();
		assertThat(hyundai.investmentIntensity()).isEqualTo(new BigDecimal("223.33"));
		assertThat(hyundai.outputPerMu()).isEqualTo(new BigDecimal("1000.00"));
		assertThat(hyundai.major()).isTrue();

		ProjectFigures baic = this.projects.get(idOf("ZS-2016-002")).figures(); // 50 亿元,
																				// no
																				// foreign
																				// capital
		assertThat(baic.investmentIntensity()).isEqualTo(new BigDecimal("250.00"));
		assertThat(baic.major()).isTrue();

		ProjectFigures shuangliang = this.projects.get(idOf("ZS-2017-001")).figures(); // 3
																						// 亿元
		assertThat(shuangliang.major()).isFalse();
	}

	@Test
	@WithUserDetails("director")
	void filters_and_sorts_in_sql_with_whitelisted_keys() {
		List<ProjectRow> byStage = this.projects.list(ProjectFilter.byStage(Stage.AT_CAPACITY), PageRequest.first(50));
		assertThat(byStage).isNotEmpty().allSatisfy(row -> assertThat(row.stage()).isEqualTo(Stage.AT_CAPACITY));
		assertThat(this.projects.count(ProjectFilter.byStage(Stage.AT_CAPACITY))).isEqualTo(byStage.size());

		List<ProjectRow> byCode = this.projects.list(ProjectFilter.byName("ZS-2017"), PageRequest.first(50));
		assertThat(byCode).extracting(ProjectRow::code)
			.containsExactlyInAnyOrder("ZS-2017-001", "ZS-2017-002", "ZS-2017-003", "ZS-2017-004");

		List<ProjectRow> byStageOrder = this.projects.list(ProjectFilter.none(),
				PageRequest.first(100, Sort.asc("stage")));
		assertThat(byStageOrder).extracting(row -> row.stage().ordinal()).isSorted();

		var page = PageRequest.first(10, Sort.asc("name; drop table project"));
		assertThatThrownBy(() -> this.projects.list(ProjectFilter.none(), page))
			.isInstanceOf(IllegalArgumentException.class);
	}

	// ---------------------------------------------------------------- helpers

	private long idOf(String code) {
		return this.dsl.fetchValue(PROJECT.ID, PROJECT.CODE.eq(code));
	}

	private long parkId(String code) {
		return this.dsl.fetchValue(PARK.ID, PARK.CODE.eq(code));
	}

	private long investorId() {
		return this.dsl.fetchValue(INVESTOR.ID, INVESTOR.NAME_ZH.eq("北京汽车集团有限公司"));
	}

	private ProjectForm newProject(String name) {
		return form(null, 0, name, new BigDecimal("60000"), new BigDecimal("120"));
	}

	private ProjectForm form(Long id, int version, String name, BigDecimal investment, BigDecimal land) {
		return new ProjectForm(id, version, name, null, false, investorId(), null, investment, null, null, land, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				LeadSource.ALL_STAFF, "示例项目", null);
	}

	private ProjectForm confidential(String name, String codeName, Long parkId) {
		return new ProjectForm(null, 0, name, codeName, true, investorId(), null, new BigDecimal("500000"), null, null,
				new BigDecimal("2000"), null, parkId, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, LeadSource.ALL_STAFF, name + "，商业敏感。", null);
	}

	private List<String> auditActions(long projectId) {
		return this.dsl.select(AUDIT_EVENT.ACTION)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.ENTITY_TYPE.eq("project").and(AUDIT_EVENT.ENTITY_ID.eq(projectId)))
			.orderBy(AUDIT_EVENT.ID)
			.fetch(AUDIT_EVENT.ACTION);
	}

	/** The last audit event's field changes, one "field: before -> after" per line. */
	private String lastAuditDetails(long projectId) {
		long event = this.dsl.select(AUDIT_EVENT.ID)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.ENTITY_TYPE.eq("project").and(AUDIT_EVENT.ENTITY_ID.eq(projectId)))
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(1)
			.fetchSingle(AUDIT_EVENT.ID);
		return String.join("\n",
				this.dsl.select(AUDIT_CHANGE.FIELD, AUDIT_CHANGE.BEFORE_VALUE, AUDIT_CHANGE.AFTER_VALUE)
					.from(AUDIT_CHANGE)
					.where(AUDIT_CHANGE.EVENT_ID.eq(event))
					.orderBy(AUDIT_CHANGE.ID)
					.fetch(r -> r.value1() + ": " + r.value2() + " -> " + r.value3()));
	}

	/** Switches the signed-in user within one test (same transaction). */
	private void signInAs(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
