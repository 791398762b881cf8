package cn.zhaoshang.crm.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.transaction.CannotCreateTransactionException;

/** After a failed sign-in the form says why, in Chinese, with no technical detail. */
@WithAnonymousUser
class LoginViewTest extends BrowserlessTestBase {

	@Test
	void no_error_before_a_failed_attempt() {
		LoginView view = navigate("login", LoginView.class);
		assertThat(view.shownError()).isEmpty();
	}

	@Test
	void a_wrong_password_or_unknown_user_gets_the_same_message() {
		assertThat(errorAfter(new BadCredentialsException("Bad credentials"))).isEqualTo("用户名或密码不正确，请重新输入。");
	}

	@Test
	void a_locked_account_is_told_to_wait() {
		assertThat(errorAfter(new LockedException("User account is locked"))).contains("锁定 15 分钟");
	}

	@Test
	void a_disabled_account_is_told_to_contact_the_admin() {
		assertThat(errorAfter(new DisabledException("User is disabled"))).contains("已停用");
	}

	@Test
	void a_sign_in_while_the_database_is_away_says_so() {
		var outage = new InternalAuthenticationServiceException("Unable to acquire JDBC Connection",
				new CannotCreateTransactionException("no connection",
						new SQLTransientConnectionException("Connection is not available, request timed out")));
		assertThat(errorAfter(outage)).isEqualTo("数据库暂时无法连接，请稍后再登录。");
	}

	private String errorAfter(Exception failure) {
		VaadinServletRequest.getCurrent()
			.getHttpServletRequest()
			.getSession()
			.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
		LoginView view = (LoginView) getCurrentView();
		String shown = view.shownError();
		assertThat(shown).doesNotContain("Exception").doesNotContain(failure.getMessage());
		return shown;
	}

}
