package cn.zhaoshang.crm.ui.i18n;

import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Chinese for everyone unless they chose English: the zone's staff work in Chinese
 * whatever their browser says. The choice is kept in a cookie so it survives sign-in and
 * sign-out.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

	static final String COOKIE = "crm-lang";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setLocale(fromCookie(init.getRequest())));
	}

	/** Switches the whole session and remembers the choice for a year. */
	public static void choose(Locale locale) {
		VaadinSession.getCurrent().setLocale(locale);
		VaadinResponse response = VaadinResponse.getCurrent();
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
			cookie.setPath("/");
			cookie.setMaxAge(365 * 24 * 3600);
			cookie.setHttpOnly(true);
			response.addCookie(cookie);
		}
	}

	static Locale fromCookie(@Nullable VaadinRequest request) {
		Cookie[] cookies = (request != null) ? request.getCookies() : null;
		boolean english = cookies != null
				&& Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
		return english ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE;
	}

}
