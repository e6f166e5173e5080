package org.socle.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

/**
 * Replays a recorded statement under {@code EXPLAIN (ANALYZE, BUFFERS)}, twice: with a
 * custom plan (planned for these parameter values, what the first executions of a
 * statement get) and with a generic plan (planned for any values, what PostgreSQL may
 * switch to after five executions of a server-side prepared statement, which the JDBC
 * driver uses from the fifth execution on). The statement is prepared with the parameter
 * types the application bound, and run in a transaction that is rolled back.
 */
final class QueryPlans {

	/** A plan and what it shows at a glance. */
	record Plan(String text, Set<String> scans, double executionMs) {

		String scanSummary() {
			return this.scans.isEmpty() ? "no table scan" : String.join(", ", this.scans);
		}

	}

	/** The custom and generic plans of a statement; null plans when it could not run. */
	record Explained(String sql, String parameters, Plan custom, Plan generic, String problem) {
	}

	private static final Pattern SCAN = Pattern
		.compile("(Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan|Bitmap Index Scan)(?: Backward)?"
				+ "(?: using (\\S+))? on (\\S+)");

	private static final Pattern BITMAP_INDEX = Pattern.compile("Bitmap Index Scan on (\\S+)");

	private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

	private final DataSource dataSource;

	private int prepared;

	/** The data source without the counting proxy, so that plans are not counted. */
	QueryPlans(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	Explained explain(StatementRecorder.Recorded statement) {
		List<String> types = new ArrayList<>();
		List<String> values = new ArrayList<>();
		try {
			for (ParameterSetOperation operation : statement.parameters()) {
				String[] typed = literal(operation);
				types.add(typed[0]);
				values.add(typed[1]);
			}
		}
		catch (IllegalArgumentException ex) {
			return new Explained(statement.sql(), "", null, null, ex.getMessage());
		}
		String sql = numberedPlaceholders(statement.sql());
		String declared = types.isEmpty() ? "" : "(" + String.join(", ", types) + ")";
		String arguments = values.isEmpty() ? "" : "(" + String.join(", ", values) + ")";
		String name = "socle_benchmark_" + (++this.prepared);
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (Statement jdbc = connection.createStatement()) {
				jdbc.execute("PREPARE " + name + declared + " AS " + sql);
				Plan custom = run(jdbc, name, "force_custom_plan", arguments);
				Plan generic = run(jdbc, name, "force_generic_plan", arguments);
				return new Explained(statement.sql(), String.join(", ", values), custom, generic, null);
			}
			finally {
				// a prepared statement outlives the transaction: deallocate it
				connection.rollback();
				try (Statement jdbc = connection.createStatement()) {
					jdbc.execute("DEALLOCATE " + name);
				}
				catch (SQLException ex) {
					// it was not prepared
				}
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			return new Explained(statement.sql(), String.join(", ", values), null, null, ex.getMessage());
		}
	}

	private static Plan run(Statement jdbc, String name, String mode, String arguments) throws SQLException {
		jdbc.execute("SET LOCAL plan_cache_mode = " + mode);
		StringBuilder text = new StringBuilder();
		try (ResultSet rows = jdbc.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE " + name + arguments)) {
			while (rows.next()) {
				text.append(rows.getString(1)).append('\n');
			}
		}
		Set<String> scans = new LinkedHashSet<>();
		Matcher scan = SCAN.matcher(text);
		while (scan.find()) {
			if (scan.group(1).equals("Bitmap Index Scan")) {
				continue;
			}
			scans.add(scan.group(1) + ((scan.group(2) != null) ? " using " + scan.group(2) : "") + " on "
					+ scan.group(3));
		}
		Matcher bitmap = BITMAP_INDEX.matcher(text);
		while (bitmap.find()) {
			scans.add("Bitmap Index Scan on " + bitmap.group(1));
		}
		Matcher execution = EXECUTION.matcher(text);
		double ms = execution.find() ? Double.parseDouble(execution.group(1)) : Double.NaN;
		return new Plan(text.toString().stripTrailing(), scans, ms);
	}

	/** {@code ?} outside string literals becomes {@code $1}, {@code $2}, ... */
	static String numberedPlaceholders(String sql) {
		StringBuilder out = new StringBuilder();
		boolean quoted = false;
		int n = 0;
		for (char c : sql.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			if (c == '?' && !quoted) {
				out.append('$').append(++n);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The SQL type and literal of one JDBC setter call. */
	static String[] literal(ParameterSetOperation operation) {
		String method = operation.getMethod().getName();
		Object[] args = operation.getArgs();
		Object value = (args.length > 1) ? args[1] : null;
		return switch (method) {
			case "setNull" -> typed(sqlType((Integer) args[1]), null);
			case "setString", "setNString" -> typed("varchar", value);
			case "setLong" -> typed("bigint", value);
			case "setInt" -> typed("integer", value);
			case "setShort" -> typed("smallint", value);
			case "setBoolean" -> typed("boolean", value);
			case "setBigDecimal" -> typed("numeric", value);
			case "setDouble" -> typed("float8", value);
			case "setDate" -> typed("date", value);
			case "setTimestamp" -> typed("timestamp", value);
			case "setObject" -> (value == null && args.length > 2) ? typed(sqlType((Integer) args[2]), null)
					: typed(typeOf(value), value);
			default -> throw new IllegalArgumentException("cannot replay " + method);
		};
	}

	private static String[] typed(String type, Object value) {
		if (value == null) {
			return new String[] { type, "NULL::" + type };
		}
		return new String[] { type, "'" + value.toString().replace("'", "''") + "'::" + type };
	}

	private static String typeOf(Object value) {
		if (value instanceof String || value instanceof Enum<?>) {
			return "varchar";
		}
		if (value instanceof Long) {
			return "bigint";
		}
		if (value instanceof Integer) {
			return "integer";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof java.math.BigDecimal) {
			return "numeric";
		}
		if (value instanceof LocalDate || value instanceof java.sql.Date) {
			return "date";
		}
		if (value instanceof LocalDateTime || value instanceof java.sql.Timestamp) {
			return "timestamp";
		}
		if (value instanceof OffsetDateTime || value instanceof java.time.Instant) {
			return "timestamptz";
		}
		throw new IllegalArgumentException("cannot replay a " + ((value != null) ? value.getClass() : "null"));
	}

	private static String sqlType(int type) {
		return switch (type) {
			case Types.BIGINT -> "bigint";
			case Types.INTEGER -> "integer";
			case Types.SMALLINT, Types.TINYINT -> "smallint";
			case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.NCHAR -> "varchar";
			case Types.BOOLEAN, Types.BIT -> "boolean";
			case Types.DATE -> "date";
			case Types.TIMESTAMP -> "timestamp";
			case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
			case Types.NUMERIC, Types.DECIMAL -> "numeric";
			case Types.DOUBLE, Types.FLOAT -> "float8";
			case Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY -> "bytea";
			default -> throw new IllegalArgumentException("cannot replay a null of JDBC type " + type);
		};
	}

}
