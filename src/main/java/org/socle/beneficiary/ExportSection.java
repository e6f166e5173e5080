package org.socle.beneficiary;

import java.util.List;

/**
 * A titled section of a one-person export: a table with a header and rows of text values,
 * already translated. {@code key} is the section's stable name in the JSON.
 */
public record ExportSection(String key, String title, List<String> columns, List<List<String>> rows) {
}
