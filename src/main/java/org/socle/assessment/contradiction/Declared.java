package org.socle.assessment.contradiction;

import java.math.BigDecimal;

import org.socle.assessment.scoring.Answer;
import org.socle.assessment.scoring.StandardTree;

/**
 * An answer as declared in an assessment (answered, not N/A), with the level it gives.
 */
public record Declared(StandardTree.Indicator indicator, Answer answer, int level) {

	boolean isYes() {
		return this.answer instanceof Answer.YesNo yesNo && yesNo.yes();
	}

	/** The value of a metric answer, typed or computed. */
	BigDecimal value() {
		return ((Answer.Metric) this.answer).value();
	}

	/** The level the indicator would have with {@code recorded} as its value. */
	int levelOf(BigDecimal recorded) {
		return this.indicator.levelOf(Answer.metric(recorded));
	}

}
