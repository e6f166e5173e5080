package org.socle.shared.crypto;

/**
 * A column stored through {@link EncryptedString}, declared as a bean by the module that
 * owns the table so that {@link ColumnReencryption} can encrypt its rows still in clear
 * and move rows to the current key.
 */
public record EncryptedColumn(String table, String column) {

	public EncryptedColumn {
		if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
			throw new IllegalArgumentException("not an SQL identifier: " + table + "." + column);
		}
	}

}
