package org.socle.establishment.records;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.AuditedEntity;

@Entity
@Table(name = "committee_meeting")
@Audited
public class CommitteeMeeting extends AuditedEntity implements SubRecord {

	private Long establishmentId;

	private LocalDate meetingDate;

	private String minutesReference;

	private String summary;

	protected CommitteeMeeting() {
	}

	public CommitteeMeeting(long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public void update(LocalDate meetingDate, String minutesReference, String summary) {
		this.meetingDate = meetingDate;
		this.minutesReference = minutesReference;
		this.summary = summary;
	}

	@Override
	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	public String getMinutesReference() {
		return this.minutesReference;
	}

	public String getSummary() {
		return this.summary;
	}

}
