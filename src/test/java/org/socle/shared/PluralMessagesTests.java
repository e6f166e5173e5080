package org.socle.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts read naturally: plural forms are chosen by the number ({@code {0,choice,...}},
 * which Spring's MessageSource and Thymeleaf's {@code #{...}} format), never written
 * "brouillon(s)". Arabic has its dual and its two plurals (3 to 10, 11 and more).
 */
class PluralMessagesTests {

	private static final long[] COUNTS = { 0, 1, 2, 3, 10, 11, 100, 1234 };

	@ParameterizedTest
	@ValueSource(strings = { "", "_ar", "_en" })
	void noMessageWritesAPluralInBrackets(String suffix) throws IOException {
		Properties messages = load(suffix);
		assertThat(messages.entrySet())
			.filteredOn((e) -> e.getValue().toString().matches("(?s).*\\p{L}\\((s|es|x|ا|ات)\\).*"))
			.as("messages%s with a plural in brackets", suffix)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_ar", "_en" })
	void everyPluralFormatsForEveryCount(String suffix) throws IOException {
		Properties messages = load(suffix);
		Locale locale = suffix.isEmpty() ? Locale.FRENCH : Locale.forLanguageTag(suffix.substring(1));
		messages.forEach((key, value) -> {
			if (value.toString().contains(",choice,")) {
				for (long count : COUNTS) {
					Object[] args = new Object[4];
					Arrays.fill(args, count);
					String text = new MessageFormat(value.toString(), locale).format(args);
					assertThat(text).as("%s%s for %d", key, suffix, count).doesNotContain("{").doesNotContain("#");
				}
			}
		});
	}

	@Test
	void theFormAgreesWithTheCountInEachLanguage() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		assertThat(text(source, "fr", 0L)).isEqualTo("Aucune évaluation");
		assertThat(text(source, "fr", 1L)).isEqualTo("Une évaluation");
		assertThat(text(source, "fr", 12L)).isEqualTo("12 évaluations");
		assertThat(text(source, "en", 1L)).isEqualTo("One assessment");
		assertThat(text(source, "en", 2L)).isEqualTo("2 assessments");
		assertThat(text(source, "ar", 1L)).isEqualTo("تقييم واحد");
		assertThat(text(source, "ar", 2L)).isEqualTo("تقييمان");
		assertThat(text(source, "ar", 5L)).isEqualTo("5 تقييمات");
		assertThat(text(source, "ar", 11L)).isEqualTo("11 تقييما");
		assertThat(source.getMessage("home.assessments.drafts.text", new Object[] { 3L, 1L }, Locale.FRENCH))
			.isEqualTo("3 brouillons ou évaluations renvoyées, dont une renvoyée.");
		assertThat(source.getMessage("home.assessments.drafts.text", new Object[] { 1L, 0L }, Locale.FRENCH))
			.isEqualTo("Un brouillon ou une évaluation renvoyée.");
	}

	private static String text(ResourceBundleMessageSource source, String language, long count) {
		return source.getMessage("assessment.list.count", new Object[] { count },
				Locale.forLanguageTag("ar".equals(language) ? "ar-MA" : language));
	}

	private static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PluralMessagesTests.class.getClassLoader()
			.getResourceAsStream("i18n/messages" + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
