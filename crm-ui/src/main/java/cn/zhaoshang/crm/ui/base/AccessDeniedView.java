package cn.zhaoshang.crm.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A record crm-core refuses while a view opens (the typed address of a colleague's
 * project): the same answer as a refused page, instead of Vaadin's error page that quotes
 * the exception's message.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedView extends Refusal implements HasErrorParameter<AccessDeniedException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return HttpStatusCode.FORBIDDEN.getCode();
	}

}
