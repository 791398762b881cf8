package cn.zhaoshang.crm.ui.base;

import java.util.UUID;

import cn.zhaoshang.crm.config.DatabaseStatus;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * No stack trace reaches a user: a domain rule is shown in the user's language; a
 * database that went away shows one "database unavailable" state until it is back
 * ({@link DatabaseOutage}); anything else unexpected shows a reference id that is in the
 * server log next to the stack trace. Errors while opening a view go to
 * {@link ErrorView}, with the same rules.
 */
@org.springframework.stereotype.Component
public class ErrorHandling implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final DatabaseStatus database;

	ErrorHandling(DatabaseStatus database) {
		this.database = database;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
	}

	/** What the user sees when a click or a value change failed. */
	public void handle(ErrorEvent error) {
		UI ui = error.getComponent().flatMap(Component::getUI).orElse(UI.getCurrent());
		Throwable throwable = error.getThrowable();
		if (DatabaseStatus.isOutage(throwable)) {
			this.database.markDown(throwable);
			if (ui != null) {
				inUi(ui, () -> DatabaseOutage.show(ui, this.database));
			}
			return;
		}
		String text = message(ui, throwable);
		if (ui != null) {
			inUi(ui, () -> {
				Notification notification = new Notification(text, 8000, Notification.Position.TOP_CENTER);
				notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
				notification.open();
			});
		}
	}

	/** Now when this thread holds the session (a click), else when it gets it. */
	private static void inUi(UI ui, Runnable command) {
		if (ui.getSession() != null && ui.getSession().hasLock()) {
			command.run();
		}
		else {
			ui.access(command::run);
		}
	}

	/**
	 * The user's text for an error that is not an outage: a broken rule in the user's
	 * language (a concurrent edit says to reload), access denied, or a reference id that
	 * is logged with the stack trace.
	 */
	static String message(@Nullable UI ui, Throwable throwable) {
		Throwable cause = rootDomainCause(throwable);
		if (cause instanceof ConcurrentEditException stale) {
			return translate(ui, stale.messageKey(), readable(stale.arguments())) + " "
					+ translate(ui, "error.reload-hint");
		}
		if (cause instanceof DomainException domain) {
			return translate(ui, domain.messageKey(), readable(domain.arguments()));
		}
		if (cause instanceof AccessDeniedException) {
			log.warn("Access denied: {}", cause.getMessage());
			return translate(ui, "error.access-denied");
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error, reference {}", reference, throwable);
		return translate(ui, "error.unexpected", reference);
	}

	private static String translate(@Nullable UI ui, String key, Object... args) {
		return (ui != null) ? ui.getTranslation(key, args) : key;
	}

	/** Times as the UI writes them ("2026-11-25 09:30"), not ISO text. */
	static Object[] readable(Object[] arguments) {
		Object[] out = arguments.clone();
		for (int i = 0; i < out.length; i++) {
			if (out[i] instanceof java.time.LocalDateTime time) {
				out[i] = Formats.dateTime(time);
			}
		}
		return out;
	}

	private static Throwable rootDomainCause(Throwable throwable) {
		for (Throwable t = throwable; t != null; t = t.getCause()) {
			if (t instanceof DomainException || t instanceof AccessDeniedException) {
				return t;
			}
		}
		return throwable;
	}

}
