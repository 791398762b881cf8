package cn.zhaoshang.crm.ui.base;

import java.util.UUID;

import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * No stack trace reaches a user: a domain rule is shown in the user's language; anything
 * unexpected shows a reference id that is in the server log next to the stack trace.
 */
@org.springframework.stereotype.Component
class ErrorHandling implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
			Throwable cause = rootDomainCause(error.getThrowable());
			UI ui = error.getComponent().flatMap(Component::getUI).orElse(UI.getCurrent());
			String text;
			if (cause instanceof DomainException domain) {
				text = translate(ui, domain.messageKey(), readable(domain.arguments()));
			}
			else if (cause instanceof AccessDeniedException) {
				log.warn("Access denied: {}", cause.getMessage());
				text = translate(ui, "error.access-denied");
			}
			else {
				String reference = UUID.randomUUID().toString().substring(0, 8);
				log.error("Unexpected error, reference {}", reference, error.getThrowable());
				text = translate(ui, "error.unexpected", reference);
			}
			if (ui != null) {
				ui.access(() -> {
					Notification notification = new Notification(text, 8000, Notification.Position.TOP_CENTER);
					notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
					notification.open();
				});
			}
		}));
	}

	private static String translate(UI ui, String key, Object... args) {
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
