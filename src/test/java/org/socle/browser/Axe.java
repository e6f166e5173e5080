package org.socle.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core (from its npm package, as a webjar on the test class path: no CDN) injected
 * into the page under test, checking the WCAG 2.1 A and AA rules.
 */
public final class Axe {

	private static final String SCRIPT = load();

	private Axe() {
	}

	/**
	 * One rule broken on the page: its id, impact, help text and the elements concerned.
	 */
	public record Violation(String id, String impact, String help, List<String> targets) {

		public boolean seriousOrCritical() {
			return "serious".equals(this.impact) || "critical".equals(this.impact);
		}

		@Override
		public String toString() {
			return this.impact + " " + this.id + " (" + this.help + "): " + this.targets;
		}

	}

	@SuppressWarnings("unchecked")
	public static List<Violation> run(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(SCRIPT);
		List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
						  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
						    targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n').slice(1).join(' ')) }))))
						  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));""");
		return found.stream()
			.map((v) -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
					(List<String>) v.get("targets")))
			.toList();
	}

	private static String load() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		try (InputStream in = (path != null) ? Axe.class.getClassLoader().getResourceAsStream(path) : null) {
			if (in == null) {
				throw new IllegalStateException("axe-core not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
