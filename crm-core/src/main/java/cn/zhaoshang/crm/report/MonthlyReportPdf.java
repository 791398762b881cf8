package cn.zhaoshang.crm.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The monthly report as PDF (OpenPDF), A4 landscape, one table per section. Text is set
 * in Noto Sans SC, shipped in the jar (a GB 2312 subset, SIL OFL 1.1) and embedded as a
 * subset of the glyphs used, so Chinese renders on a server and a reader without CJK
 * fonts.
 */
final class MonthlyReportPdf {

	static final String FONT = "fonts/NotoSansSC-Regular-subset.ttf";

	private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF7);

	private MonthlyReportPdf() {
	}

	static void write(Cockpit cockpit, String title, ReportLabels labels, OutputStream out) throws IOException {
		BaseFont base = FontHolder.FONT;
		Font titleFont = new Font(base, 16, Font.BOLD);
		Font captionFont = new Font(base, 11, Font.BOLD);
		Font headerFont = new Font(base, 8, Font.BOLD);
		Font cellFont = new Font(base, 8);
		Font noteFont = new Font(base, 8, Font.NORMAL, Color.GRAY);
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(title);
			document.addCreator("zhaoshang-crm");
			document.open();
			document.add(new Paragraph(title, titleFont));
			document.add(new Paragraph(labels.text("report.generated", LocalDate.now().toString(),
					cockpit.filter().from().toString(), cockpit.filter().to().toString()), noteFont));
			for (ReportTables.Table table : ReportTables.of(cockpit, labels)) {
				document.add(table(table, captionFont, headerFont, cellFont, labels.locale()));
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IOException("could not write the PDF report", ex);
		}
	}

	/**
	 * The section's title is the table's first header row: it never stays behind at the
	 * foot of a page, and it repeats with the column headers on the next one.
	 */
	private static PdfPTable table(ReportTables.Table table, Font captionFont, Font headerFont, Font cellFont,
			Locale locale) {
		PdfPTable pdf = new PdfPTable(table.headers().size());
		pdf.setWidthPercentage(100);
		pdf.setSpacingBefore(10);
		pdf.setHeaderRows(2);
		PdfPCell caption = new PdfPCell(new Phrase(table.title(), captionFont));
		caption.setColspan(table.headers().size());
		caption.setBorder(Rectangle.NO_BORDER);
		caption.setPaddingBottom(5);
		pdf.addCell(caption);
		float[] widths = new float[table.headers().size()];
		for (int c = 0; c < widths.length; c++) {
			widths[c] = (c == 0) ? 2.2f : 1f;
		}
		pdf.setWidths(widths);
		for (String header : table.headers()) {
			PdfPCell cell = new PdfPCell(new Phrase(header, headerFont));
			cell.setBackgroundColor(HEADER_BACKGROUND);
			cell.setPadding(4);
			pdf.addCell(cell);
		}
		if (table.rows().isEmpty()) {
			// an empty section still shows its columns, with one empty row
			for (int c = 0; c < table.headers().size(); c++) {
				pdf.addCell(new PdfPCell(new Phrase("", cellFont)));
			}
		}
		for (List<@Nullable Object> row : table.rows()) {
			for (Object value : row) {
				PdfPCell cell = new PdfPCell(new Phrase(text(value, locale), cellFont));
				cell.setPadding(3);
				if (value instanceof Number) {
					cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
				}
				pdf.addCell(cell);
			}
		}
		return pdf;
	}

	/**
	 * A number with its own decimals (at most two), grouped as the language writes it.
	 */
	static String text(@Nullable Object value, Locale locale) {
		return switch (value) {
			case null -> "";
			case Integer i -> NumberFormat.getIntegerInstance(locale).format(i);
			case BigDecimal d -> {
				NumberFormat format = NumberFormat.getNumberInstance(locale);
				int decimals = Math.clamp(d.scale(), 0, 2);
				format.setMinimumFractionDigits(decimals);
				format.setMaximumFractionDigits(decimals);
				yield format.format(d);
			}
			case LocalDateTime t -> t.toLocalDate().toString();
			default -> value.toString();
		};
	}

	/** The font, read once from the jar. */
	private static final class FontHolder {

		static final BaseFont FONT = load();

		private static BaseFont load() {
			try (InputStream in = MonthlyReportPdf.class.getClassLoader().getResourceAsStream(MonthlyReportPdf.FONT)) {
				if (in == null) {
					throw new IllegalStateException("font missing from the classpath: " + MonthlyReportPdf.FONT);
				}
				return BaseFont.createFont(MonthlyReportPdf.FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
						in.readAllBytes(), null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (DocumentException ex) {
				throw new IllegalStateException("unreadable font " + MonthlyReportPdf.FONT, ex);
			}
		}

	}

}
