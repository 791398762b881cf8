package cn.zhaoshang.crm.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.EnumType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Index;
import org.jooq.Schema;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations apply to an empty database, and the jOOQ classes (generated from the
 * same scripts by DDLDatabase, without a database) describe exactly what they created.
 */
class MigrationTest {

	private static TestDatabase database;

	@BeforeAll
	static void migrate() {
		database = TestDatabase.fresh("migration");
		var result = Flyway.configure()
			.dataSource(database.url(), database.user(), database.password())
			.locations("classpath:db/migration")
			.load()
			.migrate();
		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(5);
	}

	@Test
	void generated_classes_match_the_migrated_schema() throws Exception {
		try (Connection connection = database.connect()) {
			DSLContext dsl = DSL.using(connection);
			String databaseName = connection.getCatalog();
			Schema live = dsl.meta()
				.getSchemas()
				.stream()
				.filter(s -> s.getName().equalsIgnoreCase(databaseName))
				.findFirst()
				.orElseThrow();
			Map<String, String> expected = describe(DefaultSchema.DEFAULT_SCHEMA.getTables());
			Map<String, String> actual = describe(
					live.getTables().stream().filter(t -> !t.getName().startsWith("flyway_")).toList());
			assertThat(actual.keySet()).as("tables").isEqualTo(expected.keySet());
			expected.forEach((table, description) -> assertThat(actual.get(table)).as(table).isEqualTo(description));
		}
	}

	@Test
	void reference_data_is_loaded() throws Exception {
		try (Connection connection = database.connect()) {
			DSLContext dsl = DSL.using(connection);
			assertThat(dsl.fetchCount(Tables.PARK)).isEqualTo(4);
			assertThat(dsl
				.fetchValue(DSL.select(Tables.PARK.NAME_ZH).from(Tables.PARK).where(Tables.PARK.CODE.eq("AUTO_PARTS"))))
				.isEqualTo("汽车零部件产业园");
			assertThat(dsl.fetchCount(Tables.PARK_ZONE)).isEqualTo(3);
			assertThat(dsl.fetchCount(Tables.PLAN_INDICATOR)).isGreaterThanOrEqualTo(10);
			assertThat(dsl.fetchCount(Tables.INDUSTRY)).isGreaterThanOrEqualTo(15);
		}
	}

	/** Columns (name, type family, length/precision, nullability), keys and indexes. */
	private static Map<String, String> describe(List<? extends Table<?>> tables) {
		Map<String, String> result = new TreeMap<>();
		for (Table<?> table : tables) {
			List<String> parts = new ArrayList<>();
			for (Field<?> field : table.fields()) {
				parts.add("column " + field.getName().toLowerCase() + " " + type(field.getDataType()));
			}
			UniqueKey<?> pk = table.getPrimaryKey();
			parts.add("pk " + ((pk != null) ? columns(pk.getFields()) : "-"));
			table.getUniqueKeys()
				.stream()
				.filter(k -> pk == null || !k.getFields().equals(pk.getFields()))
				.map(k -> "unique " + columns(k.getFields()))
				.sorted()
				.forEach(parts::add);
			for (ForeignKey<?, ?> fk : table.getReferences()) {
				parts.add("fk " + columns(fk.getFields()) + " -> " + fk.getKey().getTable().getName().toLowerCase());
			}
			table.getIndexes().stream().map(MigrationTest::index).sorted().forEach(parts::add);
			result.put(table.getName().toLowerCase(), parts.stream().sorted().collect(Collectors.joining("\n")));
		}
		return result;
	}

	private static String index(Index index) {
		return "index " + index.getName().toLowerCase() + " "
				+ index.getFields().stream().map(f -> f.getName().toLowerCase()).collect(Collectors.joining(","));
	}

	private static String columns(List<? extends Field<?>> fields) {
		return fields.stream().map(f -> f.getName().toLowerCase()).collect(Collectors.joining(","));
	}

	private static String type(DataType<?> type) {
		if (type.isEnum()) {
			// MySQL reports an ENUM column as VARCHAR as long as its longest value
			int longest = Arrays.stream(type.getType().getEnumConstants())
				.mapToInt(value -> ((EnumType) value).getLiteral().length())
				.max()
				.orElse(0);
			return "text:" + longest + (type.nullable() ? " null" : " not-null");
		}
		String name = type.getSQLDataType() != null ? type.getSQLDataType().getTypeName() : type.getTypeName();
		name = switch (name.toLowerCase()) {
			case "tinyint", "boolean", "bit" -> "boolean"; // MySQL BOOLEAN is TINYINT(1)
			case "char", "varchar", "nvarchar", "nchar", "longvarchar", "clob", "text", "mediumtext", "longtext" ->
				"text:" + ((type.lengthDefined() && type.length() < 65535) ? type.length() : "long");
			default -> name.toLowerCase();
		};
		if (type.precisionDefined() && (name.equals("decimal") || name.equals("numeric"))) {
			name = "decimal(" + type.precision() + "," + type.scale() + ")";
		}
		return name + (type.nullable() ? " null" : " not-null");
	}

}
