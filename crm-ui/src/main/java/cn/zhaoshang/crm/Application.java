package cn.zhaoshang.crm;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 招商 CRM: the Spring Boot application with the Vaadin UI. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

	/**
	 * Our own icon (served from this origin, allowed by the CSP): no 404 for
	 * /favicon.ico.
	 */
	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addFavIcon("icon", "icons/favicon.svg", "any");
	}

	public static void main(String[] args) {
		SpringApplication.run(Application.class, args);
	}

}
