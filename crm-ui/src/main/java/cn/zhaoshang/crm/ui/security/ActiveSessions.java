package cn.zhaoshang.crm.ui.security;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.zhaoshang.crm.user.AccountChanged;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open HTTP sessions, so that an account an administrator disabled (or gave other
 * roles, another park, a new password) is signed out everywhere at once: its sessions are
 * invalidated after the change commits, and its next request, a click in the open tab
 * included, lands on the login page. Spring Boot registers this listener with the servlet
 * container.
 */
@Component
public class ActiveSessions implements HttpSessionListener {

	private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);

	/** The session object keeps its identity when Spring changes its id at sign-in. */
	private final Set<HttpSession> sessions = Collections.newSetFromMap(new ConcurrentHashMap<>());

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		this.sessions.add(event.getSession());
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		this.sessions.remove(event.getSession());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onAccountChanged(AccountChanged change) {
		int ended = end(change.username());
		log.info("Ended {} session(s) of {}: {}", ended, change.username(), change.reason());
	}

	/** Invalidates every session signed in as {@code username}; returns how many. */
	public int end(String username) {
		int ended = 0;
		for (HttpSession session : List.copyOf(this.sessions)) {
			if (username.equals(signedIn(session))) {
				try {
					session.invalidate();
					ended++;
				}
				catch (IllegalStateException alreadyInvalid) {
					// ended meanwhile (timeout or sign-out)
				}
				this.sessions.remove(session);
			}
		}
		return ended;
	}

	/** How many open sessions belong to {@code username}. */
	public int count(String username) {
		return (int) this.sessions.stream().filter(s -> username.equals(signedIn(s))).count();
	}

	private static @Nullable String signedIn(HttpSession session) {
		try {
			Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (context instanceof SecurityContext security) {
				Authentication authentication = security.getAuthentication();
				return (authentication != null) ? authentication.getName() : null;
			}
			return null;
		}
		catch (IllegalStateException invalidated) {
			return null;
		}
	}

}
