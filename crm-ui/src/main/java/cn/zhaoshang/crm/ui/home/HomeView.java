package cn.zhaoshang.crm.ui.home;

import cn.zhaoshang.crm.security.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page: who is signed in and what their role is for. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

	HomeView(CurrentUser currentUser) {
		var user = currentUser.require();
		var greeting = new H2(getTranslation("home.welcome", user.displayName()));
		greeting.setId("welcome");
		add(greeting);
		user.roles().stream().sorted().forEach(role -> add(new Paragraph(getTranslation("home.role." + role))));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.home");
	}

}
