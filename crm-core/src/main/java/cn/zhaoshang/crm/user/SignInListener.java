package cn.zhaoshang.crm.user;

import cn.zhaoshang.crm.config.DatabaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's sign-in events into the lockout counter and the audit trail.
 */
@Component
class SignInListener {

	private static final Logger log = LoggerFactory.getLogger(SignInListener.class);

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
		try {
			this.accounts.signInFailed(event.getAuthentication().getName(),
					event.getException().getClass().getSimpleName());
		}
		catch (RuntimeException ex) {
			if (!DatabaseStatus.isOutage(ex)) {
				throw ex;
			}
			// the database is away: the sign-in failed for that reason and nothing can be
			// counted or audited; the login page says the database is unavailable
			log.warn("Sign-in of {} failed while the database is unavailable", event.getAuthentication().getName());
		}
	}

}
