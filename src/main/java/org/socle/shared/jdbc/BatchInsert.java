package org.socle.shared.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with multi-row {@code INSERT ... VALUES (...), (...)} statements of
 * up to 500 rows: a few statements instead of one per row, for imports, access logs and
 * demo data.
 */
public final class BatchInsert {

	static final int ROWS_PER_STATEMENT = 500;

	private BatchInsert() {
	}

	/**
	 * @param table the table
	 * @param columns its columns, in the order of each row's values
	 * @param rows the values of each row
	 * @return the number of rows inserted
	 */
	public static int insert(JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
		String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
		String prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
		int inserted = 0;
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
			List<Object> args = new ArrayList<>(chunk.size() * columns.size());
			for (Object[] row : chunk) {
				if (row.length != columns.size()) {
					throw new IllegalArgumentException(
							"Row of " + row.length + " values for " + columns.size() + " columns of " + table);
				}
				Collections.addAll(args, row);
			}
			inserted += jdbc.update(prefix + String.join(", ", Collections.nCopies(chunk.size(), tuple)),
					args.toArray());
		}
		return inserted;
	}

}
