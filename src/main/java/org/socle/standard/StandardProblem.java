package org.socle.standard;

import java.util.List;

/**
 * A validation error of a standard, located by path (e.g. {@code D2.C1.I1.thresholds});
 * {@code code} is one of the stable codes of docs/standard-format.md §4.
 *
 * @param variant null, or a refinement of the message for the same code (e.g. a JSON
 * syntax error that is in fact an encoding error)
 * @param args values quoted by the message
 */
record StandardProblem(String path, String code, String variant, List<Object> args) {

	StandardProblem {
		args = List.copyOf(args);
	}

	static StandardProblem of(String path, String code, Object... args) {
		return new StandardProblem(path, code, null, List.of(args));
	}

	/**
	 * The message key: {@code standard.problem.CODE} or
	 * {@code standard.problem.CODE.variant}.
	 */
	String messageKey() {
		return "standard.problem." + this.code + ((this.variant != null) ? "." + this.variant : "");
	}

	Object[] messageArgs() {
		return this.args.toArray();
	}

}
