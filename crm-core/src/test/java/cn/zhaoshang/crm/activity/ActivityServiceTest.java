package cn.zhaoshang.crm.activity;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_COLLABORATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Activities and follow-ups on the real database; every test rolls back. */
@SpringBootTest
@Transactional
class ActivityServiceTest {

	@Autowired
	ActivityService activities;

	@Autowired
	DSLContext dsl;

	/** An open project of {@code username}: (project id, investor id). */
	private Record2<Long, Long> openProjectOf(String username) {
		return this.dsl.select(PROJECT.ID, PROJECT.INVESTOR_ID)
			.from(PROJECT)
			.join(APP_USER)
			.on(APP_USER.ID.eq(PROJECT.OWNER_ID))
			.where(APP_USER.USERNAME.eq(username))
			.and(PROJECT.STAGE.notIn(ProjectStage.LOST, ProjectStage.EXITED, ProjectStage.AT_CAPACITY))
			// not one that "staff" collaborates on
			.and(PROJECT.ID.notIn(DSL.select(PROJECT_COLLABORATOR.PROJECT_ID)
				.from(PROJECT_COLLABORATOR)
				.join(APP_USER.as("c"))
				.on(APP_USER.as("c").ID.eq(PROJECT_COLLABORATOR.USER_ID))
				.where(APP_USER.as("c").USERNAME.eq("staff"))))
			.orderBy(PROJECT.ID)
			.limit(1)
			.fetchSingle();
	}

	private static ActivityForm inspection(Record2<Long, Long> project) {
		return new ActivityForm(null, 0, project.value2(), project.value1(), ActivityType.SITE_INSPECTION,
				"实地考察 工业生产区地块", "客户对 1500 亩工业生产区很满意", LocalDateTime.now().minusHours(2), "张伟、客户3人", "下周报送项目建议书", null,
				false, null);
	}

	@Test
	@WithUserDetails("staff")
	void staff_log_a_site_inspection_on_their_project_and_see_it() {
		var project = openProjectOf("staff");
		long id = this.activities.save(inspection(project));
		assertThat(this.activities.forProject(project.value1())).extracting(ActivityRow::id).contains(id);
		ActivityRow row = this.activities.forProject(project.value1())
			.stream()
			.filter(a -> a.id() == id)
			.findFirst()
			.orElseThrow();
		assertThat(row.type()).isEqualTo(ActivityType.SITE_INSPECTION);
		assertThat(row.participants()).isEqualTo("张伟、客户3人");
		assertThat(row.nextStep()).isEqualTo("下周报送项目建议书");
		assertThat(row.ownerName()).isEqualTo("张伟");
	}

	@Test
	@WithUserDetails("staff")
	void staff_may_not_log_on_another_staff_members_project() {
		var othersProject = openProjectOf("staff2");
		assertThatThrownBy(() -> this.activities.save(inspection(othersProject)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("staff")
	void a_follow_up_needs_a_due_date_and_a_visit_needs_its_date() {
		var project = openProjectOf("staff");
		assertThatThrownBy(() -> this.activities.save(new ActivityForm(null, 0, project.value2(), project.value1(),
				ActivityType.TASK, "寄送政策汇编", null, null, null, null, null, false, null)))
			.isInstanceOf(DomainException.class)
			.hasMessage("activity.error.task-needs-due-date");
		assertThatThrownBy(() -> this.activities.save(new ActivityForm(null, 0, project.value2(), project.value1(),
				ActivityType.VISIT, "拜访", null, null, null, null, null, false, null)))
			.hasMessage("activity.error.needs-date");
		assertThatThrownBy(() -> this.activities.save(new ActivityForm(null, 0, project.value2(), project.value1(),
				ActivityType.VISIT, " ", null, LocalDateTime.now(), null, null, null, false, null)))
			.hasMessage("validation.required");
	}

	@Test
	@WithUserDetails("staff")
	void my_work_lists_overdue_and_upcoming_follow_ups_and_quiet_projects() {
		var project = openProjectOf("staff");
		long overdue = this.activities.save(new ActivityForm(null, 0, project.value2(), project.value1(),
				ActivityType.TASK, "回复投资意向书", null, null, null, null, LocalDate.now().minusDays(2), false, null));
		long upcoming = this.activities.save(new ActivityForm(null, 0, project.value2(), project.value1(),
				ActivityType.TASK, "安排二次考察", null, null, null, null, LocalDate.now().plusDays(3), false, null));
		MyWork work = this.activities.myWork();
		assertThat(work.overdue()).extracting(ActivityRow::id).contains(overdue).doesNotContain(upcoming);
		assertThat(work.upcoming()).extracting(ActivityRow::id).contains(upcoming).doesNotContain(overdue);
		// the project just got activity, so it is not quiet
		assertThat(work.idleProjects()).extracting(IdleProject::projectId).doesNotContain(project.value1());

		this.activities.complete(overdue, 0);
		assertThat(this.activities.myWork().overdue()).extracting(ActivityRow::id).doesNotContain(overdue);
	}

	@Test
	@WithUserDetails("op_auto")
	void park_operators_do_not_log_activities() {
		assertThatThrownBy(() -> this.activities.myWork()).isInstanceOf(AccessDeniedException.class);
	}

}
