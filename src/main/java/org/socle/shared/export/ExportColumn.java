package org.socle.shared.export;

import java.util.List;
import java.util.function.Function;

/**
 * One column of an export: the message key of its header (translated in the user's
 * language, with its arguments if any), the kind of its cells, and the function reading a
 * cell from a row. Built through {@link ExportColumns}.
 *
 * @param <T> the row type
 * @param headerArguments the arguments of the header's message (a domain's code and
 * title), usually none
 */
public record ExportColumn<T>(String headerKey, List<?> headerArguments, Kind kind, Function<? super T, ?> value) {

	/** What a column's cells hold, which decides how each format writes them. */
	public enum Kind {

		/** Free text, written through the formula-injection guard. */
		TEXT,

		/**
		 * An enum constant, written as its translated label (message key
		 * {@code SimpleName.CONSTANT}, as everywhere in Socle), through the guard.
		 */
		LABEL,

		/** A boolean, written as the translated yes or no. */
		YES_NO,

		/**
		 * A {@link Number}, written as a number (never guarded: it cannot be a formula).
		 */
		NUMBER,

		/**
		 * A {@link Number} written as a number, or anything else written as guarded text:
		 * a count that is shown only from a threshold up (the dashboard's "&lt; 5").
		 */
		NUMBER_OR_TEXT,

		/** A {@link java.time.LocalDate}. */
		DATE,

		/**
		 * A {@link java.time.LocalDateTime}, or an {@link java.time.Instant} shown in
		 * Socle's time zone.
		 */
		DATE_TIME

	}

}
