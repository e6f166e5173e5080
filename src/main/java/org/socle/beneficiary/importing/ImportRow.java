package org.socle.beneficiary.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.beneficiary.register.BeneficiaryForm;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A row of an import file: the form it fills, the cells as typed by column code, its
 * problems by column, and why it may be a duplicate.
 */
final class ImportRow {

	/** A problem of one column ({@code ""} for the row as a whole). */
	record Problem(String column, MessageSourceResolvable message) {
	}

	final int line;

	final BeneficiaryForm form = new BeneficiaryForm();

	final Map<String, String> raw = new HashMap<>();

	final List<Problem> problems = new ArrayList<>();

	MessageSourceResolvable duplicate;

	ImportRow(int line) {
		this.line = line;
	}

	boolean isValid() {
		return this.problems.isEmpty();
	}

	void problem(String column, MessageSourceResolvable message) {
		this.problems.add(new Problem(column, message));
	}

	/** A message to resolve in the user's language later. */
	static MessageSourceResolvable message(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args, code);
	}

}
