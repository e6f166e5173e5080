package org.socle.establishment;

/**
 * The list's search and filters, bound from the query string. A value that does not parse
 * (an unknown category, say) is ignored rather than failing the page.
 */
public class EstablishmentFilter {

	private String q;

	private String region;

	private Category category;

	private EstablishmentStatus status;

	private Long organisation;

	private boolean expired;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

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

	public EstablishmentStatus getStatus() {
		return this.status;
	}

	public void setStatus(EstablishmentStatus status) {
		this.status = status;
	}

	public Long getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(Long organisation) {
		this.organisation = organisation;
	}

	public boolean isExpired() {
		return this.expired;
	}

	public void setExpired(boolean expired) {
		this.expired = expired;
	}

	/** The search as a case-insensitive LIKE pattern, wildcards in the input escaped. */
	String likePattern() {
		if (this.q == null || this.q.isBlank()) {
			return null;
		}
		String escaped = this.q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
