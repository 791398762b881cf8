package cn.zhaoshang.crm.audit;

import static cn.zhaoshang.crm.db.Tables.AUDIT_CHANGE;
import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.zhaoshang.crm.activity.ActivityForm;
import cn.zhaoshang.crm.activity.ActivityService;
import cn.zhaoshang.crm.activity.ActivityType;
import cn.zhaoshang.crm.investor.ContactRow;
import cn.zhaoshang.crm.investor.InvestorFilter;
import cn.zhaoshang.crm.investor.InvestorForm;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.investor.Ownership;
import cn.zhaoshang.crm.project.ProjectForm;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.user.UserAdminService;
import cn.zhaoshang.crm.user.UserForm;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One of each auditable action, each followed by exactly one new audit row with who,
 * what, from where and the right before/after; the trail cannot be changed. Every test
 * rolls back.
 */
@SpringBootTest
@Transactional
class AuditTrailTest {

	private static final String CLIENT = "10.20.30.40";

	@Autowired
	DSLContext dsl;

	@Autowired
	UserDetailsService users;

	@Autowired
	InvestorService investors;

	@Autowired
	ProjectService projects;

	@Autowired
	ActivityService activities;

	@Autowired
	UserAdminService userAdmin;

	@Autowired
	AuditService auditService;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void aRequestFromAKnownAddress() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(CLIENT);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void investors_contacts_and_saved_filters() {
		signInAs("staff");
		long id = audited("CREATE", "investor", () -> this.investors.save(firm("审计测试有限公司")), changes -> {
			assertThat(changes).containsEntry("nameZh", pair(null, "审计测试有限公司"))
				.containsEntry("countryCode", pair(null, "CN"))
				.containsEntry("ownership", pair(null, "PRIVATE"))
				.doesNotContainKeys("id", "version", "nameEn");
		});
		InvestorForm loaded = this.investors.get(id);
		audited("UPDATE", "investor", id, () -> this.investors.save(renamed(loaded, "审计测试（沧州）有限公司")),
				changes -> assertThat(changes).containsExactly(Map.entry("nameZh", pair("审计测试有限公司", "审计测试（沧州）有限公司"))));

		long contact = audited("CREATE", "contact",
				() -> this.investors.saveContact(new ContactRow(null, 0, id, "陈经理", "总经理", null, null, null, true)),
				changes -> assertThat(changes).containsEntry("name", pair(null, "陈经理"))
					.containsEntry("title", pair(null, "总经理"))
					.containsEntry("primary", pair(null, "true")));
		assertThat(lastEvent().get(AUDIT_EVENT.PARENT_TYPE)).isEqualTo("investor");
		assertThat(lastEvent().get(AUDIT_EVENT.PARENT_ID)).isEqualTo(id);
		audited("UPDATE", "contact", contact,
				() -> this.investors.saveContact(new ContactRow(contact, 0, id, "陈经理", "董事长", null, null, null, true)),
				changes -> assertThat(changes).containsExactly(Map.entry("title", pair("总经理", "董事长"))));
		audited("DELETE", "contact", contact, () -> this.investors.deleteContact(id, contact, 1),
				changes -> assertThat(changes).containsEntry("name", pair("陈经理", null))
					.containsEntry("title", pair("董事长", null)));

		InvestorFilter korean = new InvestorFilter(null, null, null, null, "KR", Set.of(), false);
		long filter = audited("CREATE", "saved_filter", () -> this.investors.saveFilter("韩国客商", korean),
				changes -> assertThat(changes).containsEntry("name", pair(null, "韩国客商"))
					.containsEntry("criteria", pair(null, "country=KR")));
		audited("UPDATE", "saved_filter", filter,
				() -> this.investors.saveFilter("韩国客商",
						new InvestorFilter(null, null, null, null, "JP", Set.of(), false)),
				changes -> assertThat(changes)
					.containsExactly(Map.entry("criteria", pair("country=KR", "country=JP"))));
		audited("DELETE", "saved_filter", filter, () -> this.investors.deleteFilter(filter),
				changes -> assertThat(changes).containsEntry("name", pair("韩国客商", null)));

		assertThat(this.investors.changeHistory(id, PageRequest.first(50))).extracting(AuditEntry::action)
			.containsExactly("DELETE", "UPDATE", "CREATE", "UPDATE", "CREATE");
		assertThat(this.investors.changeHistoryCount(id)).isEqualTo(5);
	}

	@Test
	void export_and_import() {
		signInAs("director");
		auditedWithoutId("EXPORT", "investor", () -> this.investors.exportXlsx(InvestorFilter.byName("北汽"),
				Function.identity(), new ByteArrayOutputStream()), changes -> assertThat(changes).isEmpty());
		assertThat(lastEvent().get(AUDIT_EVENT.DETAILS)).contains("rows").contains("北汽");

		String csv = "中文名称,英文名称\n导入审计公司,Import Audit Co\n";
		var preview = this.investors.previewImport(csv.getBytes(StandardCharsets.UTF_8), "audit.csv");
		long before = maxEventId();
		assertThat(this.investors.commitImport(preview)).isEqualTo(1);
		assertThat(eventsAfter(before)).extracting(r -> r.get(AUDIT_EVENT.ACTION)).containsExactly("CREATE", "IMPORT");
	}

	@Test
	void projects_their_stage_moves_and_sharing() {
		signInAs("staff");
		long investor = this.dsl.fetchValue(cn.zhaoshang.crm.db.Tables.INVESTOR.ID,
				cn.zhaoshang.crm.db.Tables.INVESTOR.NAME_ZH.eq("北京新能源汽车股份有限公司"));
		long id = audited("CREATE", "project", () -> this.projects.create(ProjectForm.create("审计测试项目", investor)),
				changes -> assertThat(changes).containsEntry("name", pair(null, "审计测试项目"))
					.containsEntry("investorId", pair(null, String.valueOf(investor)))
					.containsKey("ownerId"));
		ProjectForm loaded = ProjectForm.of(this.projects.get(id));
		ProjectForm changed = new ProjectForm(loaded.id(), loaded.version(), loaded.name(), loaded.codeName(),
				loaded.confidential(), loaded.investorId(), loaded.industryId(), new BigDecimal("12000.5"),
				loaded.investmentForeignUsd(), loaded.fixedAssetInvestment(), new BigDecimal("150"),
				loaded.buildingAreaM2(), loaded.preferredParkId(), loaded.preferredZoneId(), loaded.annualOutput(),
				loaded.annualTax(), loaded.jobs(), loaded.energyTce(), loaded.codT(), loaded.nh3nT(), loaded.so2T(),
				loaded.noxT(), loaded.powerKva(), loaded.waterTPerDay(), loaded.gasM3PerDay(), loaded.capacityText(),
				loaded.expectedSigningDate(), loaded.source(), loaded.description(), loaded.ownerId());
		audited("UPDATE", "project", id, () -> this.projects.update(changed),
				changes -> assertThat(changes).containsExactly(Map.entry("investmentTotal", pair(null, "12000.50")),
						Map.entry("landRequestedMu", pair(null, "150.00"))));
		audited("STAGE_CHANGE", "project", id,
				() -> this.projects.moveStage(id, this.projects.get(id).version(), Stage.CONTACTED, "首次拜访", null),
				changes -> assertThat(changes).containsExactly(Map.entry("stage", pair("LEAD", "CONTACTED")),
						Map.entry("note", pair(null, "首次拜访"))));
		long staff2 = this.dsl.fetchValue(cn.zhaoshang.crm.db.Tables.APP_USER.ID,
				cn.zhaoshang.crm.db.Tables.APP_USER.USERNAME.eq("staff2"));
		audited("UPDATE", "project", id, () -> this.projects.addCollaborator(id, staff2),
				changes -> assertThat(changes).containsExactly(Map.entry("collaborators", pair(null, "李娜"))));
		audited("UPDATE", "project", id, () -> this.projects.removeCollaborator(id, staff2),
				changes -> assertThat(changes).containsExactly(Map.entry("collaborators", pair("李娜", null))));

		long activity = audited("CREATE", "activity",
				() -> this.activities.save(new ActivityForm(null, 0, investor, id, ActivityType.CALL, "电话沟通用地", null,
						LocalDateTime.now().minusHours(1), null, null, null, false, null)),
				changes -> assertThat(changes).containsEntry("subject", pair(null, "电话沟通用地"))
					.containsEntry("type", pair(null, "CALL")));
		assertThat(lastEvent().get(AUDIT_EVENT.PARENT_TYPE)).isEqualTo("project");
		audited("UPDATE", "activity", activity, () -> this.activities.complete(activity, 0),
				changes -> assertThat(changes).containsExactly(Map.entry("done", pair("false", "true"))));

		List<AuditEntry> history = this.projects.changeHistory(id, PageRequest.first(50));
		assertThat(history).extracting(AuditEntry::action)
			.containsExactly("UPDATE", "CREATE", "UPDATE", "UPDATE", "STAGE_CHANGE", "UPDATE", "CREATE");
		assertThat(history.get(1).entityType()).isEqualTo("activity");
		// the trail keeps ids; a page comes with what they stand for
		AuditEntry created = history.getLast();
		String owner = created.changes()
			.stream()
			.filter(c -> c.field().equals("ownerId"))
			.findFirst()
			.orElseThrow()
			.after();
		assertThat(created.nameOf("ownerId", owner)).extracting(AuditEntry.Name::zh).isEqualTo("张伟");
		assertThat(created.nameOf("investorId", String.valueOf(investor))).extracting(AuditEntry.Name::zh)
			.isEqualTo("北京新能源汽车股份有限公司");
		assertThat(history.get(1).nameOf("projectId", String.valueOf(id))).extracting(AuditEntry.Name::zh)
			.isEqualTo(this.projects.get(id).code());
		assertThat(created.nameOf("ownerId", "999999")).isNull();
		assertThat(history).allSatisfy(entry -> {
			assertThat(entry.username()).isEqualTo("staff");
			assertThat(entry.clientAddress()).isEqualTo(CLIENT);
		});
		// a need-to-know project's history is not shown under its code name
		assertThat(this.dsl.fetchExists(PROJECT, PROJECT.ID.eq(id))).isTrue();
	}

	@Test
	void users_passwords_and_disabling() {
		signInAs("admin");
		long parkId = this.dsl.fetchValue(cn.zhaoshang.crm.db.Tables.PARK.ID,
				cn.zhaoshang.crm.db.Tables.PARK.CODE.eq("SME"));
		long id = audited("CREATE", "app_user",
				() -> this.userAdmin.create(
						new UserForm(null, 0, "op_audit", "审计运营", null, Set.of(Roles.PARK_OPERATOR), parkId),
						"a-long-password"),
				changes -> assertThat(changes).containsEntry("username", pair(null, "op_audit"))
					.containsEntry("roles", pair(null, "PARK_OPERATOR"))
					.containsEntry("parkId", pair(null, String.valueOf(parkId)))
					.doesNotContainKeys("password", "passwordHash"));
		audited("UPDATE", "app_user", id,
				() -> this.userAdmin.update(new UserForm(id, 0, "op_audit", "审计运营", null,
						Set.of(Roles.PARK_OPERATOR, Roles.STAFF), parkId)),
				changes -> assertThat(changes)
					.containsExactly(Map.entry("roles", pair("PARK_OPERATOR", "PARK_OPERATOR, STAFF"))));
		audited("PASSWORD_RESET", "app_user", id, () -> this.userAdmin.resetPassword(id, 1, "another-long-password"),
				changes -> assertThat(changes).isEmpty());
		audited("DISABLE", "app_user", id, () -> this.userAdmin.disable(id, 2),
				changes -> assertThat(changes).containsExactly(Map.entry("enabled", pair("true", "false"))));
		audited("ENABLE", "app_user", id, () -> this.userAdmin.enable(id, 3),
				changes -> assertThat(changes).containsExactly(Map.entry("enabled", pair("false", "true"))));
		String hashes = String.join(" ",
				this.dsl.select(AUDIT_CHANGE.AFTER_VALUE).from(AUDIT_CHANGE).fetch(r -> String.valueOf(r.value1())));
		assertThat(hashes).doesNotContain("{bcrypt}").doesNotContain("a-long-password");
	}

	@Test
	void sign_ins_and_failed_sign_ins_with_the_client_address() {
		UserDetails staff = this.users.loadUserByUsername("staff2");
		long before = maxEventId();
		this.events.publishEvent(new AuthenticationSuccessEvent(
				UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities())));
		this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
				UsernamePasswordAuthenticationToken.unauthenticated("staff2", "wrong"),
				new BadCredentialsException("bad")));
		List<Record> rows = eventsAfter(before);
		assertThat(rows).extracting(r -> r.get(AUDIT_EVENT.ACTION)).containsExactly("LOGIN", "LOGIN_FAILED");
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get(AUDIT_EVENT.USERNAME)).isEqualTo("staff2");
			assertThat(r.get(AUDIT_EVENT.CLIENT_ADDRESS)).isEqualTo(CLIENT);
			assertThat(r.get(AUDIT_EVENT.ENTITY_TYPE)).isEqualTo("app_user");
		});
	}

	@Test
	void the_database_refuses_to_change_or_delete_audit_rows() {
		signInAs("staff");
		long id = this.investors.save(firm("不可篡改有限公司"));
		long event = maxEventId();
		assertThatThrownBy(() -> this.dsl.update(AUDIT_EVENT)
			.set(AUDIT_EVENT.USERNAME, "someone-else")
			.where(AUDIT_EVENT.ID.eq(event))
			.execute()).isInstanceOf(RuntimeException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(event)).execute())
			.isInstanceOf(RuntimeException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.dsl.update(AUDIT_CHANGE)
			.set(AUDIT_CHANGE.AFTER_VALUE, "forged")
			.where(AUDIT_CHANGE.EVENT_ID.eq(event))
			.execute()).isInstanceOf(RuntimeException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.dsl.deleteFrom(AUDIT_CHANGE).where(AUDIT_CHANGE.EVENT_ID.eq(event)).execute())
			.isInstanceOf(RuntimeException.class)
			.hasMessageContaining("append-only");
		assertThat(this.dsl.fetchValue(AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.ID.eq(event))).isEqualTo(id);
	}

	@Test
	void the_application_has_no_way_to_change_or_delete_audit_rows() {
		// AuditLog only appends (its "updated"/"deleted" record that an entity changed)
		assertThat(publicMethods(AuditLog.class)).containsExactlyInAnyOrder("record", "created", "updated", "deleted",
				"recordFor");
		assertThat(publicMethods(AuditTrail.class)).containsExactlyInAnyOrder("forEntity", "countForEntity");
		assertThat(publicMethods(AuditService.class)).containsExactlyInAnyOrder("search", "count", "entityTypes",
				"actions");
	}

	private static Set<String> publicMethods(Class<?> type) {
		return Arrays.stream(type.getDeclaredMethods())
			.filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
			.map(Method::getName)
			.collect(java.util.stream.Collectors.toSet());
	}

	@Test
	void directors_search_the_trail_by_user_entity_and_period() {
		signInAs("staff");
		long id = this.investors.save(firm("检索测试有限公司"));
		signInAs("director");
		LocalDate today = LocalDate.now();
		var filter = new AuditFilter("staff", "investor", id, null, today, today);
		assertThat(this.auditService.count(filter)).isEqualTo(1);
		assertThat(this.auditService.search(filter, PageRequest.first(10))).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("CREATE");
			assertThat(entry.changes()).extracting(FieldChange::field).contains("nameZh");
		});
		assertThat(this.auditService
			.count(new AuditFilter("staff", "investor", id, null, today.minusDays(9), today.minusDays(1)))).isZero();
		assertThat(this.auditService.count(new AuditFilter("director", "investor", id, null, null, null))).isZero();
		assertThat(this.auditService.entityTypes()).contains("investor");
		assertThatThrownBy(
				() -> this.auditService.count(new AuditFilter(null, null, null, null, today, today.minusDays(1))))
			.hasMessage("audit.error.period-reversed");
	}

	static Stream<Arguments> badSearches() {
		LocalDate today = LocalDate.now();
		return Stream.of(Arguments.of("period ending before it starts",
				new AuditFilter(null, null, null, null, today, today.minusDays(1)), "audit.error.period-reversed"),
				Arguments.of("an id without an entity type", new AuditFilter(null, null, 12L, null, null, null),
						"audit.error.id-without-type"),
				Arguments.of("61-character username", new AuditFilter("u".repeat(61), null, null, null, null, null),
						"validation.too-long"),
				Arguments.of("control character in username",
						new AuditFilter("staff\u0000", null, null, null, null, null), "validation.control-characters"),
				Arguments.of("41-character entity type", new AuditFilter(null, "e".repeat(41), null, null, null, null),
						"validation.too-long"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badSearches")
	void a_bad_search_is_refused_with_a_message(String description, AuditFilter filter, String key) {
		signInAs("director");
		assertThatThrownBy(() -> this.auditService.search(filter, PageRequest.first(10)))
			.isInstanceOf(cn.zhaoshang.crm.shared.DomainException.class)
			.hasMessage(key);
	}

	// ---------------------------------------------------------------- helpers

	/**
	 * Runs the action and checks that exactly one audit row was written for it, by the
	 * signed-in user from the client address, with the given field changes.
	 */
	private long audited(String action, String entityType, java.util.function.Supplier<Object> run,
			java.util.function.Consumer<Map<String, List<String>>> changes) {
		long before = maxEventId();
		Object result = run.get();
		long id = ((Number) result).longValue();
		check(before, action, entityType, id, changes);
		return id;
	}

	private void audited(String action, String entityType, long id, Runnable run,
			java.util.function.Consumer<Map<String, List<String>>> changes) {
		long before = maxEventId();
		run.run();
		check(before, action, entityType, id, changes);
	}

	private void auditedWithoutId(String action, String entityType, Runnable run,
			java.util.function.Consumer<Map<String, List<String>>> changes) {
		long before = maxEventId();
		run.run();
		List<Record> rows = eventsAfter(before);
		assertThat(rows).as(action).hasSize(1);
		assertThat(rows.getFirst().get(AUDIT_EVENT.ACTION)).isEqualTo(action);
		assertThat(rows.getFirst().get(AUDIT_EVENT.ENTITY_TYPE)).isEqualTo(entityType);
		changes.accept(changesOf(rows.getFirst().get(AUDIT_EVENT.ID)));
	}

	private void check(long before, String action, String entityType, long id,
			java.util.function.Consumer<Map<String, List<String>>> changes) {
		List<Record> rows = eventsAfter(before);
		assertThat(rows).as(action + " " + entityType).hasSize(1);
		Record row = rows.getFirst();
		assertThat(row.get(AUDIT_EVENT.ACTION)).isEqualTo(action);
		assertThat(row.get(AUDIT_EVENT.ENTITY_TYPE)).isEqualTo(entityType);
		assertThat(row.get(AUDIT_EVENT.ENTITY_ID)).isEqualTo(id);
		assertThat(row.get(AUDIT_EVENT.USERNAME))
			.isEqualTo(SecurityContextHolder.getContext().getAuthentication().getName());
		assertThat(row.get(AUDIT_EVENT.USER_ID)).isNotNull();
		assertThat(row.get(AUDIT_EVENT.CLIENT_ADDRESS)).isEqualTo(CLIENT);
		assertThat(row.get(AUDIT_EVENT.OCCURRED_AT)).isAfter(LocalDateTime.now().minusMinutes(5));
		changes.accept(changesOf(row.get(AUDIT_EVENT.ID)));
	}

	private Map<String, List<String>> changesOf(long eventId) {
		Map<String, List<String>> out = new java.util.LinkedHashMap<>();
		this.dsl.selectFrom(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.eq(eventId))
			.orderBy(AUDIT_CHANGE.ID)
			.forEach(r -> out.put(r.getField(), pair(r.getBeforeValue(), r.getAfterValue())));
		return out;
	}

	private static List<String> pair(String before, String after) {
		return Arrays.asList(before, after);
	}

	private long maxEventId() {
		Long max = this.dsl.select(org.jooq.impl.DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchOne().value1();
		return (max != null) ? max : 0;
	}

	private List<Record> eventsAfter(long id) {
		return List.copyOf(this.dsl.select(AUDIT_EVENT.fields())
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.ID.gt(id))
			.orderBy(AUDIT_EVENT.ID)
			.fetch());
	}

	private Record lastEvent() {
		return eventsAfter(maxEventId() - 1).getFirst();
	}

	private void signInAs(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static InvestorForm firm(String name) {
		return new InvestorForm(null, 0, name, null, null, null, null, null, "CN", Ownership.PRIVATE, null, false, null,
				null, false, false, null, null, null, null, null);
	}

	private static InvestorForm renamed(InvestorForm f, String name) {
		return new InvestorForm(f.id(), f.version(), name, f.nameEn(), f.nameLocal(), f.uscc(), f.parentId(),
				f.industryId(), f.countryCode(), f.ownership(), f.fortune500Rank(), f.china500(), f.listedExchange(),
				f.listedTicker(), f.existingTenant(), f.jingjinTransfer(), f.ownerId(), f.website(), f.address(),
				f.notes(), f.source());
	}

}
