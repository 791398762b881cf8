package cn.zhaoshang.crm.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhaoshang.crm.db.embedded.EmbeddedMariaDb;

/**
 * A fresh, empty database for one test class: on the server named by
 * {@code CRM_TEST_DB_URL} (a database of its own next to the one in the URL), or on a
 * fresh embedded MariaDB.
 */
record TestDatabase(String url, String user, String password) {

	private static final Pattern URL = Pattern.compile("(jdbc:[a-z]+://[^/]+/)([^?]*)(\\?.*)?");

	static TestDatabase fresh(String name) {
		String serverUrl = System.getenv("CRM_TEST_DB_URL");
		if (serverUrl == null || serverUrl.isBlank()) {
			EmbeddedMariaDb server = EmbeddedMariaDb
				.start(new EmbeddedMariaDb.Settings(Path.of("target", "test-" + name),
						EmbeddedMariaDb.Settings.defaultBinaryCacheDir(), name, 0, true));
			return new TestDatabase(server.jdbcUrl(), server.username(), "");
		}
		Matcher m = URL.matcher(serverUrl);
		if (!m.matches()) {
			throw new IllegalArgumentException("CRM_TEST_DB_URL is not a jdbc:mysql://host:port/db URL: " + serverUrl);
		}
		String user = envOr("CRM_TEST_DB_USER", "root");
		String password = envOr("CRM_TEST_DB_PASSWORD", "");
		String query = (m.group(3) != null) ? m.group(3) : "";
		String database = (m.group(2).isEmpty() ? "crm_test" : m.group(2)) + "_" + name;
		try (Connection c = DriverManager.getConnection(m.group(1) + query, user, password);
				var s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS `" + database + "`");
			s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The test database server at " + serverUrl + " is not reachable", ex);
		}
		return new TestDatabase(m.group(1) + database + query, user, password);
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
