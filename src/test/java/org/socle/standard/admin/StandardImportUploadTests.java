package org.socle.standard.admin;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import file above the 2 MB of the format but below the server's 10 MB upload limit,
 * sent to the real server as a browser does (multipart parsing by the container, not
 * MockMvc): the import page answers with the translated size message.
 */
@SocleTest
class StandardImportUploadTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	IdentityFixtures fixtures;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aFileOfFiveMegabytesGetsTheTranslatedSizeMessage() throws Exception {
		this.fixtures.admin();
		logIn("t-admin");
		byte[] json = ("{\"format\": \"socle-standard/1\", \"x\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}")
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> arabic = upload("/admin/standards/import?lang=ar", "big.json", json);
		assertThat(arabic.statusCode()).isEqualTo(200);
		assertThat(arabic.body()).contains("لم يُستورد أي شيء: خطأ واحد في big.json.",
				"الملف كبير جدا: 2 ميغابايت على الأكثر.");
		HttpResponse<String> english = upload("/admin/standards/import?lang=en", "big.json", json);
		assertThat(english.body()).contains("Nothing was imported: one error in big.json.",
				"File too large: 2 MB at most.");
	}

	private HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
		Matcher token = CSRF.matcher(get("/admin/standards/import"));
		assertThat(token.find()).isTrue();
		String boundary = "socle-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/json\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void logIn(String username) throws Exception {
		Matcher token = CSRF.matcher(get("/login"));
		assertThat(token.find()).isTrue();
		String form = "username=" + username + "&password=" + IdentityFixtures.PASSWORD + "&_csrf=" + token.group(1);
		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
	}

	private String get(String path) throws Exception {
		return this.browser
			.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
