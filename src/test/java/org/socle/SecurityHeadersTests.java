package org.socle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every response carries the security headers, error pages included (the 413 of an
 * oversize upload and the 400 of a malformed address are answered before Spring Security
 * runs, and are sent through the real server here); HSTS only over TLS.
 */
@SocleTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Test
	void pagesAndErrorPagesCarryTheHeaders() throws Exception {
		expectHeaders(this.mvc.perform(get("/login")).andExpect(status().isOk()));
		expectHeaders(this.mvc.perform(get("/establishments/999999999").with(user(this.identity.managerA())))
			.andExpect(status().isNotFound()));
		expectHeaders(this.mvc.perform(get("/admin/users").with(user(this.identity.managerA())))
			.andExpect(status().isForbidden()));
		this.mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
	}

	@Test
	void theServerErrorPageCarriesTheHeaders() throws Exception {
		this.identity.managerA();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=t-manager-a&password=" + IdentityFixtures.PASSWORD + "&_csrf=" + token.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> boom = browser.send(request(FailingTestController.BOOM).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(boom.statusCode()).isEqualTo(500);
		HttpHeaders headers = boom.headers();
		assertThat(headers.firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'"));
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(headers.firstValue("Permissions-Policy")).isPresent();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

	@Test
	void theRealServersErrorPagesCarryTheHeaders() throws IOException {
		String notFound = send("GET /css/no-such.css HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(notFound).startsWith("HTTP/1.1 404");
		expectHeaders(notFound);
		for (String query : new String[] { "q=%", "sort=%,asc", "q=%zz", "lang=%" }) {
			String badRequest = send("GET /login?" + query + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Connection: close\r\n\r\n");
			assertThat(badRequest).startsWith("HTTP/1.1 400").contains("Requête invalide");
			expectHeaders(badRequest);
		}
		String apiBadRequest = send("GET /api/v1/establishments?q=% HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept-Language: en\r\nConnection: close\r\n\r\n");
		assertThat(apiBadRequest).as("the API answers a problem detail, not the page")
			.startsWith("HTTP/1.1 400")
			.contains("application/problem+json")
			.contains("A parameter of the request is invalid.");
		expectHeaders(apiBadRequest);
		String boundary = "b0undary";
		String tooLarge = send("POST /admin/standards/import HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: 999999999\r\n"
				+ "Connection: close\r\n\r\n--" + boundary + "\r\n");
		assertThat(tooLarge).startsWith("HTTP/1.1 413");
		expectHeaders(tooLarge);
	}

	private static void expectHeaders(ResultActions result) throws Exception {
		result
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("camera=()")));
	}

	private static void expectHeaders(String response) {
		String head = response.substring(0, response.indexOf("\r\n\r\n"));
		assertThat(head).contains("Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff",
				"X-Frame-Options: DENY", "Referrer-Policy: same-origin", "Permissions-Policy: camera=()");
	}

	/**
	 * A raw request: java.net.URI refuses a malformed percent-encoding before sending.
	 */
	private String send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			// no more to send: the server answers at once instead of waiting for the rest
			// of
			// a body it was promised (the 413's Content-Length) until its time-out
			socket.shutdownOutput();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
	}

}
