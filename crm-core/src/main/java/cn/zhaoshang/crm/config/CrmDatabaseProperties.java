package cn.zhaoshang.crm.config;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code crm.db.*}: with {@code url} set (env {@code CRM_DB_URL}) the CRM uses that MySQL
 * 8+/MariaDB 10.11+ server; without it, it starts the embedded MariaDB.
 *
 * @param url JDBC URL of an external server ({@code CRM_DB_URL}), blank for embedded
 * @param user its user ({@code CRM_DB_USER})
 * @param password its password ({@code CRM_DB_PASSWORD})
 * @param embedded where and how the embedded engine runs
 */
@ConfigurationProperties("crm.db")
public record CrmDatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password,
		Embedded embedded) {

	public CrmDatabaseProperties {
		if (embedded == null) {
			embedded = new Embedded(null, null, null, 0, false);
		}
	}

	public boolean isEmbedded() {
		return this.url == null || this.url.isBlank();
	}

	/**
	 * @param dataDir the data directory ({@code ./data} by default)
	 * @param binaryCacheDir where the MariaDB binaries are unpacked once
	 * @param database schema name
	 * @param port fixed port, or 0 for a free one
	 * @param fresh wipe the data directory at start (tests)
	 */
	public record Embedded(@Nullable Path dataDir, @Nullable Path binaryCacheDir, @Nullable String database, int port,
			boolean fresh) {

		public Path dataDirOrDefault() {
			return (this.dataDir != null) ? this.dataDir : Path.of("data");
		}

		public String databaseOrDefault() {
			return (this.database != null) ? this.database : "crm";
		}

	}

}
