package org.socle.reporting.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The corrective actions of the assessment's plan, at the report's date: an action is
 * <em>overdue</em> when due before the date, not dropped and not completed by then (as on
 * the dashboard); <em>done on time</em> when completed on or before its due date.
 */
record ActionPlanStatus(List<Action> actions) {

	ActionPlanStatus {
		actions = List.copyOf(actions);
	}

	public long total() {
		return this.actions.size();
	}

	/** Still to do (open or in progress), overdue ones included. */
	public long open() {
		return this.actions.stream().filter(Action::pending).count();
	}

	public long overdue() {
		return this.actions.stream().filter(Action::overdue).count();
	}

	public long doneOnTime() {
		return this.actions.stream().filter(Action::doneOnTime).count();
	}

	public long doneLate() {
		return this.actions.stream().filter((action) -> action.done() && !action.doneOnTime()).count();
	}

	public long dropped() {
		return this.actions.stream().filter((action) -> "DROPPED".equals(action.status())).count();
	}

	public Optional<Action> of(String indicatorCode) {
		return this.actions.stream().filter((action) -> action.indicatorCode().equals(indicatorCode)).findFirst();
	}

	/** One action, with what the database worked out at the report's date. */
	record Action(String indicatorCode, String status, LocalDate dueDate, LocalDate completedOn, boolean overdue,
			boolean doneOnTime) {

		public boolean pending() {
			return "OPEN".equals(this.status) || "IN_PROGRESS".equals(this.status);
		}

		public boolean done() {
			return "DONE".equals(this.status);
		}

	}

}
