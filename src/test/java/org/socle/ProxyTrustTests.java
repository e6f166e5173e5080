package org.socle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS reverse proxy ({@code server.forward-headers-strategy=native}), Socle
 * believes {@code X-Forwarded-Proto: https} and {@code X-Forwarded-For} only from the
 * trusted proxies ({@code server.tomcat.remoteip.internal-proxies}, loopback
 * {@code 127.0.0.1} by default): then HSTS is sent and the session and CSRF cookies are
 * {@code Secure}, and the client address is the forwarded one. From any other address the
 * headers are ignored. Through the real server (Tomcat's RemoteIpValve; MockMvc has
 * none), the untrusted caller being another loopback address, {@code 127.0.0.2}.
 */
@DeploymentSettingsTest
class ProxyTrustTests {

	private static final String TRUSTED = "127.0.0.1";

	private static final String UNTRUSTED = "127.0.0.2";

	private static final String PROXIED = "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.7\r\n";

	@LocalServerPort
	int port;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTrustedProxySayingHttpsGetsHstsAndSecureCookies() throws IOException {
		String response = logIn(TRUSTED);
		assertThat(head(response)).contains("Strict-Transport-Security: max-age=31536000 ; includeSubDomains");
		assertThat(sessionCookie(response)).contains("HttpOnly").containsIgnoringCase("Secure");
		assertThat(lastLoginAddress()).as("the client behind the proxy").isEqualTo("203.0.113.7");
	}

	@Test
	void anyOtherAddressSayingHttpsIsNotBelieved() throws IOException {
		String response = logIn(UNTRUSTED);
		assertThat(head(response)).doesNotContain("Strict-Transport-Security");
		assertThat(sessionCookie(response)).contains("HttpOnly").doesNotContainIgnoringCase("Secure");
		assertThat(lastLoginAddress()).as("the caller itself").isEqualTo(UNTRUSTED);
	}

	/**
	 * Shows the login page, then logs in as a manager, both with the proxy's headers,
	 * from {@code from}; returns the login's response.
	 */
	private String logIn(String from) throws IOException {
		this.identity.managerA();
		String page = send(from, "GET /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n" + PROXIED
				+ "Connection: close\r\n\r\n");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		Matcher cookie = Pattern.compile("Set-Cookie: ((?:socle-csrf|SESSION)=[^;]+)").matcher(page);
		assertThat(token.find() && cookie.find()).as("login page with its CSRF token").isTrue();
		String body = "username=t-manager-a&password="
				+ URLEncoder.encode(IdentityFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		String response = send(from,
				"POST /login HTTP/1.1\r\nHost: localhost\r\n" + PROXIED + "Cookie: " + cookie.group(1) + "\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
						+ "\r\nConnection: close\r\n\r\n" + body);
		assertThat(response).startsWith("HTTP/1.1 302");
		assertThat(head(response)).contains("Location: ").doesNotContain("error");
		return response;
	}

	private static String head(String response) {
		return response.substring(0, response.indexOf("\r\n\r\n"));
	}

	private static String sessionCookie(String response) {
		Matcher cookie = Pattern.compile("Set-Cookie: (SESSION=[^\r\n]+)").matcher(head(response));
		assertThat(cookie.find()).as("a session cookie").isTrue();
		return cookie.group(1);
	}

	private String lastLoginAddress() {
		return this.jdbc.queryForObject("""
				select address from security_event where username = 't-manager-a' and kind = 'LOGIN_SUCCEEDED'
				order by id desc limit 1""", String.class);
	}

	/** A raw request from the local address {@code from} (every 127.x is loopback). */
	private String send(String from, String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			socket.shutdownOutput();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
	}

}
