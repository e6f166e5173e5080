package org.socle.assessment.contradiction;

import java.util.List;

/**
 * A contradiction found between a declared answer and the records: the rule, the
 * indicator, and the message with the figures behind it (plain values: numbers with a
 * point, ISO dates; formatted for the reader's language when shown).
 */
public record Finding(ContradictionRule rule, String indicatorCode, String messageKey, List<String> args) {

	public Finding {
		args = List.copyOf(args);
	}

}
