package cn.zhaoshang.crm.ui.security;

import cn.zhaoshang.crm.ui.i18n.LanguageSwitch;
import cn.zhaoshang.crm.config.DatabaseStatus;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. The form posts to Spring Security; after a failure we read why from the
 * session (Spring keeps the last exception there) and say it in the user's language.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm login = new LoginForm();

	private final AuthenticationContext authenticationContext;

	private String shownError = "";

	LoginView(AuthenticationContext authenticationContext) {
		this.authenticationContext = authenticationContext;
		addClassName("login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);

		this.login.setAction("login");
		this.login.setForgotPasswordButtonVisible(false);
		this.login.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.bad-credentials")));

		var title = new H1(getTranslation("app.name"));
		var subtitle = new Paragraph(getTranslation("app.zone"));
		subtitle.addClassName("login-subtitle");
		add(title, subtitle, this.login, new LanguageSwitch());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.authenticationContext.isAuthenticated()) {
			event.forwardTo("");
			return;
		}
		if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
			this.shownError = getTranslation(errorKey());
			this.login.setI18n(i18n(getTranslation("login.error.title"), this.shownError));
			this.login.setError(true);
		}
	}

	/** The error text the form shows now, or empty when it shows none. */
	String shownError() {
		return this.login.isError() ? this.shownError : "";
	}

	private static String errorKey() {
		HttpSession session = (VaadinServletRequest.getCurrent() != null)
				? VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false) : null;
		Object last = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (last instanceof LockedException) {
			return "login.error.locked";
		}
		if (last instanceof DisabledException) {
			return "login.error.disabled";
		}
		if (last instanceof Throwable error && DatabaseStatus.isOutage(error)) {
			return "login.error.unavailable";
		}
		return "login.error.bad-credentials";
	}

	private LoginI18n i18n(String errorTitle, String errorMessage) {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form form = i18n.getForm();
		form.setTitle(getTranslation("login.title"));
		form.setUsername(getTranslation("login.username"));
		form.setPassword(getTranslation("login.password"));
		form.setSubmit(getTranslation("login.submit"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(errorTitle);
		error.setMessage(errorMessage);
		error.setUsername(getTranslation("login.error.username-required"));
		error.setPassword(getTranslation("login.error.password-required"));
		i18n.setAdditionalInformation(null);
		return i18n;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · " + getTranslation("app.name");
	}

}
