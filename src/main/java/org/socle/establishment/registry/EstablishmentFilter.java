package org.socle.establishment.registry;

import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentStatus;

/**
 * The list's search and filters, bound from the query string. A value that does not parse
 * (an unknown category, say) is ignored rather than failing the page.
 */
public class EstablishmentFilter {

	private String q;

	private String region;

	private Long province;

	private Category category;

	private EstablishmentStatus status;

	private Long organisation;

	private boolean expired;

	private boolean unauthorised;

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

	public Long getProvince() {
		return this.province;
	}

	public void setProvince(Long province) {
		this.province = province;
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

	/**
	 * Only the establishments without a valid authorisation today, as the national
	 * dashboard counts them.
	 */
	public boolean isUnauthorised() {
		return this.unauthorised;
	}

	public void setUnauthorised(boolean unauthorised) {
		this.unauthorised = unauthorised;
	}

}
