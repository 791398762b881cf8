package cn.zhaoshang.crm.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

/** The embedded engine keeps its data across restarts and speaks utf8mb4. */
class EmbeddedMariaDbTest {

	private static final Path DATA = Path.of("target", "embedded-test");

	@Test
	void data_survives_a_restart_and_chinese_with_emoji_round_trips() throws Exception {
		var fresh = new EmbeddedMariaDb.Settings(DATA, EmbeddedMariaDb.Settings.defaultBinaryCacheDir(), "crm", 0,
				true);
		EmbeddedMariaDb first = EmbeddedMariaDb.start(fresh);
		try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), "");
				var s = c.createStatement()) {
			s.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(50))");
			s.execute("INSERT INTO note VALUES (1, '沧州经济开发区 🚗')");
		}
		first.stop();

		var again = new EmbeddedMariaDb.Settings(DATA, EmbeddedMariaDb.Settings.defaultBinaryCacheDir(), "crm", 0,
				false);
		long started = System.nanoTime();
		EmbeddedMariaDb second = EmbeddedMariaDb.start(again);
		long warmStartMillis = (System.nanoTime() - started) / 1_000_000;
		try (Connection c = DriverManager.getConnection(second.jdbcUrl(), second.username(), "");
				var s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT text FROM note WHERE id = 1")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("沧州经济开发区 🚗");
		}
		finally {
			second.stop();
		}
		System.out.println("embedded MariaDB warm start: " + warmStartMillis + " ms");
	}

	@Test
	void a_data_directory_under_the_temp_dir_is_not_taken_for_a_throw_away_one() {
		Path inTmp = Path.of(System.getProperty("java.io.tmpdir"), "crm-checkout", "data");
		Path spelled = EmbeddedMariaDb.outsideTmpSpelling(inTmp);
		assertThat(spelled.toString()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
		assertThat(spelled.toAbsolutePath().normalize()).isEqualTo(inTmp.toAbsolutePath().normalize());
	}

}
