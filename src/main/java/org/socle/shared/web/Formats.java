package org.socle.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

import org.socle.shared.crypto.FieldEncryption;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, amounts and authors as every page shows them, in one place: templates write
 * {@code ${@formats.date(value)}}, {@code ${@formats.dateTime(value)}},
 * {@code ${@formats.money(amount)}} or {@code ${@formats.actor(username)}}. Instants are
 * shown in Socle's time zone (the clock's), not the server's. {@code null} shows as an
 * empty string.
 * <p>
 * On right-to-left (Arabic) pages a date is wrapped in Unicode isolates (LRI … PDI), so
 * that "04/12/2026 18:30" keeps its order wherever it sits, in a sentence of a message
 * too; {@link #ltr(Object)} does the same for phone numbers, codes, coordinates and
 * signed numbers, {@link #isolate(Object)} for free text of either direction (a French
 * comment in an Arabic page).
 */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	/**
	 * Authors that are not people: start-up jobs and migrations ({@code system}) and the
	 * demo data loader ({@code demo-data}), shown by a translated label.
	 */
	private static final Map<String, String> TECHNICAL_ACTORS = Map.of("system", "actor.system", "demo-data",
			"actor.demoData");

	private final ZoneId zone;

	private final MessageSource messages;

	Formats(Clock clock, MessageSource messages) {
		this.zone = clock.getZone();
		this.messages = messages;
	}

	/**
	 * An amount in dirhams with two decimals, grouped the locale's way with Western
	 * digits ({@code 523 600,00 MAD} in French, {@code MAD 523,600.00} in English).
	 */
	public String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat number = NumberFormat.getNumberInstance(numbersLocale(locale));
		number.setMinimumFractionDigits(2);
		number.setMaximumFractionDigits(2);
		return this.messages.getMessage("money.amount", new Object[] { number.format(amount) }, locale);
	}

	/** Arabic pages use Moroccan grouping with Western digits, as the rest of Socle. */
	private static Locale numbersLocale(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar-MA-u-nu-latn") : locale;
	}

	/** Who did something: a person's username as is, a technical author by its label. */
	public String actor(String username) {
		String key = (username != null) ? TECHNICAL_ACTORS.get(username) : null;
		if (key == null) {
			return (username != null) ? username : "";
		}
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/**
	 * A decrypted value as is; one that could not be decrypted (tampered, or under a key
	 * no longer configured: see docs/security.md) as a translated "cannot be read".
	 */
	public String sensitive(String value) {
		return unreadable(value) ? this.messages.getMessage("crypto.unreadable", null, LocaleContextHolder.getLocale())
				: value;
	}

	/** Whether a value could not be decrypted (a form then says so next to the field). */
	public boolean unreadable(String value) {
		return FieldEncryption.isUnreadable(value);
	}

	/** Left-to-right isolate: the text inside keeps left-to-right order. */
	static final char LRI = '\u2066';

	/** First-strong isolate: the text inside takes the direction of its first letter. */
	static final char FSI = '\u2068';

	/** Pop directional isolate: ends LRI or FSI. */
	static final char PDI = '\u2069';

	public String date(TemporalAccessor value) {
		return ltr(format(value, DATE));
	}

	public String dateTime(TemporalAccessor value) {
		return ltr(format(value, DATE_TIME));
	}

	public String dateTimeSeconds(TemporalAccessor value) {
		return ltr(format(value, DATE_TIME_SECONDS));
	}

	/**
	 * The date and time without isolates, for documents (PDF) that lay out text
	 * themselves.
	 */
	public String plainDateTime(TemporalAccessor value) {
		return format(value, DATE_TIME);
	}

	/**
	 * A value read left to right (phone number, code, coordinates, signed number),
	 * isolated on right-to-left pages.
	 */
	public String ltr(Object value) {
		return wrap(value, LRI);
	}

	/**
	 * Free text isolated on right-to-left pages, in the direction of its first letter.
	 */
	public String isolate(Object value) {
		return wrap(value, FSI);
	}

	private static String wrap(Object value, char isolate) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.isEmpty() || !rightToLeft()) {
			return text;
		}
		return isolate + text + PDI;
	}

	private static boolean rightToLeft() {
		return "ar".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private String format(TemporalAccessor value, DateTimeFormatter formatter) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return formatter.format(instant.atZone(this.zone));
		}
		if (value instanceof LocalDate date && formatter != DATE) {
			return DATE.format(date);
		}
		if (value instanceof LocalDateTime || value instanceof LocalDate) {
			return formatter.format(value);
		}
		return formatter.withZone(this.zone).format(value);
	}

	/**
	 * A number as pages show it and as inputs are filled in: without trailing zeros ("4",
	 * not "4.0000"), with the page language's decimal separator (a comma in French, a
	 * point otherwise; Western digits everywhere). {@code null} shows as an empty string.
	 */
	public String decimal(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal plain = value.stripTrailingZeros();
		String text = ((plain.scale() < 0) ? plain.setScale(0) : plain).toPlainString();
		return "fr".equals(LocaleContextHolder.getLocale().getLanguage()) ? text.replace('.', ',') : text;
	}

	/**
	 * A typed number, whatever the language it was typed in: a comma or a point as the
	 * decimal separator, spaces (also non-breaking) as thousands separators.
	 * @throws NumberFormatException when the text is not a number
	 */
	public static BigDecimal parseDecimal(String text) {
		return new BigDecimal(text.replace(',', '.').replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
	}

}
