package cn.zhaoshang.crm.report;

import java.util.Locale;

/**
 * The texts of a report in the user's language, supplied by the UI (its translation
 * bundles): crm-core chooses the keys, never the words.
 */
public interface ReportLabels {

	/** The text of {@code key}, with {@code {0}}-style arguments filled in. */
	String text(String key, Object... arguments);

	Locale locale();

}
