package cn.zhaoshang.crm.ui.land;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.zhaoshang.crm.matching.Outcome;
import cn.zhaoshang.crm.matching.Reason;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The reasons of a match, one line per criterion: a mark for the outcome, the criterion
 * and why, in the user's language.
 */
public class ReasonList extends Div {

	public ReasonList(List<Reason> reasons) {
		addClassName("reason-list");
		for (Reason reason : reasons) {
			Span line = new Span();
			line.addClassNames("reason", "reason-" + reason.outcome().name().toLowerCase(Locale.ROOT));
			Span mark = new Span(mark(reason.outcome()));
			mark.addClassName("reason-mark");
			mark.getElement().setAttribute("title", getTranslation(reason.outcome().messageKey()));
			Span text = new Span(getTranslation(reason.criterion().messageKey()) + getTranslation("common.colon")
					+ getTranslation(reason.messageKey(), arguments(reason)));
			line.add(mark, text);
			add(line);
		}
	}

	/** Numbers as the user's language writes them; land-use keys translated. */
	private Object[] arguments(Reason reason) {
		Locale locale = getLocale();
		return reason.arguments().stream().map(argument -> {
			if (argument instanceof BigDecimal number) {
				return (Object) Formats.decimal(number, locale);
			}
			if (argument instanceof String text && text.startsWith("land-use.")) {
				return getTranslation(text);
			}
			return argument;
		}).toArray();
	}

	static String mark(Outcome outcome) {
		return switch (outcome) {
			case PASS -> "✓";
			case PARTIAL -> "◐";
			case FAIL -> "✗";
			case UNKNOWN -> "?";
			case NOT_SET -> "–";
		};
	}

}
