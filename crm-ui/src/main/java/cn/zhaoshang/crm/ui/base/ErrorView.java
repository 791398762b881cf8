package cn.zhaoshang.crm.ui.base;

import cn.zhaoshang.crm.config.DatabaseStatus;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A view that could not be opened: the same rules as {@link ErrorHandling}, as a page. A
 * database outage shows the "database unavailable" state and reopens the view when the
 * database is back. Vaadin's own "not found" and "access denied" views stay in charge of
 * their (more specific) exceptions.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

	final Paragraph message = new Paragraph();

	private final DatabaseStatus database;

	ErrorView(DatabaseStatus database) {
		this.database = database;
		this.message.setId("error-message");
		add(new H2(getTranslation("error.page.title")), this.message);
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		Exception exception = parameter.getCaughtException();
		UI ui = event.getUI();
		if (DatabaseStatus.isOutage(exception)) {
			this.database.markDown(exception);
			this.message.setText(getTranslation("error.database-unavailable"));
			String location = event.getLocation().getPathWithQueryParameters();
			DatabaseOutage.show(ui, this.database, () -> ui.navigate(location));
			return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
		}
		this.message.setText(ErrorHandling.message(ui, exception));
		if (hasCause(exception, AccessDeniedException.class)) {
			return HttpServletResponse.SC_FORBIDDEN;
		}
		if (hasCause(exception, DomainException.class)) {
			return HttpServletResponse.SC_NOT_FOUND;
		}
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

	private static boolean hasCause(Throwable throwable, Class<? extends Throwable> type) {
		for (Throwable t = throwable; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("error.page.title");
	}

}
