package org.socle.assessment.evidence;

/**
 * Why a file was refused; the message key is
 * {@code assessment.evidence.rejected.<reason>}.
 */
final class EvidenceRejected extends Exception {

	enum Reason {

		EMPTY, TOO_LARGE, TYPE, TOO_MANY

	}

	private final Reason reason;

	EvidenceRejected(Reason reason) {
		super("Evidence file rejected: " + reason);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}
