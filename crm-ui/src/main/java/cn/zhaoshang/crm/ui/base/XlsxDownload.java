package cn.zhaoshang.crm.ui.base;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/**
 * The "export to Excel" link of a list: the file is written by crm-core in the request
 * that downloads it, with the texts in the language of the view that offers it.
 */
public final class XlsxDownload {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private XlsxDownload() {
	}

	/**
	 * @param fileName start of the file's name; the day is added, e.g.
	 * projects-2026-11-25.xlsx
	 * @param export writes the workbook, given the translation and the response stream
	 */
	public static Anchor link(Component view, String id, String fileName,
			BiConsumer<Function<String, String>, OutputStream> export) {
		Locale locale = view.getLocale();
		Anchor link = new Anchor(event -> {
			event.setFileName(fileName + "-" + LocalDate.now() + ".xlsx");
			event.getResponse().setContentType(CONTENT_TYPE);
			export.accept(key -> view.getTranslation(locale, key), event.getOutputStream());
		}, view.getTranslation("action.export-xlsx"));
		link.setId(id);
		return link;
	}

}
