package org.socle.identity.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password users set must be (docs/security.md, "Accounts"): at least
 * {@value #MIN_LENGTH} characters and not one of the 10,000 most common passwords, nor
 * one of them followed by digits or symbols ("dragon2024!"). No composition rules: a
 * sentence of ordinary words is a good password. The length is checked by {@code @Size}
 * on the forms, the list by {@link NotCommonPassword}.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 100;

	static final String LIST = "security/common-passwords.txt";

	private static final Pattern TRAILING_DIGITS_AND_SYMBOLS = Pattern.compile("[\\d\\p{Punct}\\s]+$");

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** Whether the password is (or merely extends) a common one, ignoring case. */
	boolean isCommon(String password) {
		String lower = password.strip().toLowerCase(Locale.ROOT);
		String base = TRAILING_DIGITS_AND_SYMBOLS.matcher(lower).replaceFirst("");
		return this.common.contains(lower) || (base.length() >= 4 && this.common.contains(base));
	}

	private static Set<String> load() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.strip().toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + LIST, ex);
		}
	}

}
