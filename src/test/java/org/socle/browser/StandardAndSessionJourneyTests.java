package org.socle.browser;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's journeys 4 and 5: an administrator publishes a new version of the standard
 * that the next assessment uses; a manager cannot reach another organisation's records,
 * and an answer typed as the session ends is not lost.
 */
@SocleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("journey")
class StandardAndSessionJourneyTests {

	/** The indicator whose weight and level-4 threshold the new version changes. */
	private static final String CHANGED = "D1.C2.I1";

	@RegisterExtension
	final Browser browser = new Browser();

	@Autowired
	JourneyData data;

	@Autowired
	MessageSource messages;

	private Journey journey;

	@BeforeAll
	void startFrom() {
		this.journey = new Journey(this.browser, "fr", this.messages, Set.of());
	}

	@AfterEach
	void noProblemOnAnyPage() {
		List<String> problems = List.copyOf(this.journey.problems());
		this.journey.problems().clear();
		assertThat(problems).isEmpty();
	}

	@Test
	void anAdminPublishesANewVersionOfTheStandardThatTheNextAssessmentUses() {
		JourneyData.Start start = this.data.start("standard");
		Journey j = this.journey;
		j.logIn(this.data.admin());
		j.open("/standards/" + this.data.standardId());
		j.follow(By.cssSelector("a[href$='/new-version']"));
		j.type("standardVersion", "9.1");
		j.follow(By.cssSelector("form[action$='/new-version'] [type=submit]"));
		String editor = this.browser.driver().getCurrentUrl();
		assertThat(editor).matches(".*/admin/standards/\\d+/edit.*");
		long draft = Long.parseLong(editor.replaceAll(".*/admin/standards/(\\d+)/edit.*", "$1"));

		j.follow(By.cssSelector("[id='node-" + CHANGED + "'] a[href$='/edit']"));
		// each change is checked at once (the form comes back from the server); what is
		// typed while the check is on its way is kept, and checked in turn
		WebElement form = j.find("#indicator-form");
		this.browser.script("""
				const weight = document.getElementById('weight');
				weight.value = '3';
				weight.dispatchEvent(new Event('change', { bubbles: true }));
				document.getElementById('t4').value = '3';""");
		this.browser.waitLongUntil(ExpectedConditions.stalenessOf(form));
		this.browser.waitLongUntil((driver) -> "3".equals(j.find("#t4").getDomProperty("value")) ? true : null);
		assertThat(j.find("#weight").getDomProperty("value")).isEqualTo("3");
		j.follow(By.cssSelector("#indicator-form [type=submit]"));
		j.follow(By.cssSelector("#publish form [type=submit]"));
		assertThat(j.text(".alert-success")).isEqualTo(j.message("standard.published"));

		j.logIn(start.manager());
		j.open("/establishments/" + start.establishment().id() + "/assessments");
		j.follow(By.cssSelector("a[href*='/assessments/new'][href*='kind=SELF']"));
		j.choose("standardId", Long.toString(draft));
		j.follow(By.cssSelector("form[action$='/assessments'] [type=submit]"));
		assertThat(j.text("main")).contains("SOCLE-EPS 9.1");
		String changed = j.find("[id='ind-" + CHANGED + "']").getText();
		assertThat(changed).contains(j.message("standard.weight.value", 3)).containsPattern("niveau 4 : ≥ 3\\b");
	}

	@Test
	void aManagerGetsTheNotFoundPageForAnotherOrganisationsRecords() {
		JourneyData.Start start = this.data.start("boundary");
		long draft = this.data.draft(start);
		Journey j = this.journey;
		j.logIn(this.data.otherManager());
		long establishment = start.establishment().id();
		for (String path : new String[] { "/establishments/" + establishment,
				"/establishments/" + establishment + "/beneficiaries", "/assessments/" + draft,
				"/establishments/" + establishment + "/report" }) {
			j.open(path);
			assertThat(j.text("h1")).as(path).isEqualTo(j.message("error.404.title"));
		}
	}

	@Test
	void anAnswerTypedAsTheSessionEndsIsSavedAfterLoggingInAgain() {
		JourneyData.Start start = this.data.start("session");
		long draft = this.data.draft(start);
		Journey j = this.journey;
		j.logIn(start.manager());
		j.open("/assessments/" + draft);
		this.browser.script("document.querySelectorAll('details.domain-section').forEach(d => d.open = true)");
		Cookie session = this.browser.driver().manage().getCookieNamed("SESSION");
		assertThat(session).as("the session cookie").isNotNull();
		this.browser.driver().manage().deleteCookie(session);

		String typed = "Saisi au moment où la session a pris fin";
		j.find("#D1-C1-I2-comment").sendKeys(typed);
		this.browser.waitLongUntil(ExpectedConditions.urlContains("/login"));
		j.type("username", start.manager()).type("password", IdentityFixtures.PASSWORD);
		j.follow(By.cssSelector("form[action$='/login'] [type=submit]"));
		assertThat(this.browser.driver().getCurrentUrl()).contains("/assessments/" + draft);
		WebElement notice = j.find("#autosave-restored");
		assertThat(notice.isDisplayed()).isTrue();
		assertThat(j.find("#D1-C1-I2-comment").getDomProperty("value")).isEqualTo(typed);
		this.browser.waitLongUntil((d) -> (Boolean) this.browser.script("""
				const state = document.getElementById('autosave-state');
				return state.textContent === state.dataset.saved"""));

		j.open("/assessments/" + draft);
		assertThat(j.find("#D1-C1-I2-comment").getDomProperty("value")).isEqualTo(typed);
		assertThat(j.find("#autosave-restored").isDisplayed()).isFalse();
	}

}
