package org.socle.shared.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of an export, in order; immutable, so a list can keep its columns in a
 * constant:
 *
 * <pre class="code">
 * static final ExportColumns&lt;EstablishmentRow&gt; COLUMNS = ExportColumns.&lt;EstablishmentRow&gt;of()
 *     .number("export.column.id", EstablishmentRow::id)
 *     .text("establishment.nameFr", EstablishmentRow::nameFr)
 *     .label("establishment.category", EstablishmentRow::category)
 *     .date("establishment.authorisationExpiry", EstablishmentRow::authorisationExpiry);
 * </pre>
 *
 * A value function may return null: the cell is left empty.
 *
 * @param <T> the row type
 */
public final class ExportColumns<T> {

	private final List<ExportColumn<T>> columns;

	private ExportColumns(List<ExportColumn<T>> columns) {
		this.columns = Collections.unmodifiableList(columns);
	}

	public static <T> ExportColumns<T> of() {
		return new ExportColumns<>(List.of());
	}

	/** Free text (names, codes, comments): guarded against formula injection. */
	public ExportColumns<T> text(String headerKey, Function<? super T, String> value) {
		return with(headerKey, ExportColumn.Kind.TEXT, value);
	}

	/** An enum, written as its translated label ({@code Category.ELDERLY}). */
	public ExportColumns<T> label(String headerKey, Function<? super T, ? extends Enum<?>> value) {
		return with(headerKey, ExportColumn.Kind.LABEL, value);
	}

	/** A boolean, written as the translated yes or no. */
	public ExportColumns<T> yesNo(String headerKey, Function<? super T, Boolean> value) {
		return with(headerKey, ExportColumn.Kind.YES_NO, value);
	}

	/** A number, written as a number in both formats. */
	public ExportColumns<T> number(String headerKey, Function<? super T, ? extends Number> value) {
		return with(headerKey, ExportColumn.Kind.NUMBER, value);
	}

	/**
	 * A number whose header is a message with arguments, as a column per domain:
	 * {@code number("dashboard.heatmap.domain", List.of(code, title), ...)}.
	 */
	public ExportColumns<T> number(String headerKey, List<?> headerArguments,
			Function<? super T, ? extends Number> value) {
		return with(headerKey, headerArguments, ExportColumn.Kind.NUMBER, value);
	}

	/**
	 * A number, or a text where the number is withheld (a small count shown
	 * {@code "< 5"}): numbers stay numbers, text is guarded.
	 */
	public ExportColumns<T> numberOrText(String headerKey, Function<? super T, ?> value) {
		return with(headerKey, ExportColumn.Kind.NUMBER_OR_TEXT, value);
	}

	public ExportColumns<T> date(String headerKey, Function<? super T, LocalDate> value) {
		return with(headerKey, ExportColumn.Kind.DATE, value);
	}

	/**
	 * A moment: a {@link java.time.LocalDateTime}, or an {@link Instant} shown in Socle's
	 * time zone.
	 */
	public ExportColumns<T> dateTime(String headerKey, Function<? super T, ? extends Temporal> value) {
		return with(headerKey, ExportColumn.Kind.DATE_TIME, value);
	}

	public List<ExportColumn<T>> list() {
		return this.columns;
	}

	private ExportColumns<T> with(String headerKey, ExportColumn.Kind kind, Function<? super T, ?> value) {
		return with(headerKey, List.of(), kind, value);
	}

	private ExportColumns<T> with(String headerKey, List<?> headerArguments, ExportColumn.Kind kind,
			Function<? super T, ?> value) {
		List<ExportColumn<T>> more = new ArrayList<>(this.columns);
		more.add(new ExportColumn<>(headerKey, List.copyOf(headerArguments), kind, value));
		return new ExportColumns<>(more);
	}

}
