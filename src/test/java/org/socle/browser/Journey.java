package org.socle.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.context.MessageSource;

/**
 * A person going through the application in one language. Every page reached through it
 * is checked on arrival: axe-core finds no serious or critical problem, and in Arabic the
 * page is right to left and holds no untranslated word. What is found is gathered, so
 * that a journey goes to its end and reports every page at once ({@link #problems()}).
 */
final class Journey {

	/**
	 * Latin words an Arabic page may hold: the standard's and files' names, acronyms of
	 * Moroccan schemes.
	 */
	private static final Set<String> LATIN_ALLOWED = Set.of("socle", "eps", "pdf", "csv", "xlsx", "json", "excel",
			"amo", "rsu", "cnss", "cndh", "odbl", "morocco", "map", "totp");

	private final Browser browser;

	private final String language;

	private final MessageSource messages;

	private final Set<String> names;

	private final List<String> problems = new ArrayList<>();

	/**
	 * @param names words of the test data (people, establishments) that are written in
	 * Latin letters in every language
	 */
	Journey(Browser browser, String language, MessageSource messages, Set<String> names) {
		this.browser = browser;
		this.language = language;
		this.messages = messages;
		this.names = names;
	}

	String language() {
		return this.language;
	}

	boolean arabic() {
		return "ar".equals(this.language);
	}

	/** A message of the application in the journey's language. */
	String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag(this.language));
	}

	Journey logIn(String username) {
		this.browser.logIn(username, this.language);
		return arrived();
	}

	/** Opens a path of the application and checks the page. */
	Journey open(String path) {
		this.browser.open(path);
		return arrived();
	}

	/**
	 * Clicks what leads to another page (a link, a form's button: the first one shown)
	 * and checks that page.
	 */
	Journey follow(By target) {
		return follow(this.browser.driver()
			.findElements(target)
			.stream()
			.filter((element) -> (Boolean) this.browser.script("return arguments[0].checkVisibility()", element))
			.findFirst()
			.orElseThrow(() -> new AssertionError("nothing shown to click: " + target)));
	}

	Journey follow(WebElement target) {
		WebElement page = this.browser.driver().findElement(By.tagName("html"));
		click(target);
		this.browser.waitLongUntil(ExpectedConditions.stalenessOf(page));
		this.browser.waitUntil((d) -> "complete".equals(this.browser.script("return document.readyState")));
		return arrived();
	}

	/**
	 * Clicks an element brought to the middle of the window at once (Bootstrap scrolls
	 * smoothly: a click computed during the scroll misses).
	 */
	Journey click(WebElement target) {
		for (int attempt = 1;; attempt++) {
			this.browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
			try {
				target.click();
				return this;
			}
			catch (ElementClickInterceptedException ex) {
				// the page moved in between (parts replaced by the autosave): bring it
				// back
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	WebElement find(String css) {
		return this.browser.driver().findElement(By.cssSelector(css));
	}

	String text(String css) {
		return find(css).getText().strip();
	}

	/** Types into a field (cleared first). */
	Journey type(String id, String value) {
		WebElement field = this.browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/** Sets a date field (ISO date), as the date picker would. */
	Journey date(String id, String isoDate) {
		this.browser.script("""
				const field = document.getElementById(arguments[0]);
				field.value = arguments[1];
				field.dispatchEvent(new Event('input', { bubbles: true }));
				field.dispatchEvent(new Event('change', { bubbles: true }));""", id, isoDate);
		return this;
	}

	/** Chooses an option of a select by its value. */
	Journey choose(String id, String value) {
		new Select(this.browser.driver().findElement(By.id(id))).selectByValue(value);
		return this;
	}

	/** Chooses the first real option of a select (not the empty "choose" one). */
	Journey chooseFirst(String id) {
		Select select = new Select(this.browser.driver().findElement(By.id(id)));
		select.getOptions()
			.stream()
			.filter((option) -> !option.getAttribute("value").isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("nothing to choose in #" + id))
			.click();
		return this;
	}

	/** What was found on the pages so far (the test asserts it is empty). */
	List<String> problems() {
		return this.problems;
	}

	private Journey arrived() {
		String where = this.browser.driver().getCurrentUrl() + " [" + this.language + "]";
		this.browser.accessibilityViolations()
			.stream()
			.filter(Axe.Violation::seriousOrCritical)
			.forEach((violation) -> this.problems.add(where + " " + violation));
		if (arabic()) {
			Object direction = this.browser.script("return document.documentElement.dir");
			if (!"rtl".equals(direction)) {
				this.problems.add(where + " dir=" + direction);
			}
			List<String> untranslated = latinWords().stream()
				.filter((word) -> !LATIN_ALLOWED.contains(word.toLowerCase(Locale.ROOT))
						&& !this.names.contains(word.toLowerCase(Locale.ROOT)))
				.distinct()
				.toList();
			if (!untranslated.isEmpty()) {
				this.problems.add(where + " untranslated: " + untranslated);
			}
		}
		return this;
	}

	/**
	 * The words of four Latin letters or more in the visible text, leaving out what is
	 * marked as another language (the standard's text not yet translated says so) and
	 * codes.
	 */
	@SuppressWarnings("unchecked")
	private List<String> latinWords() {
		return (List<String>) this.browser.script("""
				const words = [];
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				  const el = node.parentElement;
				  if (!el || el.closest('script, style, code, .font-monospace, [lang]:not([lang^="ar"])')) continue;
				  if (!el.checkVisibility()) continue;
				  for (const m of node.textContent.matchAll(/[A-Za-zÀ-ÿ]{4,}/g)) words.push(m[0]);
				}
				return words;""");
	}

}
