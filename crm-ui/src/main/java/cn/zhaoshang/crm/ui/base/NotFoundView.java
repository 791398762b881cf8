package cn.zhaoshang.crm.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An unknown address, and a view the user's role may not open (Vaadin reroutes those here
 * in production). Replaces Vaadin's English "Could not navigate to …".
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends Refusal implements HasErrorParameter<NotFoundException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return HttpStatusCode.NOT_FOUND.getCode();
	}

}
