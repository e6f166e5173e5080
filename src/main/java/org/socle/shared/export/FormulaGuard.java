package org.socle.shared.export;

/**
 * The OWASP guard against CSV (formula) injection: a text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single
 * quote, so that a spreadsheet shows it as text instead of running it (a
 * {@code =HYPERLINK(...)} that leaks data, a DDE command). Numbers never pass here:
 * number columns are written as numbers.
 */
final class FormulaGuard {

	private FormulaGuard() {
	}

	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

}
