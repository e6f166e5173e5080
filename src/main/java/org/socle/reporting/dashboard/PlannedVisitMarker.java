package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An inspection visit planned at an establishment, placed on the dashboard's map where
 * the establishment's coordinates are recorded.
 *
 * @param latitude null (with {@code longitude}) when not recorded
 */
record PlannedVisitMarker(long establishmentId, String nameFr, String nameAr, BigDecimal latitude, BigDecimal longitude,
		LocalDate plannedOn, String auditorName) {

	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? this.nameAr : this.nameFr;
	}

	public boolean placed() {
		return this.latitude != null && this.longitude != null;
	}

}
