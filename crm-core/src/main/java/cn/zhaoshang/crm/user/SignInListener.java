package cn.zhaoshang.crm.user;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's sign-in events into the lockout counter and the audit trail.
 */
@Component
class SignInListener {

	private final UserAccountService accounts;

	SignInListener(UserAccountService accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.signedIn(event.getAuthentication().getName());
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		this.accounts.signInFailed(event.getAuthentication().getName(),
				event.getException().getClass().getSimpleName());
	}

}
