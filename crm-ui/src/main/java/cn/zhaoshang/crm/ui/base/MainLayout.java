package cn.zhaoshang.crm.ui.base;

import java.util.stream.Collectors;

import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.ui.i18n.LanguageSwitch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The shell around every view. The side navigation lists only the views the user may open
 * (MenuConfiguration filters by the views' access annotations); titles are i18n keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	private final H1 viewTitle = new H1();

	private final CurrentUser currentUser;

	private final AuthenticationContext authenticationContext;

	MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext) {
		this.currentUser = currentUser;
		this.authenticationContext = authenticationContext;
		setPrimarySection(Section.DRAWER);
		this.viewTitle.addClassName("view-title");
		var toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("shell.menu"));
		addToNavbar(true, toggle, this.viewTitle);
		addToDrawer(header(), new Scroller(navigation()), footer());
	}

	private Component header() {
		var name = new Span(getTranslation("app.name"));
		name.addClassName("app-name");
		var zone = new Span(getTranslation("app.zone"));
		zone.addClassName("app-zone");
		var header = new VerticalLayout(name, zone);
		header.setSpacing(false);
		header.addClassName("app-header");
		return header;
	}

	private SideNav navigation() {
		var nav = new SideNav();
		nav.setId("main-nav");
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			String title = getTranslation(entry.title());
			SideNavItem item = (entry.icon() != null) ? new SideNavItem(title, entry.path(), new Icon(entry.icon()))
					: new SideNavItem(title, entry.path());
			nav.addItem(item);
		}
		return nav;
	}

	private Component footer() {
		var footer = new VerticalLayout();
		footer.addClassName("app-footer");
		this.currentUser.get().ifPresent(user -> {
			var who = new Span(user.displayName());
			who.setId("current-user");
			who.addClassName("current-user");
			var roles = new Span(roleNames(user));
			roles.addClassName("current-roles");
			var logout = new Button(getTranslation("action.sign-out"), new Icon(VaadinIcon.SIGN_OUT),
					click -> this.authenticationContext.logout());
			logout.setId("sign-out");
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			footer.add(new Div(who), roles, logout);
		});
		footer.add(new LanguageSwitch());
		return footer;
	}

	private String roleNames(CrmUser user) {
		return user.roles()
			.stream()
			.sorted()
			.map(role -> getTranslation("role." + role))
			.collect(Collectors.joining(" · "));
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		this.viewTitle.setText((getContent() instanceof HasDynamicTitle titled) ? titled.getPageTitle() : "");
	}

}
