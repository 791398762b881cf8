package cn.zhaoshang.crm.ui.investor;

import java.util.stream.Collectors;

import cn.zhaoshang.crm.investor.ImportPreview;
import cn.zhaoshang.crm.investor.ImportRow;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * Import firms from .xlsx/.csv: upload, see every row with its problems, then import all
 * rows at once. Nothing is written before the user confirms a clean preview.
 */
class InvestorImportDialog extends Dialog {

	final Grid<ImportRow> rows = new Grid<>();

	final Span summary = new Span();

	final Button confirm = new Button();

	private final InvestorService investors;

	private final Runnable onImported;

	private @Nullable ImportPreview preview;

	InvestorImportDialog(InvestorService investors, Runnable onImported) {
		this.investors = investors;
		this.onImported = onImported;
		setHeaderTitle(getTranslation("import.title"));
		setWidth("min(1100px, 96vw)");

		Upload upload = new Upload(UploadHandler
			.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> show(data, metadata.fileName())))));
		upload.setAcceptedFileTypes(".xlsx", ".csv");
		upload.setMaxFileSize(10 * 1024 * 1024);
		upload.setDropLabel(new Span(getTranslation("import.drop")));

		this.rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.rows.addColumn(ImportRow::rowNumber).setHeader(getTranslation("import.field.row")).setAutoWidth(true);
		this.rows.addColumn(row -> row.form().nameZh())
			.setHeader(getTranslation("investor.field.name-zh"))
			.setFlexGrow(2);
		this.rows.addColumn(row -> row.form().uscc()).setHeader(getTranslation("investor.field.uscc")).setFlexGrow(1);
		this.rows.addColumn(this::problems).setHeader(getTranslation("import.field.problems")).setFlexGrow(3);
		this.rows.addColumn(row -> String.join("、", row.similar()))
			.setHeader(getTranslation("import.field.similar"))
			.setFlexGrow(2);
		this.rows.setPartNameGenerator(row -> row.ok() ? null : "import-error");
		this.rows.setHeight("420px");

		this.confirm.setText(getTranslation("import.confirm"));
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.setEnabled(false);
		this.confirm.addClickListener(click -> commit());
		this.summary.setId("import-summary");
		add(new Paragraph(getTranslation("import.help")), upload, this.summary, this.rows);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

	/** Reads and checks a file (also called by tests, without an upload). */
	void show(byte[] content, String fileName) {
		try {
			this.preview = this.investors.previewImport(content, fileName);
		}
		catch (DomainException ex) {
			this.preview = null;
			this.rows.setItems();
			this.summary.setText(getTranslation(ex.messageKey(), ex.arguments()));
			this.confirm.setEnabled(false);
			return;
		}
		// one file, at most a few thousand rows, already in memory
		this.rows.setItems(this.preview.rows());
		this.summary.setText(getTranslation("import.summary", this.preview.rows().size(), this.preview.errorRows(),
				this.preview.duplicateRows()));
		this.confirm.setEnabled(!this.preview.hasErrors() && !this.preview.rows().isEmpty());
	}

	private String problems(ImportRow row) {
		return row.problems()
			.stream()
			.map(p -> p.column() + ": " + getTranslation(p.messageKey(), p.args()))
			.collect(Collectors.joining("；"));
	}

	private void commit() {
		if (this.preview == null) {
			return;
		}
		int created = this.investors.commitImport(this.preview);
		this.onImported.run();
		close();
		com.vaadin.flow.component.notification.Notification.show(getTranslation("import.done", created), 4000,
				com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
	}

}
