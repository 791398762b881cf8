package cn.zhaoshang.crm.ui.project;

import java.util.Map;

import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/**
 * Puts crm-core's refusal next to the field it is about: the field named by the error's
 * first argument (validation.*, *.negative, ...) or by its key, else {@code fallback}.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void show(Component owner, DomainException ex, Map<String, ? extends HasValidation> fields,
			Map<String, ? extends HasValidation> byKey, HasValidation fallback) {
		HasValidation field = byKey.get(ex.messageKey());
		if (field == null && ex.arguments().length > 0) {
			field = fields.get(String.valueOf(ex.arguments()[0]));
		}
		if (field == null) {
			field = fallback;
		}
		String key = ex.messageKey().startsWith("validation.") ? ex.messageKey() + ".field" : ex.messageKey();
		field.setErrorMessage(owner.getTranslation(key, ex.arguments()));
		field.setInvalid(true);
	}

}
