package cn.zhaoshang.crm.shared;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.shared.TestRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import cn.zhaoshang.crm.activity.ActivityForm;
import cn.zhaoshang.crm.activity.ActivityService;
import cn.zhaoshang.crm.activity.ActivityType;
import cn.zhaoshang.crm.investor.ContactRow;
import cn.zhaoshang.crm.investor.InvestorForm;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.project.ProjectForm;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.user.UserAdminService;
import cn.zhaoshang.crm.user.UserForm;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two people edit the same record: the second save is refused with the entity's "changed
 * by someone else, reload" key and the first one's change stands. Every editable entity:
 * investor, contact, project (form and stage), activity, user. Each test rolls back.
 */
@SpringBootTest
@Transactional
@WithUserDetails("director")
class OptimisticLockingTest {

	@Autowired
	InvestorService investors;

	@Autowired
	ProjectService projects;

	@Autowired
	ActivityService activities;

	@Autowired
	UserAdminService users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	DSLContext dsl;

	private long firm() {
		return this.dsl.fetchValue(INVESTOR.ID, INVESTOR.NAME_ZH.eq("北京新能源汽车股份有限公司"));
	}

	@Test
	void an_investor() {
		InvestorForm loaded = this.investors.get(firm());
		this.investors.save(with(loaded, "notes", "第一位用户的备注"));
		assertThatThrownBy(() -> this.investors.save(with(loaded, "notes", "第二位用户的备注")))
			.isInstanceOf(ConcurrentEditException.class)
			.hasMessage("investor.error.stale");
		assertThat(this.investors.get(firm()).notes()).isEqualTo("第一位用户的备注");
	}

	@Test
	void a_contact() {
		long id = this.investors.saveContact(new ContactRow(null, 0, firm(), "钱经理", null, null, null, null, false));
		ContactRow loaded = this.investors.contacts(firm())
			.stream()
			.filter(c -> c.id() == id)
			.findFirst()
			.orElseThrow();
		this.investors.saveContact(with(loaded, "title", "总经理"));
		assertThatThrownBy(() -> this.investors.saveContact(with(loaded, "title", "副总经理")))
			.isInstanceOf(ConcurrentEditException.class)
			.hasMessage("contact.error.stale");
		assertThatThrownBy(() -> this.investors.deleteContact(firm(), id, loaded.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.investors.contacts(firm())).filteredOn(c -> c.id() == id)
			.extracting(ContactRow::title)
			.containsExactly("总经理");
	}

	@Test
	void a_project_form_and_its_stage() {
		long id = this.projects.create(ProjectForm.create("并发编辑测试项目", firm()));
		ProjectForm loaded = ProjectForm.of(this.projects.get(id));
		this.projects.update(with(loaded, "capacityText", "30万辆/年"));
		assertThatThrownBy(() -> this.projects.update(with(loaded, "capacityText", "20万辆/年")))
			.isInstanceOf(ConcurrentEditException.class)
			.hasMessage("project.error.stale");
		assertThatThrownBy(() -> this.projects.moveStage(id, loaded.version(), Stage.CONTACTED, null, null))
			.isInstanceOf(ConcurrentEditException.class)
			.hasMessage("project.error.stale");
		assertThat(this.projects.get(id).capacityText()).isEqualTo("30万辆/年");
		assertThat(this.projects.get(id).stage()).isEqualTo(Stage.LEAD);
	}

	@Test
	void an_activity() {
		long id = this.activities.save(new ActivityForm(null, 0, firm(), null, ActivityType.CALL, "电话", null,
				LocalDateTime.now().minusHours(1), null, null, null, false, null));
		ActivityForm loaded = new ActivityForm(id, 0, firm(), null, ActivityType.CALL, "电话", null,
				LocalDateTime.now().minusHours(1), null, null, null, false, null);
		this.activities.save(with(loaded, "subject", "电话沟通用地"));
		assertThatThrownBy(() -> this.activities.save(with(loaded, "subject", "电话沟通环评")))
			.isInstanceOf(ConcurrentEditException.class)
			.hasMessage("activity.error.stale");
		assertThatThrownBy(() -> this.activities.complete(id, 0)).isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void a_user() {
		signInAs("admin");
		long id = this.dsl.fetchValue(APP_USER.ID, APP_USER.USERNAME.eq("staff2"));
		UserForm loaded = this.users.get(id);
		this.users.update(with(loaded, "email", "li.na@cangzhou.example"));
		assertThatThrownBy(() -> this.users.update(with(loaded, "email", "other@example.com")))
			.isInstanceOf(ConcurrentEditException.class)
			.hasMessage("user.error.stale");
		assertThatThrownBy(() -> this.users.resetPassword(id, loaded.version(), "a-long-new-password"))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.users.disable(id, loaded.version())).isInstanceOf(ConcurrentEditException.class);
		assertThat(this.users.get(id).email()).isEqualTo("li.na@cangzhou.example");
	}

	private void signInAs(String username) {
		UserDetails user = this.accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
