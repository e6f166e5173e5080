package org.socle.config;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL stops under a running Socle (through the real server, a logged-in user):
 * pages answer the translated 503 page with the security headers and no detail, readiness
 * says DOWN and liveness UP; when PostgreSQL is back, Socle serves again without a
 * restart. A transaction cut by the fault leaves none of its rows.
 */
class DatabaseFaultTests extends OwnDatabaseServersTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void whileTheDatabaseIsUnreachablePagesAnswerATranslated503AndReadinessIsDown() throws Exception {
		this.identity.managerA();
		HttpClient browser = loggedIn("t-manager-a");
		primary.stop();
		try {
			HttpResponse<String> french = send(browser, "/establishments");
			assertThat(french.statusCode()).isEqualTo(503);
			assertThat(french.body()).contains("Service momentanément indisponible")
				.doesNotContain("Exception", "at org.", "PSQL", "HikariPool", "localhost:" + primary.port());
			assertThat(french.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(french.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			HttpResponse<String> arabic = send(browser, "/establishments?lang=ar");
			assertThat(arabic.statusCode()).isEqualTo(503);
			assertThat(arabic.body()).contains("dir=\"rtl\"", "الخدمة غير متاحة مؤقتا");
			HttpResponse<String> english = send(browser, "/establishments?lang=en");
			assertThat(english.statusCode()).isEqualTo(503);
			assertThat(english.body()).contains("Service temporarily unavailable");
			// probed as an orchestrator does: without a session cookie
			HttpClient orchestrator = HttpClient.newHttpClient();
			HttpResponse<String> readiness = send(orchestrator, "/actuator/health/readiness", "application/json");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("DOWN");
			HttpResponse<String> liveness = send(orchestrator, "/actuator/health/liveness", "application/json");
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(liveness.body()).contains("UP");
		}
		finally {
			primary.start();
		}
		eventually(Duration.ofSeconds(10),
				() -> assertThat(send(browser, "/establishments").statusCode()).isEqualTo(200));
		assertThat(send(HttpClient.newHttpClient(), "/actuator/health/readiness", "application/json").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aTransactionCutByTheFaultLeavesNoneOfItsRowsAndACommittedOneKeepsThemAll() throws Exception {
		eventually(Duration.ofSeconds(10), () -> organisations("Cut Org %"));
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		List<String> sent = new ArrayList<>();
		assertThatThrownBy(() -> transaction.executeWithoutResult((status) -> {
			addOrganisation("Cut Org 1");
			addOrganisation("Cut Org 2");
			sent.add("two rows");
			primary.stop();
			addOrganisation("Cut Org 3");
		})).isInstanceOfAny(DataAccessException.class, TransactionException.class);
		assertThat(sent).containsExactly("two rows");
		primary.start();
		eventually(Duration.ofSeconds(10), () -> assertThat(organisations("Cut Org %")).isZero());

		transaction.executeWithoutResult((status) -> {
			addOrganisation("Whole Org 1");
			addOrganisation("Whole Org 2");
			addOrganisation("Whole Org 3");
		});
		primary.stop();
		primary.start();
		eventually(Duration.ofSeconds(10), () -> assertThat(organisations("Whole Org %")).isEqualTo(3));
	}

	private void addOrganisation(String name) {
		this.jdbc.update("INSERT INTO organisation (name, created_at, updated_at) VALUES (?, now(), now())", name);
	}

	private long organisations(String namePattern) {
		return this.jdbc.queryForObject("SELECT count(*) FROM organisation WHERE name LIKE ?", Long.class, namePattern);
	}

	private HttpClient loggedIn(String username) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(send(browser, "/login").body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> login = browser
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						"username=" + username + "&password=" + IdentityFixtures.PASSWORD + "&_csrf=" + token.group(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
		return browser;
	}

	private HttpResponse<String> send(HttpClient browser, String path) throws Exception {
		return send(browser, path, "text/html");
	}

	private HttpResponse<String> send(HttpClient browser, String path, String accept) throws Exception {
		return browser.send(request(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
