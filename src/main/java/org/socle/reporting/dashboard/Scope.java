package org.socle.reporting.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.socle.establishment.Category;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What every panel of the dashboard counts: the active establishments that match the
 * filters and had opened by the reference date, seen at that date (the end of the chosen
 * year, or today). Instants are compared with the day's bounds in Socle's time zone.
 *
 * @param referenceDate the day the figures describe
 * @param zone Socle's time zone, where a day starts and ends
 */
public record Scope(String region, Long province, Category category, Long organisation, LocalDate referenceDate,
		ZoneId zone) {

	/**
	 * The conditions on establishment {@code e}, only those of the filters set (so the
	 * planner sees plain equalities); the values travel as parameters.
	 */
	public String establishmentConditions() {
		List<String> conditions = new ArrayList<>(
				List.of("e.status = 'ACTIVE'", "(e.opening_date IS NULL OR e.opening_date <= :d)"));
		if (this.region != null) {
			conditions.add("e.region_code = :region");
		}
		if (this.province != null) {
			conditions.add("e.province_id = :province");
		}
		if (this.category != null) {
			conditions.add("e.category = :category");
		}
		if (this.organisation != null) {
			conditions.add("e.organisation_id = :organisation");
		}
		return String.join(" AND ", conditions);
	}

	/**
	 * {@code d} the reference date; {@code dayAfter} the instant it ends;
	 * {@code yearStart} the instant the twelve months up to it begin (the day after d
	 * minus one year, as for the standard's metrics); {@code zone} for years of instants.
	 */
	public MapSqlParameterSource parameters() {
		return new MapSqlParameterSource("d", this.referenceDate).addValue("region", this.region)
			.addValue("province", this.province)
			.addValue("category", (this.category != null) ? this.category.name() : null)
			.addValue("organisation", this.organisation)
			.addValue("dayAfter", startOf(this.referenceDate.plusDays(1)))
			.addValue("yearStart", startOf(this.referenceDate.minusYears(1).plusDays(1)))
			.addValue("zone", this.zone.getId());
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toOffsetDateTime();
	}

}
