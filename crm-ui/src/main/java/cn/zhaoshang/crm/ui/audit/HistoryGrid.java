package cn.zhaoshang.crm.ui.audit;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.zhaoshang.crm.audit.AuditEntry;
import cn.zhaoshang.crm.audit.FieldChange;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.reference.IndustryRef;
import cn.zhaoshang.crm.reference.ParkRef;
import cn.zhaoshang.crm.reference.ZoneRef;
import cn.zhaoshang.crm.shared.LeadSource;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.ui.base.Formats;
import cn.zhaoshang.crm.ui.base.GridPaging;
import cn.zhaoshang.crm.ui.i18n.TranslationProvider;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.jspecify.annotations.Nullable;

/**
 * Rows of the audit trail: when, who, what, the field-level before/after and where from.
 * Lazy: each page is one query in crm-core. Text only (Vaadin escapes it): values typed
 * by users are never rendered as HTML.
 */
public class HistoryGrid extends Grid<AuditEntry> {

	private static final Set<String> REFERENCE_FIELDS = Set.of("parkId", "preferredParkId", "preferredZoneId",
			"industryId");

	private static final Pattern ISO_DATE_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

	/**
	 * Parks, zones and industries by field and id ({@code "parkId:2"}), in both
	 * languages: the trail keeps their ids.
	 */
	private @Nullable Map<String, AuditEntry.Name> references;

	private Supplier<Map<String, AuditEntry.Name>> referenceSource = Map::of;

	public HistoryGrid(boolean showEntity) {
		addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.field.when"))
			.setKey("when")
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(AuditEntry::username).setHeader(getTranslation("audit.field.who"))
			.setKey("who")
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(e -> action(e.action())).setHeader(getTranslation("audit.field.action"))
			.setKey("action")
			.setAutoWidth(true)
			.setFlexGrow(0);
		if (showEntity) {
			addColumn(this::entity).setHeader(getTranslation("audit.field.entity")).setKey("entity").setFlexGrow(1);
		}
		else {
			// on an entity's own page: only what belongs under it needs naming
			addColumn(e -> (e.parentType() != null) ? entity(e) : "").setHeader(getTranslation("audit.field.entity"))
				.setKey("entity")
				.setAutoWidth(true)
				.setFlexGrow(0);
		}
		addColumn(this::changes).setHeader(getTranslation("audit.field.changes")).setKey("changes").setFlexGrow(4);
		addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.field.client"))
			.setKey("client")
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	/**
	 * Shows the rows {@code fetch} returns page by page; {@code count} sizes the grid.
	 */
	public void show(Function<PageRequest, List<AuditEntry>> fetch, IntSupplier count) {
		setItems(query -> fetch.apply(GridPaging.of(query)).stream(), query -> count.getAsInt());
	}

	/**
	 * Shows parks, zones and industries by name instead of by id. The reference lists (a
	 * few dozen rows each) are read only when a change names one: most histories do not.
	 */
	public void nameReferences(Supplier<List<ParkRef>> parks, Supplier<List<ZoneRef>> zones,
			Supplier<List<IndustryRef>> industries) {
		this.referenceSource = () -> {
			Map<String, AuditEntry.Name> names = new HashMap<>();
			for (ParkRef p : parks.get()) {
				var name = new AuditEntry.Name(p.nameZh(), p.nameEn());
				names.put("parkId:" + p.id(), name);
				names.put("preferredParkId:" + p.id(), name);
			}
			zones.get()
				.forEach(z -> names.put("preferredZoneId:" + z.id(), new AuditEntry.Name(z.nameZh(), z.nameEn())));
			industries.get()
				.forEach(i -> names.put("industryId:" + i.id(), new AuditEntry.Name(i.nameZh(), i.nameEn())));
			return names;
		};
		this.references = null;
	}

	private AuditEntry.@Nullable Name reference(String field, String value) {
		if (!REFERENCE_FIELDS.contains(field)) {
			return null;
		}
		if (this.references == null) {
			this.references = this.referenceSource.get();
		}
		return this.references.get(field + ":" + value);
	}

	String action(String action) {
		return label("audit.action." + action, action);
	}

	String entity(AuditEntry e) {
		if (e.entityType() == null) {
			return "";
		}
		String type = label("audit.entity." + e.entityType(), e.entityType());
		return (e.entityId() != null) ? type + " #" + e.entityId() : type;
	}

	/**
	 * "字段：旧 → 新" per changed field, then the free-text details ("field: old → new" in
	 * English).
	 */
	String changes(AuditEntry e) {
		String separator = chinese() ? "；" : "; ";
		String fields = e.changes().stream().map(c -> change(e, c)).collect(Collectors.joining(separator));
		if (e.details() == null || e.details().isBlank()) {
			return fields;
		}
		// a failed sign-in keeps the reason as Spring Security names it
		String details = e.action().equals("LOGIN_FAILED") ? label("audit.login-failed." + e.details(), e.details())
				: e.details();
		return fields.isEmpty() ? details : fields + separator + details;
	}

	private String change(AuditEntry e, FieldChange c) {
		String name = label("audit.field." + c.field(), c.field());
		return name + (chinese() ? "：" : ": ") + value(e, c.field(), c.before()) + " → "
				+ value(e, c.field(), c.after());
	}

	private boolean chinese() {
		Locale locale = getLocale();
		return locale == null || "zh".equals(locale.getLanguage());
	}

	private String value(AuditEntry e, String field, @Nullable String value) {
		if (value == null) {
			return "—";
		}
		AuditEntry.Name named = e.nameOf(field, value);
		if (named == null) {
			named = reference(field, value);
		}
		if (named != null) {
			return (chinese() || named.en() == null || named.en().isBlank()) ? named.zh() : named.en();
		}
		if ("activity".equals(e.entityType()) && field.equals("type")) {
			return label("activity.type." + value, value);
		}
		if (field.equals("ownership")) {
			return label("ownership." + value, value);
		}
		if (field.equals("source")) {
			try {
				return getTranslation(LeadSource.valueOf(value).messageKey());
			}
			catch (IllegalArgumentException ex) {
				return value;
			}
		}
		if (ISO_DATE_TIME.matcher(value).matches()) {
			// AuditDiff keeps a LocalDateTime as toString() does
			return Formats.dateTime(LocalDateTime.parse(value));
		}
		if (field.equals("stage")) {
			try {
				return getTranslation(Stage.valueOf(value).messageKey());
			}
			catch (IllegalArgumentException ex) {
				return value;
			}
		}
		if (field.equals("roles")) {
			// AuditDiff joins a set's values with ", "
			return Stream.of(value.split(", "))
				.map(role -> label("role." + role, role))
				.collect(Collectors.joining(chinese() ? "、" : ", "));
		}
		if (value.equals("true") || value.equals("false")) {
			return getTranslation(value.equals("true") ? "common.yes" : "common.no");
		}
		return value;
	}

	private String label(String key, String fallback) {
		Locale locale = getLocale();
		return TranslationProvider.translateOr(key, (locale != null) ? locale : TranslationProvider.CHINESE, fallback);
	}

}
