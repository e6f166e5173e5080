/**
 * Exports of every list and table to CSV and XLSX, streamed from the database to the
 * browser. A list declares its columns once
 * ({@link org.socle.shared.export.ExportColumns}: a header message key and a value
 * function per column), supplies its rows as a {@code Stream} read inside the export's
 * transaction, and hands both to {@link org.socle.shared.export.TableExports}. Every text
 * cell goes through the formula-injection guard; exports of personal data pass an
 * {@link org.socle.shared.export.ExportAudit} so that the access log records them. See
 * docs/reports.md, section "Exports".
 */
package org.socle.shared.export;
