package org.socle.reporting.inspection;

import org.socle.establishment.Category;

/**
 * The plan's filters, bound from the address
 * ({@code ?region=MA-07&category=ELDERLY&assignment=UNASSIGNED}), so that a view can be
 * bookmarked; a value that does not parse is dropped.
 */
class InspectionFilter {

	private String region;

	private Category category;

	private Assignment assignment = Assignment.ALL;

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public Category getCategory() {
		return this.category;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public Assignment getAssignment() {
		return this.assignment;
	}

	public void setAssignment(Assignment assignment) {
		this.assignment = (assignment != null) ? assignment : Assignment.ALL;
	}

	/**
	 * Whether a visit is planned; whose is the visit (planned, or else the latest done).
	 */
	enum Assignment {

		ALL("true"), ASSIGNED("v.status = 'PLANNED'"), UNASSIGNED("v.status IS DISTINCT FROM 'PLANNED'"),
		MINE("v.auditor_id = :me");

		private final String sqlCondition;

		Assignment(String sqlCondition) {
			this.sqlCondition = sqlCondition;
		}

		String sqlCondition() {
			return this.sqlCondition;
		}

	}

}
