package org.socle.assessment.scoring;

import java.util.List;

import org.socle.assessment.scoring.IndicatorResult.Status;

/**
 * How many applicable indicators under a node are answered, marked N/A, or left
 * unanswered.
 */
public record Counts(int answered, int notApplicable, int unanswered) {

	static final Counts NONE = new Counts(0, 0, 0);

	static Counts of(List<IndicatorResult> indicators) {
		return new Counts(count(indicators, Status.ANSWERED), count(indicators, Status.NOT_APPLICABLE),
				count(indicators, Status.UNANSWERED));
	}

	public int applicable() {
		return this.answered + this.notApplicable + this.unanswered;
	}

	Counts plus(Counts other) {
		return new Counts(this.answered + other.answered, this.notApplicable + other.notApplicable,
				this.unanswered + other.unanswered);
	}

	private static int count(List<IndicatorResult> indicators, Status status) {
		return (int) indicators.stream().filter((indicator) -> indicator.status() == status).count();
	}

}
