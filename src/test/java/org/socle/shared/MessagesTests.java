package org.socle.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language has every key, and every key a template uses exists.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern PROPERTY_KEY = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]");

	/**
	 * Literal keys in {@code #{key}} and {@code #{key(args)}}; dynamic keys are skipped.
	 */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*[\\w])[}(]");

	@ParameterizedTest
	@ValueSource(strings = { "ar", "en" })
	void everyLocaleHasEveryKeyOfTheBaseFile(String locale) throws IOException {
		Properties base = load("i18n/messages.properties");
		Properties translated = load("i18n/messages_" + locale + ".properties");
		assertThat(translated.stringPropertyNames()).as("keys missing in messages_%s", locale)
			.containsAll(base.stringPropertyNames());
		assertThat(base.stringPropertyNames()).as("keys only in messages_%s", locale)
			.containsAll(translated.stringPropertyNames());
		translated.forEach((key, value) -> assertThat(value.toString()).as("empty %s in %s", key, locale).isNotBlank());
	}

	/**
	 * A key written twice silently keeps its last value (e.g. after a line-wise merge).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "_ar", "_en" })
	void noKeyIsDefinedTwice(String suffix) throws IOException {
		Set<String> seen = new TreeSet<>();
		Set<String> twice = new TreeSet<>();
		try (InputStream in = MessagesTests.class.getClassLoader()
			.getResourceAsStream("i18n/messages" + suffix + ".properties")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				Matcher key = PROPERTY_KEY.matcher(line);
				if (key.find() && !seen.add(key.group(1))) {
					twice.add(key.group(1));
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void everyKeyUsedByATemplateExists() throws IOException {
		Properties base = load("i18n/messages.properties");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!base.containsKey(matcher.group(1))) {
						missing.add(TEMPLATES.relativize(file) + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
