package org.socle.establishment.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The rows of the staff, committee and resources tabs.
 */
final class RecordLines {

	private RecordLines() {
	}

	/** What the tabs' shared fragment needs of every row: its edit and remove buttons. */
	interface Line {

		long id();

		long version();

		/**
		 * False for a record no longer in effect (a staff member who left): shown muted.
		 */
		default boolean current() {
			return true;
		}

	}

	record StaffLine(long id, String name, String qualification, boolean careQualified, LocalDate startDate,
			LocalDate endDate, int trainingHoursPerYear, long version, boolean inPost) implements Line {

		static StaffLine of(StaffMember s, LocalDate today) {
			boolean inPost = !s.getStartDate().isAfter(today)
					&& (s.getEndDate() == null || !s.getEndDate().isBefore(today));
			return new StaffLine(s.getId(), s.getName(), s.getQualification(), s.isCareQualified(), s.getStartDate(),
					s.getEndDate(), s.getTrainingHoursPerYear(), s.getVersion(), inPost);
		}

		@Override
		public boolean current() {
			return this.inPost;
		}

	}

	record MemberLine(long id, String name, CommitteeRole role, LocalDate sinceDate, long version) implements Line {

		static MemberLine of(CommitteeMember m) {
			return new MemberLine(m.getId(), m.getName(), m.getRole(), m.getSinceDate(), m.getVersion());
		}

	}

	record MeetingLine(long id, LocalDate meetingDate, String minutesReference, String summary,
			long version) implements Line {

		static MeetingLine of(CommitteeMeeting m) {
			return new MeetingLine(m.getId(), m.getMeetingDate(), m.getMinutesReference(), m.getSummary(),
					m.getVersion());
		}

	}

	record ResourcesLine(long id, int year, BigDecimal publicFunding, BigDecimal agreements, BigDecimal charity,
			BigDecimal ownIncome, BigDecimal total, long version) implements Line {

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
