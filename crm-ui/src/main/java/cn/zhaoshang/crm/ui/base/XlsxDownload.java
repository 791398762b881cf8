package cn.zhaoshang.crm.ui.base;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;

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
	 * @param text the link's text
	 * @param fileName start of the file's name; the day is added, e.g.
	 * projects-2026-11-25.xlsx
	 * @param label the view's translation, in the view's language
	 * @param export writes the workbook, given the translation and the response stream
	 */
	public static Anchor link(String id, String text, String fileName, Function<String, String> label,
			BiConsumer<Function<String, String>, OutputStream> export) {
		Anchor link = new Anchor(event -> {
			event.setFileName(fileName + "-" + LocalDate.now() + ".xlsx");
			event.getResponse().setContentType(CONTENT_TYPE);
			export.accept(label, event.getOutputStream());
		}, text);
		link.setId(id);
		return link;
	}

}
