package org.socle.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every notice type has its title and text in every language: a missing one would not
 * fail the notice (the generic text stands in, see {@code NoticeTexts}), so this test has
 * to.
 */
class NoticeMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "_ar", "_en" })
	void everyNoticeTypeHasATitleAndATextInEveryLanguage(String suffix) throws IOException {
		Properties messages = load("i18n/messages" + suffix + ".properties");
		Set<String> missing = new TreeSet<>();
		for (NoticeType type : NoticeType.values()) {
			for (String part : new String[] { "title", "text" }) {
				String key = "notification." + type + "." + part;
				String value = messages.getProperty(key);
				if (value == null || value.isBlank()) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).as("missing in messages%s.properties", suffix).isEmpty();
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = NoticeMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
