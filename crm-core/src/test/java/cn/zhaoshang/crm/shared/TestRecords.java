package cn.zhaoshang.crm.shared;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Test helper: a copy of a form record with one component replaced. */
public final class TestRecords {

	private TestRecords() {
	}

	@SuppressWarnings("unchecked")
	public static <R extends Record> R with(R record, String component, Object value) {
		RecordComponent[] components = record.getClass().getRecordComponents();
		if (Arrays.stream(components).noneMatch(c -> c.getName().equals(component))) {
			throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
		}
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				values[i] = components[i].getName().equals(component) ? value
						: components[i].getAccessor().invoke(record);
			}
			var constructor = record.getClass().getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return (R) constructor.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
