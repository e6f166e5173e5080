package org.socle.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.socle.identity.IdentityFixtures;

/**
 * A browser in front of a load balancer: one cookie jar for every node (cookies name a
 * host, not a port), so a session opened on one node is presented to the other. Redirects
 * are not followed, so that a test sees where it is sent ({@link Page#location()}). Forms
 * are posted with the CSRF token of the last page that had one, as a browser posts the
 * form of the page it shows.
 */
public final class Browser {

	static final String SESSION_COOKIE = "SESSION";

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(TIMEOUT)
		.build();

	private String csrfToken;

	Browser() {
	}

	/**
	 * Logs in on {@code node} with the fixtures' password; answers the page it lands on.
	 */
	public Page login(Node node, String username) {
		return login(node, username, IdentityFixtures.PASSWORD);
	}

	/**
	 * Fills in the login form of {@code node}; answers the page it lands on (whose CSRF
	 * token, new after the login, the next forms use).
	 */
	public Page login(Node node, String username, String password) {
		get(node, "/login");
		Page answer = postForm(node, "/login", Map.of("username", username, "password", password));
		if (!answer.isRedirect() || answer.location().contains("error")) {
			throw new IllegalStateException(username + " could not log in on " + node + ": " + answer);
		}
		return get(node, answer.location());
	}

	public Page get(Node node, String path) {
		return send(HttpRequest.newBuilder(node.uri(path)).GET());
	}

	/**
	 * Posts {@code fields} as a form to {@code path}, with the CSRF token of the last
	 * page seen (on either node: the token lives in the shared session).
	 */
	public Page postForm(Node node, String path, Map<String, String> fields) {
		if (this.csrfToken == null) {
			throw new IllegalStateException("Open a page with a form before posting one");
		}
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", this.csrfToken);
		String body = withToken.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(node.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Uploads {@code content} as the multipart field {@code file} to {@code path}, with
	 * the CSRF token of the last page seen in its header.
	 */
	public Page postFile(Node node, String path, String filename, byte[] content) {
		String boundary = "socle-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(node.uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", this.csrfToken)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))));
	}

	/** The value of the session cookie the browser holds; null when it holds none. */
	public String sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> SESSION_COOKIE.equals(cookie.getName()))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Page page = new Page(response);
			String token = page.csrfToken();
			if (token != null) {
				this.csrfToken = token;
			}
			return page;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
