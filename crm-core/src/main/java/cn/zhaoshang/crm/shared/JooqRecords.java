package cn.zhaoshang.crm.shared;

import org.jooq.Field;
import org.jooq.Record;

/** Small helpers for writing records built from a form. */
public final class JooqRecords {

	private JooqRecords() {
	}

	/**
	 * Marks every field as changed, so insert/update write them all (also nulls), except
	 * the keys, version and timestamps given, which the database or the query handles.
	 */
	public static <R extends Record> R onlyEditable(R record, Field<?>... untouched) {
		record.changed(true);
		for (Field<?> field : untouched) {
			record.changed(field, false);
		}
		return record;
	}

}
