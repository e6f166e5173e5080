package org.socle.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.socle.SocleTest;
import org.socle.browser.MainPages.Page;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages in a real browser, in French and in Arabic: axe-core finds no serious or
 * critical accessibility problem, and at phone width nothing is wider than the screen (no
 * table scrolls sideways either: tables become cards). Codes read left to right in
 * Arabic.
 */
@SocleTest
class MainPagesBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	MainPages mainPages;

	@Test
	void axeFindsNoSeriousProblemOnTheMainPages() {
		List<String> problems = new ArrayList<>();
		visitEach((page, language) -> browser.accessibilityViolations()
			.stream()
			.filter(Axe.Violation::seriousOrCritical)
			.forEach((violation) -> problems.add(page + " [" + language + "] " + violation)));
		assertThat(problems).isEmpty();
	}

	@Test
	void noMainPageIsWiderThanAPhone() {
		List<String> problems = new ArrayList<>();
		browser.phone();
		try {
			visitEach((page, language) -> {
				long width = browser.pageWidth();
				if (width > Browser.PHONE_WIDTH) {
					problems.add(page + " [" + language + "] " + width + " px: " + browser.overflowingElements());
				}
				Object scrollingTables = browser
					.script("""
							return [...document.querySelectorAll('table')].filter(t => t.scrollWidth > t.parentElement.clientWidth + 1).length""");
				if (((Number) scrollingTables).intValue() > 0) {
					problems.add(page + " [" + language + "] " + scrollingTables + " table(s) scroll sideways");
				}
			});
		}
		finally {
			browser.desktop();
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void onAPhoneTheEstablishmentTabsAreAMenu() {
		browser.logIn("t-manager-a").phone();
		try {
			browser.open(this.mainPages.path("overview"));
			assertThat(browser.driver().findElement(By.cssSelector(".establishment-tabs .nav-tabs")).isDisplayed())
				.isFalse();
			WebElement menu = browser.driver().findElement(By.cssSelector(".establishment-tabs .dropdown-toggle"));
			menu.click();
			WebElement services = browser.waitUntil(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector(".establishment-tabs .dropdown-menu a[href$='/services']")));
			services.click();
			browser.waitUntil(ExpectedConditions.urlContains("/services"));
		}
		finally {
			browser.desktop();
		}
	}

	@Test
	void inArabicCodesReadLeftToRightApartFromTheText() {
		browser.logIn("t-manager-a").open(this.mainPages.path("assessment form") + "?lang=ar");
		WebElement code = browser.driver().findElement(By.cssSelector(".indicator-card .font-monospace"));
		assertThat(code.getCssValue("direction")).isEqualTo("ltr");
		assertThat(code.getCssValue("unicode-bidi")).isEqualTo("isolate");
	}

	private void visitEach(Visit visit) {
		String user = "";
		for (Page page : this.mainPages.all()) {
			if (!Objects.equals(page.user(), user)) {
				user = page.user();
				if (user == null) {
					browser.driver().manage().deleteAllCookies();
				}
				else {
					browser.logIn(user);
				}
			}
			for (String language : List.of("fr", "ar")) {
				browser.open(page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + language);
				visit.on(page, language);
			}
		}
	}

	@FunctionalInterface
	private interface Visit {

		void on(Page page, String language);

	}

}
