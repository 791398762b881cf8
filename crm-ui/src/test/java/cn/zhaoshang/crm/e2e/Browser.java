package cn.zhaoshang.crm.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, through Debian's chromedriver) with a fresh profile
 * and its own download directory, 1440×900 like the guide's screenshots.
 */
final class Browser implements AutoCloseable {

	static final int WIDTH = 1440;

	static final int HEIGHT = 900;

	static final Duration TIMEOUT = Duration.ofSeconds(20);

	/** True when no Vaadin client is waiting for the server. */
	private static final String VAADIN_IDLE = """
			if (document.readyState !== 'complete') return false;
			const flow = window.Vaadin && window.Vaadin.Flow;
			if (!flow || !flow.clients) return false;
			if (!Object.values(flow.clients).every(c => !c.isActive || !c.isActive())) return false;
			// overlays (dialogs, menus) still animating in or out; the loading bar
			return document.querySelector('[opening], [closing], vaadin-connection-indicator[loading]') === null;
			""";

	/**
	 * Rows in display order; each row is its cells' text (header and footer excluded).
	 */
	private static final String GRID_ROWS = """
			const grid = arguments[0];
			const rows = [...grid.shadowRoot.querySelectorAll('#items [part~="row"]')]
			  .filter(r => !r.hidden && r.index !== undefined && r.index < grid.size)
			  .sort((a, b) => a.index - b.index);
			return rows.map(r => [...r.querySelectorAll('[part~="cell"]')].map(td => {
			  const slot = td.querySelector('slot');
			  const content = slot && slot.assignedElements()[0];
			  return content ? content.innerText.trim() : '';
			}));
			""";

	/**
	 * Selenium warns at every start that it has no DevTools classes for this Chromium;
	 * the suite uses plain WebDriver only. (Held here: JUL keeps loggers weakly.)
	 */
	private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

	static {
		SELENIUM_LOG.setLevel(Level.SEVERE);
	}

	final WebDriver driver;

	private final Path profile;

	private final Path downloads;

	Browser() {
		try {
			this.profile = Files.createTempDirectory(E2E.workDir(), "chromium-");
			this.downloads = Files.createDirectories(this.profile.resolveSibling(this.profile.getFileName() + "-dl"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(E2E.chromium());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--user-data-dir=" + this.profile, "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars");
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", this.downloads.toString(), "download.prompt_for_download", false,
						"download.directory_upgrade", true, "safebrowsing.enabled", false));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(E2E.chromedriver()))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(TIMEOUT);
		fitViewport();
	}

	/**
	 * Headless Chromium counts its (invisible) toolbar in the window size: grow the
	 * window until the page itself is 1440×900.
	 */
	private void fitViewport() {
		this.driver.get("about:blank");
		List<?> inner = (List<?>) js("return [window.innerWidth, window.innerHeight]");
		int width = WIDTH + (WIDTH - ((Number) inner.get(0)).intValue());
		int height = HEIGHT + (HEIGHT - ((Number) inner.get(1)).intValue());
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	void open(String url) {
		this.driver.get(url);
		waitForVaadin();
	}

	/** Waits until the page is loaded and Vaadin has no request under way. */
	void waitForVaadin() {
		wait("Vaadin still busy").until(d -> Boolean.TRUE.equals(js(VAADIN_IDLE)));
	}

	/** A wait that retries while the page is being replaced (reload, navigation). */
	private WebDriverWait wait(String message) {
		WebDriverWait wait = new WebDriverWait(this.driver, TIMEOUT);
		wait.withMessage(message).ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class);
		return wait;
	}

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	WebElement find(By by) {
		return wait("no element " + by).until(d -> {
			List<WebElement> found = d.findElements(by);
			return found.isEmpty() ? null : found.get(0);
		});
	}

	/** Waits until the condition holds (each try after Vaadin went idle). */
	<T> T await(String what, Supplier<T> condition) {
		return wait(what).until(d -> {
			waitForVaadin();
			T value = condition.get();
			return (Boolean.FALSE.equals(value)) ? null : value;
		});
	}

	WebElement byId(String id) {
		return find(By.id(id));
	}

	/** A Vaadin component's text as the user reads it. */
	String text(String id) {
		waitForVaadin();
		return String.valueOf(js("return arguments[0].innerText", byId(id))).strip();
	}

	boolean exists(String id) {
		waitForVaadin();
		return !this.driver.findElements(By.id(id)).isEmpty();
	}

	/** False for a Vaadin component with the disabled attribute. */
	boolean enabled(String id) {
		waitForVaadin();
		return byId(id).getDomAttribute("disabled") == null;
	}

	void click(String id) {
		click(byId(id));
	}

	void click(WebElement element) {
		waitForVaadin();
		wait("not clickable: " + element).until(d -> element.isDisplayed() && element.isEnabled());
		reveal(element);
		element.click();
		waitForVaadin();
	}

	/**
	 * Types into a text, number, date, area or combo field the way a user does and leaves
	 * it, so Vaadin sends the value.
	 */
	void type(String id, String text) {
		WebElement input = byId(id).findElement(By.cssSelector("input, textarea"));
		waitForVaadin();
		reveal(input);
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		input.sendKeys(text);
		js("arguments[0].blur()", input);
		waitForVaadin();
	}

	/**
	 * Opens a combo box, types to filter and picks the item that reads exactly
	 * {@code label}.
	 */
	void choose(String id, String label) {
		WebElement combo = byId(id);
		WebElement input = combo.findElement(By.cssSelector("input"));
		waitForVaadin();
		reveal(input);
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		input.sendKeys(label);
		WebElement item = await("item '" + label + "' in " + id,
				() -> combo.findElements(By.cssSelector("vaadin-combo-box-item"))
					.stream()
					.filter(i -> i.isDisplayed() && i.getText().strip().equals(label))
					.findFirst()
					.orElse(null));
		item.click();
		waitForVaadin();
		js("arguments[0].blur()", input);
		waitForVaadin();
	}

	/** Opens a select (drop-down) and picks the item that reads exactly {@code label}. */
	void select(String id, String label) {
		// WebDriver counts neither the field nor its button as displayed: open it as a
		// click does, then click the item like a user
		WebElement select = byId(id);
		waitForVaadin();
		reveal(select);
		js("arguments[0].opened = true", select);
		WebElement item = await("item '" + label + "' in " + id,
				() -> this.driver.findElements(By.cssSelector("vaadin-select-item"))
					.stream()
					.filter(i -> i.isDisplayed() && i.getText().strip().equals(label))
					.findFirst()
					.orElse(null));
		item.click();
		waitForVaadin();
	}

	/** The JSON option a chart (crm-echart) was given, as the browser holds it. */
	String chartOption(String id) {
		waitForVaadin();
		return String.valueOf(js("return arguments[0].option", byId(id)));
	}

	/** The rows a grid shows (rendered rows, in order), each as its cells' texts. */
	@SuppressWarnings("unchecked")
	List<List<String>> gridRows(String id) {
		WebElement grid = byId(id);
		await("grid " + id + " loaded",
				() -> Boolean.FALSE.equals(js("return arguments[0].hasAttribute('loading')", grid)));
		return (List<List<String>>) js(GRID_ROWS, grid);
	}

	/** The number of rows the grid holds (also those not rendered yet). */
	long gridSize(String id) {
		WebElement grid = byId(id);
		waitForVaadin();
		return ((Number) js("return arguments[0].size ?? arguments[0].items?.length ?? 0", grid)).longValue();
	}

	/** Clicks the first cell that reads {@code text} (a row click in Vaadin). */
	void clickCell(String gridId, String text) {
		WebElement grid = byId(gridId);
		WebElement cell = await("cell '" + text + "' in " + gridId,
				() -> grid.findElements(By.cssSelector("vaadin-grid-cell-content"))
					.stream()
					.filter(c -> c.getText().strip().equals(text))
					.findFirst()
					.orElse(null));
		click(cell);
	}

	/** A grid's column headings. */
	@SuppressWarnings("unchecked")
	List<String> gridHeaders(String id) {
		waitForVaadin();
		return (List<String>) js("""
				return [...arguments[0].shadowRoot.querySelectorAll('thead [part~="cell"]')].map(td => {
				  const slot = td.querySelector('slot');
				  const content = slot && slot.assignedElements()[0];
				  return content ? content.innerText.trim() : '';
				});
				""", byId(id));
	}

	/** The side menu's entries as routes ("" is the home page), in order. */
	List<String> menuRoutes() {
		waitForVaadin();
		return this.driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item"))
			.stream()
			.map(item -> String.valueOf(item.getDomAttribute("path")))
			.toList();
	}

	/** The side menu's entries as the user reads them. */
	List<String> menuLabels() {
		waitForVaadin();
		return this.driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item"))
			.stream()
			.map(item -> String.valueOf(js("return arguments[0].innerText", item)).strip())
			.toList();
	}

	/** All text of an element including its shadow DOM (e.g. the login form's error). */
	String deepText(WebElement element) {
		waitForVaadin();
		return String.valueOf(
				js("""
						const walk = node => {
						  let text = node.shadowRoot ? walk(node.shadowRoot) : '';
						  for (const child of node.childNodes) {
						    if (child.nodeType === Node.TEXT_NODE) text += child.textContent + ' ';
						    else if (child.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT'].includes(child.tagName)) text += walk(child);
						  }
						  return text;
						};
						return walk(arguments[0]).replace(/\\s+/g, ' ');
						""",
						element));
	}

	/** The page's visible text (outside shadow roots), for "the user reads …" checks. */
	String pageText() {
		waitForVaadin();
		return String.valueOf(js("return document.body.innerText"));
	}

	/** The error message a field shows under itself, or "" when it shows none. */
	String errorOf(String id) {
		waitForVaadin();
		WebElement field = byId(id);
		if (field.getDomAttribute("invalid") == null) {
			return "";
		}
		String script = "const e = arguments[0].querySelector('[slot=error-message]'); return e ? e.innerText.trim() : ''";
		return String.valueOf(js(script, field));
	}

	/** The texts of the notifications on screen. */
	@SuppressWarnings("unchecked")
	List<String> notifications() {
		waitForVaadin();
		return (List<String>) js(
				"return [...document.querySelectorAll('vaadin-notification-card')]" + ".map(c => c.innerText.trim())");
	}

	/** Closes the open dialog the way a user does, with Escape. */
	void closeDialog() {
		waitForVaadin();
		new Actions(this.driver).sendKeys(Keys.ESCAPE).perform();
		await("dialog closed", () -> this.driver.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
	}

	/**
	 * HTML5 drag and drop. ChromeDriver cannot drag natively, so the browser gets the
	 * events a real drag fires, in order, sharing one DataTransfer; Vaadin's own drag and
	 * drop handles them as a user's.
	 */
	void dragAndDrop(WebElement source, WebElement target) {
		waitForVaadin();
		js("""
				window.__e2eDrag = new DataTransfer();
				arguments[0].dispatchEvent(new DragEvent('dragstart',
				    {bubbles: true, cancelable: true, composed: true, dataTransfer: window.__e2eDrag}));
				""", source);
		waitForVaadin();
		js("""
				const [source, target] = arguments;
				const fire = (element, type) => element.dispatchEvent(new DragEvent(type,
				    {bubbles: true, cancelable: true, composed: true, dataTransfer: window.__e2eDrag}));
				fire(target, 'dragenter');
				fire(target, 'dragover');
				fire(target, 'drop');
				fire(source, 'dragend');
				""", source, target);
		waitForVaadin();
	}

	/** Scrolls the element into the middle of its scrolling container (dialogs too). */
	void reveal(WebElement element) {
		js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
	}

	String currentPath() {
		return (String) js("return window.location.pathname");
	}

	/** The viewport as PNG. */
	void screenshot(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Files downloaded so far (Chromium writes *.crdownload until a file is done). */
	List<Path> downloads() {
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteQuietly(this.profile);
			deleteQuietly(this.downloads);
		}
	}

	private static void deleteQuietly(Path dir) {
		try (Stream<Path> all = Files.walk(dir)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover profile under target/ does no harm
		}
	}

}
