package org.socle.shared.web;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Dates as every {@code @DateTimeFormat} field and request parameter receives them:
 * parsed as usual, then refused outside years 1 to 9999. Java's calendar runs a billion
 * years either way, PostgreSQL's and date arithmetic's do not: {@code -999999999-01-01}
 * would otherwise get past binding and fail deep inside a report. A refusal is a binding
 * error with the translated {@code typeMismatch.java.time.LocalDate} message on forms, a
 * 400 for request parameters. Registered after Spring's own factory, so it wins.
 */
public final class CalendarDates implements AnnotationFormatterFactory<DateTimeFormat> {

	private final Jsr310DateTimeFormatAnnotationFormatterFactory standard = new Jsr310DateTimeFormatAnnotationFormatterFactory();

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(LocalDate.class);
	}

	@Override
	public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
		return this.standard.getPrinter(annotation, fieldType);
	}

	@Override
	public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
		Parser<?> parser = this.standard.getParser(annotation, fieldType);
		return (text, locale) -> {
			LocalDate date = (LocalDate) parser.parse(text, locale);
			if (date.getYear() < 1 || date.getYear() > 9999) {
				throw new IllegalArgumentException("Date outside years 1 to 9999: " + text);
			}
			return date;
		};
	}

}
