package org.socle.shared.export;

import java.util.List;

/**
 * The access log's hook into an export of personal data. {@link TableExports} calls it
 * with each batch of rows (at most {@value TableExports#BATCH_SIZE}) just before writing
 * them, inside the export's transaction, which is then read-write: what the hook inserts
 * commits with the export, and also when the download breaks off half-way (the rows
 * already handed to the network stay logged; at worst one batch is logged but not
 * received). Memory stays bounded by a batch, whatever the size of the export.
 *
 * <p>
 * The beneficiary lists will pass their access log, one line per exported person:
 *
 * <pre class="code">
 * TableExport.of("beneficiary.list.title", COLUMNS, () -&gt; repository.streamList(establishmentId, status))
 *     .audited((rows) -&gt; accessLog.recordAll(
 *             rows.stream().collect(toMap(BeneficiaryListItem::id, (r) -&gt; establishmentId)),
 *             AccessAction.EXPORT_LIST, format.extension()));
 * </pre>
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface ExportAudit<T> {

	void exported(List<? extends T> rows);

}
