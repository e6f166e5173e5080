package org.socle.assessment.actionplan;

import org.springframework.modulith.NamedInterface;

/**
 * Progress of a corrective action of an action plan.
 */
@NamedInterface("seeding")
public enum ActionStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED;

	/** Still to be done: such an action is overdue once its due date has passed. */
	public boolean isPending() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
