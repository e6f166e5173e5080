package org.socle.reporting.dashboard;

import org.socle.establishment.Category;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's filters as the query string carries them, so that a view can be
 * bookmarked and shared. A value that does not parse (an unknown category, say) is
 * dropped rather than failing the page; {@link Dashboard} then drops values that parse
 * but mean nothing (an unknown region, a year to come).
 */
class DashboardFilter {

	private String region;

	private Long province;

	private Category category;

	private Long organisation;

	private Integer year;

	public DashboardFilter() {
	}

	DashboardFilter(String region, Long province, Category category, Long organisation, Integer year) {
		this.region = region;
		this.province = province;
		this.category = category;
		this.organisation = organisation;
		this.year = year;
	}

	/**
	 * The same filters with another region; its province goes, as it lay in the old one.
	 */
	DashboardFilter withRegion(String region) {
		return new DashboardFilter(region, null, this.category, this.organisation, this.year);
	}

	/** This dashboard's link with these filters, and {@code extra} name-value pairs. */
	String dashboardLink(Object... extra) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/dashboard");
		add(link, "region", this.region);
		add(link, "province", this.province);
		add(link, "category", this.category);
		add(link, "organisation", this.organisation);
		add(link, "year", this.year);
		for (int i = 0; i < extra.length; i += 2) {
			add(link, (String) extra[i], extra[i + 1]);
		}
		return link.encode().build().toUriString();
	}

	/**
	 * The establishment list with the filters it knows (all but the year: the list shows
	 * today) and {@code extra} name-value pairs.
	 */
	String establishmentsLink(Object... extra) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/establishments");
		add(link, "region", this.region);
		add(link, "province", this.province);
		add(link, "category", this.category);
		add(link, "organisation", this.organisation);
		for (int i = 0; i < extra.length; i += 2) {
			add(link, (String) extra[i], extra[i + 1]);
		}
		return link.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder link, String name, Object value) {
		if (value != null) {
			link.queryParam(name, value);
		}
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

	public Long getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(Long organisation) {
		this.organisation = organisation;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

}
