package org.socle.assessment.workflow;

import jakarta.validation.constraints.NotNull;
import org.socle.assessment.contradiction.ContradictionDecision;

/**
 * The reviewer's decision on one contradiction: confirmed, explained or corrected, an
 * optional comment, and the version the page showed it with.
 */
public class ContradictionDecisionForm extends DecisionForm {

	@NotNull
	private ContradictionDecision decision;

	public ContradictionDecision getDecision() {
		return this.decision;
	}

	public void setDecision(ContradictionDecision decision) {
		this.decision = decision;
	}

}
