package cn.zhaoshang.crm.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What a user sees instead of a page they may not open or that does not exist: one answer
 * in their language for both, so it does not tell which pages exist.
 */
abstract class Refusal extends VerticalLayout {

	Refusal() {
		var message = new H2(getTranslation("error.refused"));
		message.setId("refused");
		add(message, new Anchor("", getTranslation("error.refused.home")));
	}

}
