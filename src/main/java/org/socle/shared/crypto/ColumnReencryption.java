package org.socle.shared.crypto;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once the application is ready (after the demo data), encrypts with the current key
 * every value of the {@link EncryptedColumn}s that is still in clear (rows written before
 * V76 or by bulk inserts) or sealed with a previous key. Idempotent: a value already
 * under the current key is left alone, so after a key rotation one restart re-encrypts
 * everything. Rows are read by id in batches; the optimistic-lock version is not touched.
 * A value that cannot be decrypted is left as it is (and counted in the log).
 */
@Component
public class ColumnReencryption {

	private static final Logger log = LoggerFactory.getLogger(ColumnReencryption.class);

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final FieldEncryption encryption;

	private final List<EncryptedColumn> columns;

	ColumnReencryption(JdbcTemplate jdbc, TransactionTemplate transactions, FieldEncryption encryption,
			List<EncryptedColumn> columns) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.encryption = encryption;
		this.columns = columns;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		int total = reencryptAll();
		if (total > 0) {
			log.info("Encrypted {} sensitive values with data key {}", total, this.encryption.currentKeyId());
		}
	}

	/**
	 * Encrypts or re-encrypts every value not under the current key; returns how many.
	 */
	public int reencryptAll() {
		int total = 0;
		for (EncryptedColumn column : this.columns) {
			total += reencrypt(column);
		}
		return total;
	}

	private int reencrypt(EncryptedColumn c) {
		String select = "SELECT id, " + c.column() + " FROM " + c.table() + " WHERE " + c.column() + " IS NOT NULL AND "
				+ c.column() + " NOT LIKE ? AND id > ? ORDER BY id LIMIT " + BATCH;
		String update = "UPDATE " + c.table() + " SET " + c.column() + " = ? WHERE id = ? AND " + c.column() + " = ?";
		String current = FieldEncryption.PREFIX + this.encryption.currentKeyId() + ":%";
		int count = 0;
		int unreadable = 0;
		long after = 0;
		while (true) {
			List<Object[]> rows = this.jdbc.query(select, (rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) },
					current, after);
			if (rows.isEmpty()) {
				if (unreadable > 0) {
					log.error("{} values of {}.{} cannot be decrypted and were left as they are: check "
							+ "SOCLE_DATA_KEYS_PREVIOUS (docs/security.md)", unreadable, c.table(), c.column());
				}
				return count;
			}
			List<Object[]> updates = new ArrayList<>(rows.size());
			for (Object[] row : rows) {
				String stored = (String) row[1];
				try {
					updates
						.add(new Object[] { this.encryption.encrypt(this.encryption.decrypt(stored)), row[0], stored });
				}
				catch (UndecryptableValueException ex) {
					unreadable++;
				}
			}
			this.transactions.executeWithoutResult((tx) -> this.jdbc.batchUpdate(update, updates));
			count += updates.size();
			after = (long) rows.get(rows.size() - 1)[0];
		}
	}

}
