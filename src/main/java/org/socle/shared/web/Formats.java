package org.socle.shared.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as every page shows them, in one place: templates write
 * {@code ${@formats.date(value)}} or {@code ${@formats.dateTime(value)}}. Instants are
 * shown in Socle's time zone (the clock's), not the server's. {@code null} shows as an
 * empty string.
 */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private final ZoneId zone;

	Formats(Clock clock) {
		this.zone = clock.getZone();
	}

	public String date(TemporalAccessor value) {
		return format(value, DATE);
	}

	public String dateTime(TemporalAccessor value) {
		return format(value, DATE_TIME);
	}

	public String dateTimeSeconds(TemporalAccessor value) {
		return format(value, DATE_TIME_SECONDS);
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
