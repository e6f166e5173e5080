package org.socle.assessment.contradiction;

import java.time.LocalDate;

/**
 * The records a contradiction rule reads, each with the page that shows them (to check
 * the figures behind a contradiction).
 */
public enum RecordSource {

	/** The establishment's registration: authorisation, capacity, director. */
	REGISTRATION(""),

	/** The management committee's meetings. */
	COMMITTEE("/committee"),

	/** The staff, their qualifications and training hours. */
	STAFF("/staff"),

	/** The yearly resources by source. */
	RESOURCES("/resources"),

	/** The beneficiaries present (active stays). */
	BENEFICIARIES("/beneficiaries"),

	/** The metrics computed from the records (care plans reviewed, occupancy). */
	COMPUTED_METRICS("/indicators");

	private final String path;

	RecordSource(String path) {
		this.path = path;
	}

	/**
	 * Where these records of the establishment are shown: the computed indicators at the
	 * reference date; the other pages take no date (they list every record with its
	 * dates; the beneficiaries, those present today).
	 */
	public String link(long establishmentId, LocalDate date) {
		String page = "/establishments/" + establishmentId + this.path;
		return (this == COMPUTED_METRICS) ? page + "?date=" + date : page;
	}

	/** The records' name, as a message key. */
	public String messageKey() {
		return "contradiction.source." + name();
	}

}
