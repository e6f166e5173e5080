package org.socle;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser gets from the real server (container error dispatch and session handling
 * included): translated error pages that never show an exception, session fixation
 * protection, actuator access.
 */
@SocleTest
class BrowserTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	IdentityFixtures fixtures;

	HttpClient browser;

	@BeforeEach
	void newBrowser() {
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void wrongRoleGetsTheTranslated403Page() throws Exception {
		this.fixtures.managerA();
		logIn("t-manager-a");
		HttpResponse<String> response = get("/admin/users");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Accès refusé").doesNotContain("Exception", "at org.");
		assertThat(get("/admin/users?lang=en").body()).contains("Access denied");
	}

	@Test
	void unknownPageGetsTheTranslated404Page() throws Exception {
		this.fixtures.auditor();
		logIn("t-auditor");
		HttpResponse<String> response = get("/no/such/page?lang=ar");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("dir=\"rtl\"", "الصفحة غير موجودة").doesNotContain("Exception");
	}

	@Test
	void unexpectedFailureGetsThe500PageWithoutDetails() throws Exception {
		this.fixtures.auditor();
		logIn("t-auditor");
		HttpResponse<String> response = get(FailingTestController.BOOM);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Erreur inattendue")
			.doesNotContain(FailingTestController.SECRET, "IllegalStateException", "at org.");
	}

	@Test
	void concurrentChangeGetsThe409Page() throws Exception {
		this.fixtures.auditor();
		logIn("t-auditor");
		HttpResponse<String> response = get(FailingTestController.CONFLICT + "?lang=en");
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("Concurrent change").doesNotContain("StaleEditException");
	}

	@Test
	void healthIsPublicAndOtherEndpointsAreForAdmins() throws Exception {
		HttpResponse<String> health = get("/actuator/health", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		this.fixtures.auditor();
		logIn("t-auditor");
		assertThat(get("/actuator/info", "application/json").statusCode()).isEqualTo(403);
		newBrowser();
		this.fixtures.admin();
		logIn("t-admin");
		assertThat(get("/actuator/info", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void anUploadOverTheLimitGetsTheTranslated413Page() throws Exception {
		this.fixtures.admin();
		logIn("t-admin");
		byte[] body = new byte[13 * 1024 * 1024];
		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(uri("/admin/standards/import"))
			.header("Content-Type", "multipart/form-data; boundary=socle")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Fichier trop volumineux", "12 Mo").doesNotContain("Exception", "Tomcat");
	}

	@Test
	void loginChangesTheSessionId() throws Exception {
		this.fixtures.admin();
		get("/login");
		String before = sessionId();
		logIn("t-admin");
		assertThat(sessionId()).isNotNull().isNotEqualTo(before);
	}

	private String sessionId() {
		CookieManager cookies = (CookieManager) this.browser.cookieHandler().orElseThrow();
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private void logIn(String username) throws Exception {
		Matcher token = CSRF.matcher(get("/login").body());
		assertThat(token.find()).isTrue();
		String form = "username=" + username + "&password=" + IdentityFixtures.PASSWORD + "&_csrf=" + token.group(1);
		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return get(path, "text/html");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
