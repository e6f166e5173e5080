package org.socle.shared.export;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What one export writes: its title (a message key, for the file and sheet names), its
 * columns and its rows.
 *
 * <p>
 * {@code rows} is called inside the export's transaction and its stream is consumed and
 * closed there, so it can stream from PostgreSQL: a Spring Data {@code Stream} query with
 * a fetch-size hint, or {@code JdbcTemplate.queryForStream} with a fetch size. Check
 * access and resolve the filters before building the export (in the request, where errors
 * still become error pages); the supplier only runs the query.
 *
 * @param <T> the row type
 * @param titleKey message key of the title
 * @param columns the columns, in order
 * @param rows opens the rows' stream
 * @param audit called with the rows as they are written (personal data), or null
 */
public record TableExport<T>(String titleKey, ExportColumns<T> columns, Supplier<? extends Stream<T>> rows,
		ExportAudit<? super T> audit) {

	public TableExport {
		Objects.requireNonNull(titleKey, "titleKey");
		Objects.requireNonNull(columns, "columns");
		Objects.requireNonNull(rows, "rows");
	}

	/** An export of data that is not personal: no access log. */
	public static <T> TableExport<T> of(String titleKey, ExportColumns<T> columns, Supplier<? extends Stream<T>> rows) {
		return new TableExport<>(titleKey, columns, rows, null);
	}

	/** This export of personal data, recorded by {@code audit} as it is written. */
	public TableExport<T> audited(ExportAudit<? super T> audit) {
		return new TableExport<>(this.titleKey, this.columns, this.rows, Objects.requireNonNull(audit, "audit"));
	}

	public boolean isAudited() {
		return this.audit != null;
	}

}
