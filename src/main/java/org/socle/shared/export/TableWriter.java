package org.socle.shared.export;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;

/**
 * Writes one export's rows in batches: each batch is given to the audit hook, converted
 * cell by cell (text through the {@link FormulaGuard}, labels translated) and written,
 * then flushed to the output. At most one batch of rows is held at a time.
 */
final class TableWriter<T> {

	private final List<ExportColumn<T>> columns;

	private final List<String> headers;

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	/** Translated labels by message key: a few enum constants per export. */
	private final Map<String, String> labels = new HashMap<>();

	/**
	 * Translates the headers at once: a missing key fails before anything is sent.
	 */
	TableWriter(ExportColumns<T> columns, MessageSource messages, Locale locale, ZoneId zone) {
		this.columns = columns.list();
		this.headers = this.columns.stream()
			.map((c) -> messages.getMessage(c.headerKey(), c.headerArguments().toArray(), locale))
			.toList();
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
	}

	/** The number of rows written. */
	long write(Stream<T> rows, ExportAudit<? super T> audit, SheetWriter sheet, int batchSize) throws IOException {
		sheet.header(this.headers);
		long count = 0;
		List<T> batch = new ArrayList<>(batchSize);
		Iterator<T> iterator = rows.iterator();
		while (iterator.hasNext()) {
			batch.add(iterator.next());
			if (batch.size() == batchSize || !iterator.hasNext()) {
				if (audit != null) {
					audit.exported(batch);
				}
				for (T row : batch) {
					sheet.row(cells(row));
				}
				sheet.flush();
				count += batch.size();
				batch.clear();
			}
		}
		sheet.finish();
		return count;
	}

	private Object[] cells(T row) {
		Object[] cells = new Object[this.columns.size()];
		for (int i = 0; i < cells.length; i++) {
			ExportColumn<T> column = this.columns.get(i);
			Object value = column.value().apply(row);
			cells[i] = (value != null) ? cell(column.kind(), value) : null;
		}
		return cells;
	}

	private Object cell(ExportColumn.Kind kind, Object value) {
		return switch (kind) {
			case TEXT -> FormulaGuard.text(value.toString());
			case LABEL -> FormulaGuard.text(label(labelKey((Enum<?>) value)));
			case YES_NO -> label(Boolean.TRUE.equals(value) ? "export.table.yes" : "export.table.no");
			case NUMBER -> finite((Number) value);
			case NUMBER_OR_TEXT ->
				(value instanceof Number number) ? finite(number) : FormulaGuard.text(value.toString());
			case DATE -> value;
			case DATE_TIME -> localDateTime((TemporalAccessor) value);
		};
	}

	/** {@code Category.ELDERLY}: the key Socle gives every enum constant. */
	private static String labelKey(Enum<?> value) {
		return value.getDeclaringClass().getSimpleName() + "." + value.name();
	}

	/** A key without a translation shows as itself rather than failing half-way. */
	private String label(String key) {
		return this.labels.computeIfAbsent(key, (k) -> this.messages.getMessage(k, null, k, this.locale));
	}

	/** Neither format has a NaN or an infinity: such a cell stays empty. */
	private static Number finite(Number number) {
		if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
			return null;
		}
		return number;
	}

	private LocalDateTime localDateTime(TemporalAccessor value) {
		if (value.isSupported(ChronoField.INSTANT_SECONDS)) {
			return LocalDateTime.ofInstant(Instant.from(value), this.zone);
		}
		return LocalDateTime.from(value);
	}

}
