package org.socle.establishment.records;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Add or edit form of a management committee meeting.
 */
public class MeetingForm extends SubRecordForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate meetingDate;

	@Size(max = 100)
	private String minutesReference;

	@Size(max = 1000)
	private String summary;

	public LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	public void setMeetingDate(LocalDate meetingDate) {
		this.meetingDate = meetingDate;
	}

	public String getMinutesReference() {
		return this.minutesReference;
	}

	public void setMinutesReference(String minutesReference) {
		this.minutesReference = minutesReference;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
