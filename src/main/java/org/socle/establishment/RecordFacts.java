package org.socle.establishment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an establishment's own records say at a date, for checking declarations against
 * them (the assessment module's contradiction rules).
 *
 * @param date the date the facts hold at
 * @param authorisationStatus {@code VALID}, {@code PENDING}, {@code EXPIRED} or
 * {@code NONE}, as recorded
 * @param directorRecorded whether a director's name is recorded
 * @param meetingIds committee meetings dated in the 12 months up to {@code date}
 * ({@code (date - 1 year, date]}), oldest first
 * @param staffInPost staff in post at {@code date} (started on or before it, not ended
 * before it)
 * @param careQualifiedStaff those of them with a care qualification
 * @param careQualifications distinct qualifications (ignoring case) among the
 * care-qualified staff in post
 * @param trainingHours yearly training hours of the staff in post, summed
 * @param resourcesYear the latest year with resources recorded, of {@code date}'s year or
 * the year before; null when neither is recorded
 * @param stableResources public funding and agreements of that year (MAD)
 * @param totalResources every source of that year (MAD)
 */
public record RecordFacts(LocalDate date, String authorisationStatus, LocalDate authorisationDate,
		LocalDate authorisationExpiry, Integer authorisedCapacity, boolean directorRecorded, List<Long> meetingIds,
		long staffInPost, long careQualifiedStaff, long careQualifications, long trainingHours, Integer resourcesYear,
		BigDecimal stableResources, BigDecimal totalResources) {

	public RecordFacts {
		meetingIds = List.copyOf(meetingIds);
	}

	/**
	 * Whether a valid authorisation covers {@code date}: recorded as valid, granted on or
	 * before it, and not expired before it.
	 */
	public boolean authorisedAt(LocalDate day) {
		return "VALID".equals(this.authorisationStatus)
				&& (this.authorisationDate == null || !this.authorisationDate.isAfter(day))
				&& (this.authorisationExpiry == null || !this.authorisationExpiry.isBefore(day));
	}

}
