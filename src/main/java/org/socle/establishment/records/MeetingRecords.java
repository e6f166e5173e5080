package org.socle.establishment.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.records.RecordLines.MeetingLine;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * The meetings of an establishment's management committee, with their minutes.
 */
@Service
class MeetingRecords extends SubRecords<CommitteeMeeting, MeetingForm> {

	private final CommitteeMeetingRepository meetings;

	private final Clock clock;

	MeetingRecords(EstablishmentAccess access, CommitteeMeetingRepository meetings, Clock clock) {
		super(access, meetings);
		this.meetings = meetings;
		this.clock = clock;
	}

	@Override
	List<MeetingLine> findLines(long establishmentId) {
		return this.meetings.findByEstablishmentIdOrderByMeetingDateDesc(establishmentId)
			.stream()
			.map(MeetingLine::of)
			.toList();
	}

	@Override
	CommitteeMeeting create(long establishmentId) {
		return new CommitteeMeeting(establishmentId);
	}

	@Override
	void apply(MeetingForm form, CommitteeMeeting m) {
		m.update(form.getMeetingDate(), form.getMinutesReference(), form.getSummary());
	}

	@Override
	MeetingForm toForm(CommitteeMeeting m) {
		MeetingForm form = new MeetingForm();
		form.setMeetingDate(m.getMeetingDate());
		form.setMinutesReference(m.getMinutesReference());
		form.setSummary(m.getSummary());
		return form;
	}

	/** A meeting still to come has no minutes yet. */
	@Override
	void validate(long establishmentId, Long recordId, MeetingForm form, Errors errors) {
		if (form.getMeetingDate() != null && form.getMeetingDate().isAfter(LocalDate.now(this.clock))
				&& form.getMinutesReference() != null) {
			errors.rejectValue("minutesReference", "meeting.minutes.future");
		}
	}

}
