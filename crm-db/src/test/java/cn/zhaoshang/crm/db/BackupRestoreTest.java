package cn.zhaoshang.crm.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import cn.zhaoshang.crm.db.embedded.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The backup of docs/operations.md, for real: {@code mariadb-dump} of a database with the
 * schema, the demo data and audit rows, restored with {@code mariadb} into an empty
 * database, finds every row of every table again, and the audit trail's append-only
 * triggers come back with it. Runs on its own embedded MariaDB 11.4 (the client programs
 * ship with it), whichever database the other tests use.
 */
class BackupRestoreTest {

	@Test
	void a_dump_restored_into_an_empty_database_has_every_row_and_the_triggers() throws Exception {
		EmbeddedMariaDb server = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(Path.of("target", "test-backup"),
				EmbeddedMariaDb.Settings.defaultBinaryCacheDir(), "crm", 0, true));
		Flyway.configure()
			.dataSource(server.jdbcUrl(), server.username(), "")
			.locations("classpath:db/migration", "classpath:db/demo")
			.load()
			.migrate();
		try (Connection crm = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Statement s = crm.createStatement()) {
			// the demo data has no audit rows: add some, in Chinese, with a field change
			s.executeUpdate("INSERT INTO audit_event (username, action, entity_type, entity_id, client_address) "
					+ "VALUES ('staff', 'UPDATE', 'project', 1, '10.0.0.8'), ('admin', 'LOGIN', 'app_user', 8, NULL)");
			s.executeUpdate("INSERT INTO audit_change (event_id, field, before_value, after_value) "
					+ "SELECT MIN(id), 'name', '旧名称', '新名称 ✓' FROM audit_event");
		}

		Path dump = Files.createDirectories(Path.of("target", "backup")).resolve("crm.sql");
		// docs/operations.md: mariadb-dump --single-transaction --routines --triggers ...
		run(List.of(server.program("mariadb-dump").toString(), "--skip-ssl", "-h127.0.0.1", "-P" + server.port(),
				"-u" + server.username(), "--single-transaction", "--routines", "--triggers",
				"--default-character-set=utf8mb4", "crm"), null, dump);
		String text = Files.readString(dump, StandardCharsets.UTF_8);
		assertThat(text).contains("CREATE TABLE `project`").contains("audit_event_no_update").contains("新名称 ✓");
		// docs/operations.md: the triggers' DEFINER is dropped (sed), so that any account
		// restores them; the embedded engine (no grant tables) even records an empty one
		Files.writeString(dump, withoutDefiner(text), StandardCharsets.UTF_8);

		String restoredUrl = server.jdbcUrl().replace("/crm?", "/crm_restored?");
		try (Connection root = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Statement s = root.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS crm_restored");
			s.execute("CREATE DATABASE crm_restored CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		run(List.of(server.program("mariadb").toString(), "--skip-ssl", "-h127.0.0.1", "-P" + server.port(),
				"-u" + server.username(), "--default-character-set=utf8mb4", "crm_restored"), dump, null);

		try (Connection original = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Connection restored = DriverManager.getConnection(restoredUrl, server.username(), "")) {
			Map<String, List<String>> before = everyRow(original);
			Map<String, List<String>> after = everyRow(restored);
			assertThat(after.keySet()).isEqualTo(before.keySet());
			assertThat(before.keySet()).contains("project", "investor", "audit_event", "audit_change", "plot",
					"flyway_schema_history");
			int rows = 0;
			for (String table : before.keySet()) {
				assertThat(after.get(table)).as(table).containsExactlyElementsOf(before.get(table));
				rows += before.get(table).size();
			}
			assertThat(rows).as("rows compared").isGreaterThan(300);
			org.slf4j.LoggerFactory.getLogger(BackupRestoreTest.class)
				.info("Restored dump: {} rows in {} tables, all equal", rows, before.size());
			assertThat(triggers(restored)).containsExactlyInAnyOrder("audit_change_no_delete", "audit_change_no_update",
					"audit_event_no_delete", "audit_event_no_update", "land_allocation_held_delete",
					"land_allocation_held_insert", "land_allocation_held_update", "plot_edit_version",
					"project_milestone_figures", "project_milestone_investor_industry", "project_milestone_reached",
					"project_stage_change_stay");
			try (Statement s = restored.createStatement()) {
				assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event")).isInstanceOf(SQLException.class)
					.hasMessageContaining("append-only");

			}
		}
	}

	/**
	 * What the sed in docs/operations.md does to the dump: drops the DEFINER comments.
	 */
	static String withoutDefiner(String dump) {
		return dump.replaceAll("/\\*!50017 DEFINER=[^*]*\\*/", "");
	}

	/** Every row of every table, each as text, in primary-key order. */
	private static Map<String, List<String>> everyRow(Connection connection) throws SQLException {
		Map<String, List<String>> tables = new TreeMap<>();
		List<String> names = new ArrayList<>();
		try (ResultSet rs = connection.getMetaData()
			.getTables(connection.getCatalog(), null, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				names.add(rs.getString("TABLE_NAME"));
			}
		}
		for (String table : names) {
			List<String> rows = new ArrayList<>();
			try (Statement s = connection.createStatement();
					ResultSet rs = s.executeQuery("SELECT * FROM `" + table + "` ORDER BY 1, 2")) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					StringBuilder row = new StringBuilder();
					for (int i = 1; i <= columns; i++) {
						row.append(rs.getString(i)).append('\u001f');
					}
					rows.add(row.toString());
				}
			}
			tables.put(table, rows);
		}
		return tables;
	}

	private static List<String> triggers(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery(
						"SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = DATABASE()")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

	private static void run(List<String> command, Path input, Path output) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
		if (input != null) {
			builder.redirectInput(input.toFile());
		}
		if (output != null) {
			builder.redirectOutput(output.toFile());
		}
		Process process = builder.start();
		String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: " + command.getFirst()).isTrue();
		assertThat(process.exitValue()).as(command.getFirst() + ": " + errors).isZero();
	}

}
