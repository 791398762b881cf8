package cn.zhaoshang.crm.config;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether the database can be reached. The UI asks it to tell "the database is away" (one
 * clear state, retried in the background) from an ordinary error, and to notice when it
 * is back; the connection pool reconnects by itself, no restart needed.
 */
@Component
public class DatabaseStatus {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStatus.class);

	private final DataSource dataSource;

	private final AtomicBoolean down = new AtomicBoolean();

	public DatabaseStatus(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Asks the database now (a pooled connection, validated): true when it answers. Logs
	 * the change when the state flips.
	 */
	public boolean probe() {
		// a pooled connection may have died with the old server: evict it and ask again
		for (int attempt = 0; attempt < 3; attempt++) {
			try (Connection connection = this.dataSource.getConnection()) {
				if (connection.isValid(2)) {
					if (this.down.compareAndSet(true, false)) {
						log.info("The database is reachable again");
					}
					return true;
				}
				evict(connection);
			}
			catch (SQLException | RuntimeException ex) {
				markDown(ex);
				return false;
			}
		}
		markDown(new SQLException("no valid connection"));
		return false;
	}

	private void evict(Connection connection) throws SQLException {
		if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
			this.dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
		}
	}

	/** The last thing known: false after an outage was seen and not yet probed away. */
	public boolean isAvailable() {
		return !this.down.get();
	}

	/** Records an outage seen by a caller (e.g. a failed click). */
	public void markDown(Throwable cause) {
		if (this.down.compareAndSet(false, true)) {
			log.warn("The database is not reachable: {}", rootMessage(cause));
		}
	}

	/**
	 * Whether {@code error} means "no connection to the database" rather than a bug or a
	 * broken rule: the pool timed out, the connection was refused or lost.
	 */
	public static boolean isOutage(@Nullable Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException || t instanceof RecoverableDataAccessException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLRecoverableException || t instanceof ConnectException) {
				return true;
			}
			// SQLState class 08: connection exception (e.g. the pool's "Connection is
			// closed")
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			// Connector/J's "Communications link failure" (by name: no compile-time
			// driver)
			if (t.getClass().getName().endsWith("CommunicationsException")) {
				return true;
			}
			// a rollback that failed because the connection was gone hides the original
			if (t instanceof TransactionSystemException failed && failed.getApplicationException() != null
					&& failed.getApplicationException() != t && isOutage(failed.getApplicationException())) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
