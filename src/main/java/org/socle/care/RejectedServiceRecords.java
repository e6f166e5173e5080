package org.socle.care;

import java.util.List;

/**
 * A bulk of service records refused as a whole, with every problem found
 * ({@link BulkServiceRecords}); nothing was written.
 */
public class RejectedServiceRecords extends RuntimeException {

	private final List<Problem> problems;

	public RejectedServiceRecords(List<Problem> problems) {
		super(problems.size() + " rejected service records");
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * @param row the record's index in the request, from 0
	 * @param field the record's field at fault
	 * @param code the message key that explains it
	 */
	public record Problem(int row, String field, String code) {
	}

}
