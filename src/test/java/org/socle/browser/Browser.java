package org.socle.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socle.identity.IdentityFixtures;

import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * A real Chromium (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver},
 * never a downloaded one) driving the application of a {@code @SocleTest} class on its
 * random port. One headless browser per test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * </pre>
 *
 * Waits are explicit (no sleeps). When a test fails, the page is saved as
 * {@code target/browser-screenshots/<class>.<test>.png} (and {@code .html}). The
 * browser's and driver's paths can be changed with the system properties
 * {@code socle.browser.binary} and {@code socle.browser.driver}.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

	/** The phone width the pages must fit (an iPhone 12 to 15: 390 × 844). */
	public static final int PHONE_WIDTH = 390;

	private static final int PHONE_HEIGHT = 844;

	private static final Duration WAIT = Duration.ofSeconds(10);

	/** For what takes long on a loaded machine: a PDF rendered, many answers saved. */
	private static final Duration LONG_WAIT = Duration.ofSeconds(45);

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private ChromeDriver driver;

	private String baseUrl;

	private Path downloads;

	@Override
	public void beforeAll(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		this.baseUrl = "http://localhost:" + port;
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(
					Path.of(System.getProperty("socle.browser.driver", "/usr/bin/chromedriver")).toFile())
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("socle.browser.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1280,1000", "--lang=fr-FR");
		try {
			this.downloads = Files.createTempDirectory("socle-downloads");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// files are saved without asking, PDFs too (not opened in the viewer)
		options.setExperimentalOption("prefs", Map.of("download.default_directory", this.downloads.toString(),
				"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		this.driver = new ChromeDriver(service, options);
		this.driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", this.downloads.toString()));
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.downloads != null) {
			FileSystemUtils.deleteRecursively(this.downloads);
		}
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		try {
			String name = context.getRequiredTestClass().getSimpleName() + "."
					+ context.getRequiredTestMethod().getName();
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
			Files.writeString(SCREENSHOTS.resolve(name + ".html"), this.driver.getPageSource());
		}
		catch (IOException | RuntimeException ex) {
			failure.addSuppressed(ex);
		}
		throw failure;
	}

	/** The driver itself, for what the helpers below don't cover. */
	public WebDriver driver() {
		return this.driver;
	}

	/** Opens a path of the application and waits until the page is loaded. */
	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		waitUntil((d) -> "complete".equals(script("return document.readyState")));
		return this;
	}

	/**
	 * Logs out whoever was logged in, then logs {@code username} in (fixture password).
	 */
	public Browser logIn(String username) {
		return logIn(username, "fr");
	}

	/**
	 * Logs out whoever was logged in, then logs {@code username} in (fixture password) on
	 * the login page in {@code language}, which stays the language of the next pages.
	 */
	public Browser logIn(String username, String language) {
		this.driver.manage().deleteAllCookies();
		open("/login?lang=" + language);
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
		this.driver.findElement(By.cssSelector("form[action$='/login'] [type=submit]")).click();
		waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		return this;
	}

	/**
	 * Renders the next pages as a phone does: 390 CSS pixels wide, touch, mobile
	 * viewport.
	 */
	public Browser phone() {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
		return this;
	}

	/** Back to the desktop window. */
	public Browser desktop() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		return this;
	}

	/**
	 * The width of the whole page in CSS pixels: more than the screen means sideways
	 * scrolling.
	 */
	public long pageWidth() {
		return ((Number) script("return document.documentElement.scrollWidth")).longValue();
	}

	/**
	 * The elements sticking out past the right edge of the screen, to say why a page is
	 * too wide.
	 */
	@SuppressWarnings("unchecked")
	public List<String> overflowingElements() {
		return (List<String>) script(
				"""
						const w = document.documentElement.clientWidth, out = [];
						for (const el of document.body.querySelectorAll('*')) {
						  const r = el.getBoundingClientRect();
						  if (r.width > 0 && (r.right > w + 1 || r.left < -1) && !el.closest('.visually-hidden, .collapse:not(.show)')) {
						    const parentOut = el.parentElement && (() => { const p = el.parentElement.getBoundingClientRect();
						      return p.right > w + 1 || p.left < -1; })();
						    if (!parentOut) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
						      + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
						      + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']');
						  }
						}
						return out.slice(0, 10);""");
	}

	/** axe-core's findings on the current page. */
	public List<Axe.Violation> accessibilityViolations() {
		return Axe.run(this.driver);
	}

	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	public <T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, WAIT).until(condition);
	}

	/** Waits longer: for what a loaded machine may take a while to do. */
	public <T> T waitLongUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, LONG_WAIT).until(condition);
	}

	/**
	 * Does what starts a download (a click), then waits until the file has fully arrived.
	 * @return the file downloaded
	 */
	public Path download(Runnable action) throws IOException {
		FileSystemUtils.deleteRecursively(this.downloads);
		Files.createDirectories(this.downloads);
		action.run();
		return waitLongUntil((d) -> {
			try (Stream<Path> files = Files.list(this.downloads)) {
				List<Path> all = files.toList();
				boolean partial = all.stream().anyMatch((f) -> f.toString().endsWith(".crdownload"));
				return partial ? null : all.stream().filter((f) -> f.toFile().length() > 0).findFirst().orElse(null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Saves what the window shows as {@code <name>.png} in the folder named by the system
	 * property {@code socle.screenshots} (the README's pictures:
	 * {@code -Dsocle.screenshots=docs/screenshots}); nothing without it.
	 */
	public void screenshot(String name) throws IOException {
		String folder = System.getProperty("socle.screenshots", "");
		if (!folder.isBlank()) {
			Files.createDirectories(Path.of(folder));
			Files.write(Path.of(folder, name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
	}

}
