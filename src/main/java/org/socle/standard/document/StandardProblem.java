package org.socle.standard.document;

import java.util.List;

import org.socle.standard.IndicatorThresholds;

/**
 * A validation error of a standard, located by path (e.g. {@code D2.C1.I1.thresholds});
 * {@code code} is one of the stable codes of docs/standard-format.md §4.
 *
 * @param variant null, or a refinement of the message for the same code (e.g. a JSON
 * syntax error that is in fact an encoding error)
 * @param args values quoted by the message
 */
public record StandardProblem(String path, String code, String variant, List<Object> args) {

	public StandardProblem {
		args = List.copyOf(args);
	}

	public static StandardProblem of(String path, String code, Object... args) {
		return new StandardProblem(path, code, null, List.of(args));
	}

	/**
	 * The message key: {@code standard.problem.CODE} or
	 * {@code standard.problem.CODE.variant}.
	 */
	public String messageKey() {
		return "standard.problem." + this.code + ((this.variant != null) ? "." + this.variant : "");
	}

	/**
	 * The arguments, numbers as plain strings: digits stay Western in every language, and
	 * decimals keep their exact value.
	 */
	public Object[] messageArgs() {
		return this.args.stream().map(StandardProblem::plain).toArray();
	}

	private static Object plain(Object arg) {
		if (arg instanceof java.math.BigDecimal decimal) {
			return IndicatorThresholds.normalise(decimal).toPlainString();
		}
		return (arg instanceof Number) ? arg.toString() : arg;
	}

}
