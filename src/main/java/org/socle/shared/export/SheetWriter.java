package org.socle.shared.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes one format. Cells arrive converted by {@link TableWriter}: a guarded
 * {@link String}, a finite {@link Number}, a {@link java.time.LocalDate}, a
 * {@link java.time.LocalDateTime}, or null for an empty cell.
 */
interface SheetWriter {

	void header(List<String> headers) throws IOException;

	void row(Object[] cells) throws IOException;

	/** Sends what was written so far to the output: nothing piles up in memory. */
	void flush() throws IOException;

	/** Completes the file; the output stream itself stays open. */
	void finish() throws IOException;

}
