package org.socle.beneficiary.importing;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.MessageSourceResolvable;

/**
 * A file read and checked: the sheet, the problem that rejects the whole file if any
 * (with the missing and unknown columns), and its rows.
 */
record ParsedImport(SpreadsheetReader.ReadSheet sheet, MessageSourceResolvable fileError, List<String> missing,
		List<String> unknown, List<ImportRow> rows) {

	static ParsedImport rejected(SpreadsheetReader.ReadSheet sheet, MessageSourceResolvable fileError,
			List<String> missing, List<String> unknown) {
		return new ParsedImport(sheet, fileError, missing, unknown, List.of());
	}

	/** The valid rows, and the likely duplicates among them when asked. */
	Stream<ImportRow> importable(boolean includeDuplicates) {
		return this.rows.stream().filter(r -> r.isValid() && (includeDuplicates || r.duplicate == null));
	}

}
