package cn.zhaoshang.crm.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The suite's settings, as system properties (the e2e profile in crm-ui/pom.xml sets
 * them): where the browser, the jar and the screenshots are.
 */
final class E2E {

	/** The demo accounts' password (crm-db's R__demo_data.sql). */
	static final String DEMO_PASSWORD = "Cangzhou@2026";

	private E2E() {
	}

	static String chromium() {
		return System.getProperty("e2e.chromium", "/usr/bin/chromium");
	}

	static String chromedriver() {
		return System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
	}

	/** Scratch space: the app's data directory and log, downloads, failure shots. */
	static Path workDir() {
		return directory(System.getProperty("e2e.work", "target/e2e"));
	}

	/** The user guide's images: docs/images unless -De2e.screenshots says otherwise. */
	static Path screenshotDir() {
		return directory(System.getProperty("e2e.screenshots", "../docs/images"));
	}

	static Path directory(String path) {
		try {
			return Files.createDirectories(Path.of(path).toAbsolutePath().normalize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
