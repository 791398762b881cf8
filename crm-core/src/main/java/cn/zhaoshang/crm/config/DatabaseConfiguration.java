package cn.zhaoshang.crm.config;

import javax.sql.DataSource;

import cn.zhaoshang.crm.db.embedded.EmbeddedMariaDb;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource of the CRM: the embedded MariaDB unless {@code CRM_DB_URL} names a
 * server. Flyway migrates it at start; demo data is added only where it is enabled
 * ({@code crm.demo.enabled}, default: on for the embedded engine, never for a server).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrmDatabaseProperties.class)
public class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	/**
	 * The embedded server, when there is no CRM_DB_URL (a bean so that tests can stop and
	 * restart it).
	 */
	@Bean
	@Conditional(EmbeddedDatabaseCondition.class)
	EmbeddedMariaDb embeddedMariaDb(CrmDatabaseProperties properties) {
		return EmbeddedMariaDb.start(embeddedSettings(properties.embedded()));
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(CrmDatabaseProperties properties, ObjectProvider<EmbeddedMariaDb> embedded) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("crm");
		// fail a click within seconds when the database is away (Hikari waits 30 s by
		// default); the UI then shows "database unavailable" and retries in the
		// background
		dataSource.setConnectionTimeout(3_000);
		dataSource.setValidationTimeout(2_000);
		// jOOQ emulates MULTISET with GROUP_CONCAT on MySQL; the default 1 KB limit would
		// cut it
		dataSource.setConnectionInitSql("SET SESSION group_concat_max_len = 16777216");
		// Connector/J settings HikariCP recommends for MySQL: keep parsed statements and
		// result metadata per connection, and do not ask the server for session state the
		// driver already knows (autocommit toggles around every transaction cost a round
		// trip each otherwise); measured on the list page, docs/performance.md
		dataSource.addDataSourceProperty("cachePrepStmts", "true");
		dataSource.addDataSourceProperty("prepStmtCacheSize", "250");
		dataSource.addDataSourceProperty("prepStmtCacheSqlLimit", "8192");
		dataSource.addDataSourceProperty("cacheResultSetMetadata", "true");
		dataSource.addDataSourceProperty("cacheServerConfiguration", "true");
		dataSource.addDataSourceProperty("useLocalSessionState", "true");
		dataSource.addDataSourceProperty("elideSetAutoCommits", "true");
		dataSource.addDataSourceProperty("maintainTimeStats", "false");
		// read-only transactions stay read-only for Spring and the code, without two SET
		// SESSION TRANSACTION round trips each (InnoDB assigns no transaction id to a
		// transaction that does not write anyway)
		dataSource.addDataSourceProperty("readOnlyPropagatesToServer", "false");
		if (properties.isEmbedded()) {
			EmbeddedMariaDb server = embedded.getObject();
			dataSource.setJdbcUrl(server.jdbcUrl());
			dataSource.setUsername(server.username());
			dataSource.setPassword("");
		}
		else {
			log.info("Using the database at {}", properties.url());
			dataSource.setJdbcUrl(properties.url());
			dataSource.setUsername(properties.user());
			dataSource.setPassword(properties.password());
		}
		return dataSource;
	}

	@Bean
	FlywayConfigurationCustomizer demoDataLocation(CrmDatabaseProperties properties,
			@Value("${crm.demo.enabled:}") String demoEnabled) {
		boolean demo = demoEnabled(properties, demoEnabled);
		return configuration -> {
			if (demo) {
				log.info("Demo data enabled (classpath:db/demo)");
				configuration.locations("classpath:db/migration", "classpath:db/demo");
			}
		};
	}

	/**
	 * The session variable is set once per connection (above), not around every query.
	 */
	@Bean
	DefaultConfigurationCustomizer jooqSettings() {
		return configuration -> configuration.settings().withRenderGroupConcatMaxLenSessionVariable(false);
	}

	static EmbeddedMariaDb.Settings embeddedSettings(CrmDatabaseProperties.Embedded embedded) {
		return new EmbeddedMariaDb.Settings(embedded.dataDirOrDefault(),
				(embedded.binaryCacheDir() != null) ? embedded.binaryCacheDir()
						: EmbeddedMariaDb.Settings.defaultBinaryCacheDir(),
				embedded.databaseOrDefault(), embedded.port(), embedded.fresh());
	}

	/** Whether the demo data and demo accounts are on (see {@link #demoDataLocation}). */
	public static boolean demoEnabled(CrmDatabaseProperties properties, String demoEnabledSetting) {
		return demoEnabledSetting.isBlank() ? properties.isEmbedded() : Boolean.parseBoolean(demoEnabledSetting);
	}

}
