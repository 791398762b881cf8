package cn.zhaoshang.crm.ui.base;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Number fields that say in the user's language what is wrong: text typed into a number
 * field ("bad input") and, for integers, a value below the minimum. Without these Vaadin
 * marks the field red with no message.
 */
public final class NumberFields {

	private NumberFields() {
	}

	public static BigDecimalField explained(BigDecimalField field) {
		field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
			.setBadInputErrorMessage(field.getTranslation("validation.not-a-number")));
		return field;
	}

	public static IntegerField explained(IntegerField field) {
		IntegerField.IntegerFieldI18n i18n = new IntegerField.IntegerFieldI18n()
			.setBadInputErrorMessage(field.getTranslation("validation.not-a-whole-number"));
		if (field.getMin() > Integer.MIN_VALUE) {
			i18n.setMinErrorMessage(field.getTranslation("validation.min", field.getMin()));
		}
		if (field.getMax() < Integer.MAX_VALUE) {
			i18n.setMaxErrorMessage(field.getTranslation("validation.max", field.getMax()));
		}
		field.setI18n(i18n);
		return field;
	}

}
