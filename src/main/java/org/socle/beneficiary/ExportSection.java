package org.socle.beneficiary;

import java.util.List;

/**
 * A titled section of a one-person export: a table of text values, already translated.
 * {@code key} and {@code columns} are the stable names used in the JSON; {@code title}
 * and {@code headers} are the translated ones shown in the PDF.
 */
public record ExportSection(String key, String title, List<String> columns, List<String> headers,
		List<List<String>> rows) {
}
