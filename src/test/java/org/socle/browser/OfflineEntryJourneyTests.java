package org.socle.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: services recorded on a phone without a connection reach the server once each,
 * and those it refuses wait on the device with its reason. The network is cut for real (a
 * {@link Relay} in front of the server, for the service worker) and emulated offline for
 * the page through the DevTools protocol (its requests, and {@code navigator.onLine} with
 * its events).
 */
@SocleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("journey")
class OfflineEntryJourneyTests {

	private static final String MANAGER = "offline-manager";

	@RegisterExtension
	final Browser browser = new Browser();

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Value("${local.server.port}")
	int port;

	private Relay relay;

	private long establishment;

	private final List<Long> people = new ArrayList<>();

	@BeforeEach
	void start() {
		long organisation = this.identity.organisation("Association Hors Ligne");
		this.identity.user(MANAGER, Role.MANAGER, organisation);
		this.establishment = this.establishments.establishment("Foyer Rural " + System.nanoTime(), organisation).id();
		this.people.clear();
		for (String[] name : new String[][] { { "Amal", "Benali" }, { "Driss", "Chafik" }, { "Hind", "Ouazzani" } }) {
			this.people.add(this.beneficiaries.beneficiary(this.establishment, name[1])
				.firstName(name[0])
				.admitted(today().minusDays(30), null, null)
				.create());
		}
		// its own origin per test: a fresh service worker and IndexedDB
		this.relay = new Relay(this.port);
	}

	@AfterEach
	void stop() {
		network(true);
		this.relay.close();
	}

	@Test
	void servicesRecordedOfflineAreSavedOnceEachWhenTheConnectionReturns() throws Exception {
		logInAndKeepThePageOnTheDevice("fr");

		network(false);
		driver().navigate().refresh();
		waitUntilReady();
		assertThat(driver().findElements(By.cssSelector("#present-list input"))).hasSize(3);
		record("PSYCHOSOCIAL", 3);
		this.browser.screenshot("offline-entry-waiting");

		// closed and opened again, still offline: from the service worker's cache, the
		// queue still there
		String entry = driver().getCurrentUrl();
		String old = driver().getWindowHandle();
		driver().switchTo().newWindow(WindowType.TAB);
		String reopened = driver().getWindowHandle();
		driver().switchTo().window(old).close();
		driver().switchTo().window(reopened);
		network(false);
		driver().get(entry);
		waitUntilReady();
		this.browser.waitUntil((d) -> "3".equals(text("#offline-waiting-count")));
		assertThat(servicesPerPerson()).isEmpty();

		network(true);
		click(By.id("offline-sync"));
		this.browser.waitLongUntil((d) -> "0".equals(text("#offline-waiting-count")));
		assertThat(servicesPerPerson()).containsOnlyKeys(this.people)
			.allSatisfy((person, count) -> assertThat(count).isOne());

		// sent again (a lost answer, another tab): nothing more
		click(By.id("offline-sync"));
		driver().navigate().refresh();
		waitUntilReady();
		assertThat(servicesPerPerson()).values().containsOnly(1L);
	}

	@Test
	void aRecordTheServerRefusesWaitsWithItsReasonAndTheOthersAreSaved() throws Exception {
		this.browser.phone();
		try {
			logInAndKeepThePageOnTheDevice("ar");
			network(false);
			driver().navigate().refresh();
			waitUntilReady();
			record("HEALTH_CHECK", 3);
			// meanwhile, at the establishment, Driss leaves (yesterday): his service of
			// today is refused
			this.jdbc.update("update beneficiary_stay set discharge_date = ?, discharge_reason = 'AUTONOMY' "
					+ "where beneficiary_id = ?", today().minusDays(1), this.people.get(1));

			network(true);
			click(By.id("offline-sync"));
			this.browser.waitLongUntil((d) -> "0".equals(text("#offline-waiting-count")));
			this.browser.waitUntil((d) -> "1".equals(text("#offline-attention-count")));
			// each lookup is fresh: the list is drawn again after every sync (the
			// "online"
			// event starts one too), which would leave a kept element stale
			assertThat(text("#offline-attention li")).contains("Driss").contains(message("care.notPresent", "ar"));
			assertThat(servicesPerPerson()).containsOnlyKeys(this.people.get(0), this.people.get(2));
			assertThat(text("#offline-indicator [data-attention] bdi")).isEqualTo("1");

			assertThat(this.browser.script("return document.documentElement.dir")).isEqualTo("rtl");
			assertThat(this.browser.pageWidth()).as(this.browser.overflowingElements().toString())
				.isLessThanOrEqualTo(Browser.PHONE_WIDTH);
			assertThat(this.browser.accessibilityViolations()).filteredOn(Axe.Violation::seriousOrCritical).isEmpty();
			this.browser.screenshot("offline-needs-attention-ar-phone");

			// discarding asks first: cancelled, the record stays; confirmed, it goes
			String discard = "#offline-attention li button.btn-outline-danger";
			this.browser.script("document.querySelector(arguments[0]).click()", discard);
			Alert confirm = this.browser.waitUntil(ExpectedConditions.alertIsPresent());
			assertThat(confirm.getText()).isEqualTo(message("offline.discardConfirm", "ar"));
			confirm.dismiss();
			assertThat(text("#offline-attention-count")).isEqualTo("1");
			this.browser.script("document.querySelector(arguments[0]).click()", discard);
			this.browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
			this.browser.waitUntil((d) -> driver().findElements(By.cssSelector("#offline-attention li")).isEmpty());
			assertThat(servicesPerPerson()).containsOnlyKeys(this.people.get(0), this.people.get(2));
		}
		finally {
			this.browser.desktop();
		}
	}

	@Test
	void recordsWaitWhenTheSessionHasEndedAndAreSentOnceEachAfterLoggingInAgain() {
		logInAndKeepThePageOnTheDevice("fr");
		network(false);
		record("PSYCHOSOCIAL", 3);
		// 30 minutes without a request, or the server restarted: the session is gone, and
		// the CSRF token the device keeps with it
		this.jdbc.update("delete from spring_session where principal_name = ?", MANAGER);

		network(true);
		click(By.id("offline-sync"));
		this.browser.waitUntil((d) -> !d.findElements(By.id("offline-log-in")).isEmpty());
		assertThat(text("#offline-notice")).startsWith(message("offline.loginAgain", "fr"));
		assertThat(text("#offline-waiting-count")).isEqualTo("3");
		assertThat(text("#offline-attention-count")).isEqualTo("0");
		assertThat(servicesPerPerson()).isEmpty();

		// the prompt's link comes back to this page through the login
		assertThat(this.browser.script("return document.getElementById('offline-log-in').pathname"))
			.isEqualTo(offlinePage());

		// logged in again (to the home page): its page gives the device the new session's
		// CSRF token, and sends what waits
		driver().get(this.relay.origin() + "/login");
		logIn(MANAGER);
		this.browser.waitLongUntil((d) -> servicesPerPerson().size() == 3);
		driver().get(this.relay.origin() + offlinePage());
		waitUntilReady();
		this.browser.waitUntil((d) -> "0".equals(text("#offline-waiting-count")));
		assertThat(text("#offline-attention-count")).isEqualTo("0");
		assertThat(servicesPerPerson()).containsOnlyKeys(this.people)
			.allSatisfy((person, count) -> assertThat(count).isOne());
	}

	@Test
	void loggingOutWipesTheDevice() {
		logInAndKeepThePageOnTheDevice("fr");
		assertThat(text("#offline-last-sync")).isNotEqualTo(message("offline.never", "fr"))
			.contains(String.valueOf(today().getYear()));
		assertThat(device()).containsEntry("user", MANAGER)
			.containsEntry("establishments", 1L)
			.containsEntry("page", true);

		this.browser.script("document.querySelector('form[data-logout] [type=submit]').click()");
		this.browser.waitLongUntil((d) -> d.getCurrentUrl().contains("/login?logout"));
		assertThat(device()).containsEntry("stored", false).containsEntry("page", false);
	}

	@Test
	void anotherUserLoggingInOnTheSameBrowserWipesTheFirstUsersData() {
		logInAndKeepThePageOnTheDevice("fr");
		network(false);
		record("PSYCHOSOCIAL", 1);

		// the phone passes to someone else (here an auditor, who has no offline entry)
		driver().manage().deleteAllCookies();
		network(true);
		driver().get(this.relay.origin() + "/login");
		logIn(this.identity.auditor().getUsername());
		this.browser.waitLongUntil((d) -> Boolean.FALSE.equals(device().get("stored")));
		assertThat(device()).containsEntry("page", false);
		assertThat(servicesPerPerson()).isEmpty();
	}

	@Test
	void afterTheConfiguredDaysWithoutLoginTheServiceWorkerWipesTheDevice() {
		logInAndKeepThePageOnTheDevice("fr");
		network(false);
		record("PSYCHOSOCIAL", 2);
		// the phone left in a drawer: the last login seen is 8 days old (max-days is 7)
		async("""
				idb.openDB('socle-offline').then(async (db) => {
				  await db.put('meta', Date.now() - 8 * 24 * 3600 * 1000, 'lastLogin');
				  db.close();
				  done(true);
				});""");
		// the browser starts the service worker again, for a request of the page (still
		// offline): the worker checks first
		((HasCdp) driver()).executeCdpCommand("ServiceWorker.enable", Map.of());
		((HasCdp) driver()).executeCdpCommand("ServiceWorker.stopAllWorkers", Map.of());
		async("fetch('/css/socle.css').then(() => done(true), () => done(false))");
		this.browser.waitLongUntil((d) -> forgotten(device()));
		this.browser.waitUntil((d) -> "0".equals(text("#offline-waiting-count")));
	}

	/**
	 * Logs in through the relay, opens the offline entry once online and waits until the
	 * device holds the people present and the page is in the cache.
	 */
	private void logInAndKeepThePageOnTheDevice(String language) {
		driver().manage().deleteAllCookies();
		driver().get(this.relay.origin() + "/login?lang=" + language);
		logIn(MANAGER);
		driver().get(this.relay.origin() + offlinePage());
		waitUntilReady();
		this.browser.waitLongUntil((d) -> Boolean.TRUE.equals(async("""
				navigator.serviceWorker.ready
				  .then(() => caches.match(location.pathname))
				  .then((page) => done(!!page && !!navigator.serviceWorker.controller), () => done(false));""")));
	}

	private String offlinePage() {
		return "/establishments/" + this.establishment + "/services/offline";
	}

	/** Fills the login form the browser shows, and waits until it is gone. */
	private void logIn(String username) {
		driver().findElement(By.id("username")).sendKeys(username);
		driver().findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
		driver().findElement(By.cssSelector("form[action$='/login'] [type=submit]")).click();
		this.browser.waitUntil((d) -> !d.getCurrentUrl().contains("/login"));
	}

	/** Records a service of {@code type} for the first {@code people} present. */
	private void record(String type, int people) {
		new Select(driver().findElement(By.id("offline-type"))).selectByValue(type);
		driver().findElements(By.cssSelector("#present-list input"))
			.subList(0, people)
			.forEach((box) -> this.browser.script("arguments[0].click()", box));
		driver().findElement(By.cssSelector("#offline-form [type=submit]")).click();
		this.browser.waitUntil((d) -> String.valueOf(people).equals(text("#offline-waiting-count")));
		assertThat(servicesPerPerson()).isEmpty();
	}

	/**
	 * Clicks wherever the element is on the page (a phone's screen shows a part of it).
	 */
	private void click(By element) {
		this.browser.script("arguments[0].click()", driver().findElement(element));
	}

	private void waitUntilReady() {
		this.browser.waitLongUntil((d) -> "true".equals(this.browser
			.script("const e = document.getElementById('offline-entry'); return e && e.dataset.ready")));
	}

	/**
	 * Online or offline for the page (DevTools) and for its service worker (the relay).
	 */
	private void network(boolean online) {
		if (online) {
			this.relay.restore();
		}
		else {
			this.relay.cut();
		}
		Map<String, Object> conditions = Map.of("offline", !online, "latency", 0, "downloadThroughput", -1,
				"uploadThroughput", -1);
		HasCdp cdp = (HasCdp) driver();
		cdp.executeCdpCommand("Network.enable", Map.of());
		// the page's requests fail; and navigator.onLine follows (with its online/offline
		// events)
		cdp.executeCdpCommand("Network.emulateNetworkConditions", conditions);
		cdp.executeCdpCommand("Network.overrideNetworkState", conditions);
	}

	/**
	 * What the device keeps, read from IndexedDB and Cache Storage without creating
	 * anything: whether the database is there ({@code stored}), its user and counts, and
	 * whether the offline page is cached ({@code page}).
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> device() {
		return (Map<String, Object>) async("""
				(async () => {
				  const page = !!(await caches.match('%s'));
				  if (!(await indexedDB.databases()).some((d) => d.name === 'socle-offline')) {
				    return { stored: false, page };
				  }
				  const db = await idb.openDB('socle-offline');
				  const state = { stored: true, page, user: (await db.get('meta', 'user')) || null,
				    establishments: await db.count('establishments'), records: await db.count('records') };
				  db.close();
				  return state;
				})().then(done, (e) => done({ error: String(e) }));""".formatted(offlinePage()));
	}

	/**
	 * Nothing of the user's left: no database (or an empty one a page opened again since)
	 * and no page kept.
	 */
	private static boolean forgotten(Map<String, Object> device) {
		boolean empty = Boolean.FALSE.equals(device.get("stored"))
				|| (device.get("user") == null && Long.valueOf(0).equals(device.get("establishments"))
						&& Long.valueOf(0).equals(device.get("records")));
		return empty && Boolean.FALSE.equals(device.get("page"));
	}

	private Map<Long, Long> servicesPerPerson() {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.query("select beneficiary_id, count(*) from care_record where establishment_id = ? group by 1",
				(rs) -> {
					counts.put(rs.getLong(1), rs.getLong(2));
				}, this.establishment);
		return counts;
	}

	private Object async(String script) {
		return ((JavascriptExecutor) driver())
			.executeAsyncScript("const done = arguments[arguments.length - 1];\n" + script);
	}

	private String text(String selector) {
		return (String) this.browser
			.script("const e = document.querySelector(arguments[0]); return e && e.textContent.trim()", selector);
	}

	private String message(String key, String language) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

	private WebDriver driver() {
		return this.browser.driver();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
