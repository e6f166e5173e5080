package org.socle.beneficiary.importing;

import java.util.List;

/**
 * What an uploaded file would import, in the user's language: counts, the file-level
 * problem if any, errors per row and column, likely duplicates and a sample; the
 * fingerprint of the rows it would import travels with the confirmation.
 */
public record ImportPreview(String token, String fingerprint, String filename, String format, String encoding,
		String separator, int totalRows, int validRows, int invalidRows, int duplicateRows, boolean truncated,
		String fileError, List<String> missingColumns, List<String> unknownColumns, long activeNow, Integer capacity,
		int overCapacityRows, List<ErrorLine> errors, List<DuplicateLine> duplicates, List<SampleLine> sample) {

	/** How many rows are listed at most per table. */
	public static final int LIMIT = 300;

	public boolean isImportable() {
		return this.fileError == null && this.validRows > 0;
	}

	public record ErrorLine(int line, String column, String value, String message) {
	}

	public record DuplicateLine(int line, String name, String reason) {
	}

	public record SampleLine(int line, String name, String nameAr, String birth, String admission, String category) {
	}

}
