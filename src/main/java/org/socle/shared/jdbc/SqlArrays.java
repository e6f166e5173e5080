package org.socle.shared.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * A PostgreSQL array as one bind parameter ({@code WHERE id = ANY(:ids)}): one statement
 * whatever the number of values, where an {@code IN (...)} list would give every length
 * its own statement.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	/**
	 * @param elementType the SQL type of the elements, e.g. {@code bigint} or
	 * {@code text}
	 * @param values the elements
	 */
	public static SqlParameterValue of(String elementType, Object[] values) {
		return new SqlParameterValue(Types.ARRAY, new AbstractSqlTypeValue() {
			@Override
			protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
				return connection.createArrayOf(elementType, values);
			}
		});
	}

}
