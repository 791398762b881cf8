package cn.zhaoshang.crm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.user.UserRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a project with a colleague gives them need-to-know; taking it back removes it.
 */
@SpringBootTest
@Transactional
class ProjectCollaboratorTest {

	@Autowired
	ProjectService projects;

	@Autowired
	UserDetailsService users;

	@Test
	@WithUserDetails("staff")
	void a_shared_project_becomes_visible_to_the_colleague_until_unshared() {
		long id = this.projects.list(ProjectFilter.byName("北汽新能源"), PageRequest.first(1)).getFirst().id();
		long staff2 = ((cn.zhaoshang.crm.security.CrmUser) this.users.loadUserByUsername("staff2")).id();

		signInAs("staff2");
		assertThatThrownBy(() -> this.projects.get(id)).isInstanceOf(AccessDeniedException.class);

		signInAs("staff");
		this.projects.addCollaborator(id, staff2);
		assertThat(this.projects.collaborators(id)).extracting(UserRef::displayName).contains("李娜");

		signInAs("staff2");
		assertThat(this.projects.get(id).name()).isEqualTo("北汽新能源汽车生产项目");
		assertThatCode(() -> this.projects.removeCollaborator(id, staff2)).doesNotThrowAnyException();

		signInAs("staff");
		assertThat(this.projects.collaborators(id)).extracting(UserRef::displayName).doesNotContain("李娜");
	}

	@Test
	@WithUserDetails("op_auto")
	void park_operators_share_nothing() {
		assertThatThrownBy(() -> this.projects.addCollaborator(1L, 1L)).isInstanceOf(AccessDeniedException.class);
	}

	private void signInAs(String username) {
		var user = this.users.loadUserByUsername(username);
		TestSecurityContextHolder
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
