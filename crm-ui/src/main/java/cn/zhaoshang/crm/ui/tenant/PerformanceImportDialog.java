package cn.zhaoshang.crm.ui.tenant;

import java.util.Locale;
import java.util.stream.Collectors;

import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.tenant.PerformanceImportPreview;
import cn.zhaoshang.crm.tenant.PerformanceImportRow;
import cn.zhaoshang.crm.tenant.TenantPerformanceService;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * Imports a year of tenant figures from .xlsx/.csv: upload, see every row with its grade
 * or its problems, then write all rows at once (existing years replaced). Nothing is
 * written before the user confirms a clean preview.
 */
class PerformanceImportDialog extends Dialog {

	final Grid<PerformanceImportRow> rows = new Grid<>();

	final Span summary = new Span();

	final Button confirm = new Button();

	private final TenantPerformanceService performance;

	private final long parkId;

	private final int year;

	private final Runnable onImported;

	private @Nullable PerformanceImportPreview preview;

	PerformanceImportDialog(TenantPerformanceService performance, long parkId, int year, Runnable onImported) {
		this.performance = performance;
		this.parkId = parkId;
		this.year = year;
		this.onImported = onImported;
		setHeaderTitle(getTranslation("tenant.import.title", String.valueOf(year)));
		setWidth("min(1100px, 96vw)");
		Locale locale = getLocale();

		Upload upload = new Upload(UploadHandler
			.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> show(data, metadata.fileName())))));
		upload.setAcceptedFileTypes(".xlsx", ".csv");
		upload.setMaxFileSize(10 * 1024 * 1024);
		upload.setDropLabel(new Span(getTranslation("import.drop")));

		this.rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.rows.addColumn(PerformanceImportRow::rowNumber)
			.setHeader(getTranslation("import.field.row"))
			.setAutoWidth(true);
		this.rows.addColumn(PerformanceImportRow::tenantName)
			.setHeader(getTranslation("tenant.field.tenant"))
			.setFlexGrow(3);
		this.rows.addColumn(r -> r.form().year()).setHeader(getTranslation("tenant.field.year")).setAutoWidth(true);
		this.rows.addColumn(r -> Formats.decimal(r.taxPerMu(), locale))
			.setHeader(getTranslation("tenant.field.tax-per-mu"))
			.setAutoWidth(true);
		this.rows.addColumn(r -> Formats.decimal(r.outputPerMu(), locale))
			.setHeader(getTranslation("tenant.field.output-per-mu"))
			.setAutoWidth(true);
		this.rows.addColumn(r -> (r.grade() != null) ? r.grade().name() : "")
			.setHeader(getTranslation("tenant.field.grade"))
			.setAutoWidth(true);
		this.rows.addColumn(r -> getTranslation(r.replaces() ? "tenant.import.replaces" : "tenant.import.adds"))
			.setHeader(getTranslation("tenant.import.effect"))
			.setAutoWidth(true);
		this.rows.addColumn(this::problems).setHeader(getTranslation("import.field.problems")).setFlexGrow(4);
		this.rows.setPartNameGenerator(row -> row.ok() ? null : "import-error");
		this.rows.setHeight("420px");

		this.confirm.setText(getTranslation("import.confirm"));
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.setEnabled(false);
		this.confirm.addClickListener(click -> commit());
		this.summary.setId("import-summary");
		add(new Paragraph(getTranslation("tenant.import.help", String.valueOf(year))), upload, this.summary, this.rows);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

	/** Reads and checks a file (also called by tests, without an upload). */
	void show(byte[] content, String fileName) {
		try {
			this.preview = this.performance.previewImport(content, fileName, this.parkId, this.year);
		}
		catch (DomainException ex) {
			this.preview = null;
			this.rows.setItems();
			this.summary.setText(getTranslation(ex.messageKey(), ex.arguments()));
			this.confirm.setEnabled(false);
			return;
		}
		// one file of a park's tenants, already in memory
		this.rows.setItems(this.preview.rows());
		this.summary.setText(getTranslation("tenant.import.summary", this.preview.rows().size(),
				this.preview.errorRows(), this.preview.replacedRows()));
		this.confirm.setEnabled(!this.preview.hasErrors() && !this.preview.rows().isEmpty());
	}

	private String problems(PerformanceImportRow row) {
		return row.problems()
			.stream()
			.map(p -> p.column() + ": " + getTranslation(p.messageKey(), p.args()))
			.collect(Collectors.joining("；"));
	}

	private void commit() {
		PerformanceImportPreview p = this.preview;
		if (p == null) {
			return;
		}
		int written = this.performance.commitImport(p);
		this.onImported.run();
		close();
		Notification.show(getTranslation("tenant.import.done", written), 4000, Notification.Position.BOTTOM_START);
	}

}
