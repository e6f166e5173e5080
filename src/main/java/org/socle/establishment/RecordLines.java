package org.socle.establishment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The rows of the staff, committee and resources tabs.
 */
final class RecordLines {

	private RecordLines() {
	}

	record StaffLine(long id, String name, String qualification, boolean careQualified, LocalDate startDate,
			LocalDate endDate, int trainingHoursPerYear, long version, boolean inPost) {

		static StaffLine of(StaffMember s, LocalDate today) {
			boolean inPost = !s.getStartDate().isAfter(today)
					&& (s.getEndDate() == null || !s.getEndDate().isBefore(today));
			return new StaffLine(s.getId(), s.getName(), s.getQualification(), s.isCareQualified(), s.getStartDate(),
					s.getEndDate(), s.getTrainingHoursPerYear(), s.getVersion(), inPost);
		}

	}

	record MemberLine(long id, String name, CommitteeRole role, LocalDate sinceDate, long version) {

		static MemberLine of(CommitteeMember m) {
			return new MemberLine(m.getId(), m.getName(), m.getRole(), m.getSinceDate(), m.getVersion());
		}

	}

	record MeetingLine(long id, LocalDate meetingDate, String minutesReference, String summary, long version) {

		static MeetingLine of(CommitteeMeeting m) {
			return new MeetingLine(m.getId(), m.getMeetingDate(), m.getMinutesReference(), m.getSummary(),
					m.getVersion());
		}

	}

	record ResourcesLine(long id, int year, BigDecimal publicFunding, BigDecimal agreements, BigDecimal charity,
			BigDecimal ownIncome, BigDecimal total, long version) {

		static ResourcesLine of(YearlyResources r) {
			return new ResourcesLine(r.getId(), r.getYear(), r.getPublicFunding(), r.getAgreements(), r.getCharity(),
					r.getOwnIncome(), r.getTotal(), r.getVersion());
		}

		/** Share of a source in the year's total, in whole percent (0 when nothing). */
		public int percent(BigDecimal amount) {
			if (this.total.signum() == 0) {
				return 0;
			}
			return amount.multiply(BigDecimal.valueOf(100)).divide(this.total, 0, RoundingMode.HALF_UP).intValue();
		}

	}

}
