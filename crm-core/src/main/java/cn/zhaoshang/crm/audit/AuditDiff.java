package cn.zhaoshang.crm.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Field-level before/after of two versions of a form record (the same record type), for
 * the audit trail. Decimals compare by value (1.5 equals 1.50).
 */
public final class AuditDiff {

	private AuditDiff() {
	}

	/**
	 * The fields whose value differs, in the record's order. {@code before} null: every
	 * non-empty field of {@code after} (a creation); {@code after} null: every non-empty
	 * field of {@code before} (a deletion).
	 */
	public static List<FieldChange> between(@Nullable Record before, @Nullable Record after, String... ignored) {
		Record sample = (after != null) ? after : before;
		if (sample == null) {
			return List.of();
		}
		if (before != null && after != null && before.getClass() != after.getClass()) {
			throw new IllegalArgumentException("different records: " + before.getClass() + ", " + after.getClass());
		}
		Set<String> skip = Set.of(ignored);
		List<FieldChange> changes = new ArrayList<>();
		for (RecordComponent component : sample.getClass().getRecordComponents()) {
			if (skip.contains(component.getName())) {
				continue;
			}
			Object a = (before != null) ? value(component, before) : null;
			Object b = (after != null) ? value(component, after) : null;
			if (!same(a, b)) {
				changes.add(new FieldChange(component.getName(), text(a), text(b)));
			}
		}
		return List.copyOf(changes);
	}

	/** One field, when the caller knows exactly what changed (null if equal). */
	public static @Nullable FieldChange of(String field, @Nullable Object before, @Nullable Object after) {
		return same(before, after) ? null : new FieldChange(field, text(before), text(after));
	}

	/** The text stored for a value: the same rules for every entity. */
	public static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Collection<?> values) {
			String joined = values.stream()
				.map(AuditDiff::text)
				.filter(Objects::nonNull)
				.sorted()
				.collect(Collectors.joining(", "));
			return joined.isEmpty() ? null : joined;
		}
		String text = value.toString();
		return text.isEmpty() ? null : text;
	}

	private static @Nullable Object value(RecordComponent component, Record record) {
		try {
			Method accessor = component.getAccessor();
			// a service's own private record (what it audits) is fine to read
			accessor.trySetAccessible();
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot read " + component, ex);
		}
	}

	private static boolean same(@Nullable Object a, @Nullable Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(text(a), text(b));
	}

}
