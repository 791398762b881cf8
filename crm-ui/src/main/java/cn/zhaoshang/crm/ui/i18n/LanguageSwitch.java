package cn.zhaoshang.crm.ui.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** 中文 | English: switches the session's language and reloads the page. */
public class LanguageSwitch extends HorizontalLayout {

	public LanguageSwitch() {
		setSpacing(true);
		addClassName("language-switch");
		add(button("中文", TranslationProvider.CHINESE), button("English", TranslationProvider.ENGLISH));
	}

	private Button button(String label, Locale locale) {
		// each language is named in itself, so these two labels are not translated
		Button button = new Button(label, click -> {
			LocaleSelection.choose(locale);
			UI.getCurrent().getPage().reload();
		});
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
		button.setEnabled(!locale.getLanguage().equals(getLocale().getLanguage()));
		button.setId("lang-" + locale.getLanguage());
		return button;
	}

}
