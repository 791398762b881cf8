package cn.zhaoshang.crm.ui.land;

import java.util.Map;

import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/**
 * Shows crm-core's refusal next to the field it names. Land refusals carry the form's
 * field name as their first argument; the generic validation keys have a shorter ".field"
 * text for use at the field.
 */
final class LandFields {

	private LandFields() {
	}

	/** The one field of a small form takes any refusal. */
	static <F extends Component & HasValidation> boolean show(DomainException ex, F field) {
		return show(ex, Map.of(), field);
	}

	/** Shows at the named field, else at {@code fallback}. */
	static <F extends Component & HasValidation> boolean show(DomainException ex,
			Map<String, ? extends HasValidation> fields, F fallback) {
		String name = (ex.arguments().length > 0) ? String.valueOf(ex.arguments()[0]) : "";
		HasValidation field = fields.containsKey(name) ? fields.get(name) : fallback;
		String key = ex.messageKey().startsWith("validation.") ? ex.messageKey() + ".field" : ex.messageKey();
		field.setErrorMessage(fallback.getTranslation(key, ex.arguments()));
		field.setInvalid(true);
		return true;
	}

}
