package org.socle.beneficiary.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

	/**
	 * What a confirmation would import, whichever way the duplicates are chosen: the
	 * encoding and the lines of the valid rows, marked when a likely duplicate, hashed.
	 * Equal for two reads of the same file exactly when they import the same rows.
	 */
	String fingerprint() {
		StringBuilder text = new StringBuilder(String.valueOf(this.sheet.encoding())).append('|')
			.append(this.fileError != null);
		importable(true).forEach(row -> text.append(',').append(row.line).append((row.duplicate != null) ? "d" : ""));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
