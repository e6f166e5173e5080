package org.socle.establishment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.socle.establishment.RecordLines.MeetingLine;
import org.socle.establishment.RecordLines.MemberLine;
import org.socle.establishment.RecordLines.ResourcesLine;
import org.socle.establishment.RecordLines.StaffLine;
import org.socle.shared.NotFoundException;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Staff, committee members, committee meetings and yearly resources of an establishment.
 * Every call checks the establishment's access rules, and that the record belongs to that
 * establishment: an id taken from another establishment answers 404.
 */
@Service
@Transactional
class EstablishmentRecordsService {

	private final EstablishmentAccess access;

	private final StaffRepository staff;

	private final CommitteeMemberRepository members;

	private final CommitteeMeetingRepository meetings;

	private final YearlyResourcesRepository resources;

	private final Clock clock;

	EstablishmentRecordsService(EstablishmentAccess access, StaffRepository staff, CommitteeMemberRepository members,
			CommitteeMeetingRepository meetings, YearlyResourcesRepository resources, Clock clock) {
		this.access = access;
		this.staff = staff;
		this.members = members;
		this.meetings = meetings;
		this.resources = resources;
		this.clock = clock;
	}

	// Staff

	@Transactional(readOnly = true)
	List<StaffLine> staff(long establishmentId) {
		this.access.requireReadable(establishmentId);
		LocalDate today = LocalDate.now(this.clock);
		return this.staff.findByEstablishmentIdOrderByEndDateDescNameAsc(establishmentId)
			.stream()
			.map((s) -> StaffLine.of(s, today))
			.toList();
	}

	@Transactional(readOnly = true)
	StaffForm staffForm(long establishmentId, long staffId) {
		this.access.requireEditable(establishmentId);
		StaffMember s = findIn(this.staff, establishmentId, staffId);
		StaffForm form = new StaffForm();
		form.setName(s.getName());
		form.setQualification(s.getQualification());
		form.setCareQualified(s.isCareQualified());
		form.setStartDate(s.getStartDate());
		form.setEndDate(s.getEndDate());
		form.setTrainingHoursPerYear(s.getTrainingHoursPerYear());
		form.setVersion(s.getVersion());
		return form;
	}

	void validateStaff(StaffForm form, Errors errors) {
		if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			errors.rejectValue("endDate", "staff.endDate.beforeStart");
		}
	}

	long addStaff(long establishmentId, StaffForm form) {
		this.access.requireEditable(establishmentId);
		StaffMember s = new StaffMember(establishmentId);
		apply(s, form);
		return this.staff.save(s).getId();
	}

	void updateStaff(long establishmentId, long staffId, StaffForm form) {
		this.access.requireEditable(establishmentId);
		StaffMember s = findIn(this.staff, establishmentId, staffId);
		s.checkVersion(form.getVersion());
		apply(s, form);
	}

	void removeStaff(long establishmentId, long staffId, long version) {
		remove(this.staff, establishmentId, staffId, version);
	}

	private static void apply(StaffMember s, StaffForm form) {
		s.update(form.getName(), form.getQualification(), form.isCareQualified(), form.getStartDate(),
				form.getEndDate(), form.getTrainingHoursPerYear());
	}

	// Committee members

	@Transactional(readOnly = true)
	List<MemberLine> members(long establishmentId) {
		this.access.requireReadable(establishmentId);
		return this.members.findByEstablishmentIdOrderByRoleAscNameAsc(establishmentId)
			.stream()
			.map(MemberLine::of)
			.toList();
	}

	@Transactional(readOnly = true)
	CommitteeMemberForm memberForm(long establishmentId, long memberId) {
		this.access.requireEditable(establishmentId);
		CommitteeMember m = findIn(this.members, establishmentId, memberId);
		CommitteeMemberForm form = new CommitteeMemberForm();
		form.setName(m.getName());
		form.setRole(m.getRole());
		form.setSinceDate(m.getSinceDate());
		form.setVersion(m.getVersion());
		return form;
	}

	long addMember(long establishmentId, CommitteeMemberForm form) {
		this.access.requireEditable(establishmentId);
		CommitteeMember m = new CommitteeMember(establishmentId);
		m.update(form.getName(), form.getRole(), form.getSinceDate());
		return this.members.save(m).getId();
	}

	void updateMember(long establishmentId, long memberId, CommitteeMemberForm form) {
		this.access.requireEditable(establishmentId);
		CommitteeMember m = findIn(this.members, establishmentId, memberId);
		m.checkVersion(form.getVersion());
		m.update(form.getName(), form.getRole(), form.getSinceDate());
	}

	void removeMember(long establishmentId, long memberId, long version) {
		remove(this.members, establishmentId, memberId, version);
	}

	// Committee meetings

	@Transactional(readOnly = true)
	List<MeetingLine> meetings(long establishmentId) {
		this.access.requireReadable(establishmentId);
		return this.meetings.findByEstablishmentIdOrderByMeetingDateDesc(establishmentId)
			.stream()
			.map(MeetingLine::of)
			.toList();
	}

	@Transactional(readOnly = true)
	MeetingForm meetingForm(long establishmentId, long meetingId) {
		this.access.requireEditable(establishmentId);
		CommitteeMeeting m = findIn(this.meetings, establishmentId, meetingId);
		MeetingForm form = new MeetingForm();
		form.setMeetingDate(m.getMeetingDate());
		form.setMinutesReference(m.getMinutesReference());
		form.setSummary(m.getSummary());
		form.setVersion(m.getVersion());
		return form;
	}

	void validateMeeting(MeetingForm form, Errors errors) {
		if (form.getMeetingDate() != null && form.getMeetingDate().isAfter(LocalDate.now(this.clock))
				&& form.getMinutesReference() != null) {
			errors.rejectValue("minutesReference", "meeting.minutes.future");
		}
	}

	long addMeeting(long establishmentId, MeetingForm form) {
		this.access.requireEditable(establishmentId);
		CommitteeMeeting m = new CommitteeMeeting(establishmentId);
		m.update(form.getMeetingDate(), form.getMinutesReference(), form.getSummary());
		return this.meetings.save(m).getId();
	}

	void updateMeeting(long establishmentId, long meetingId, MeetingForm form) {
		this.access.requireEditable(establishmentId);
		CommitteeMeeting m = findIn(this.meetings, establishmentId, meetingId);
		m.checkVersion(form.getVersion());
		m.update(form.getMeetingDate(), form.getMinutesReference(), form.getSummary());
	}

	void removeMeeting(long establishmentId, long meetingId, long version) {
		remove(this.meetings, establishmentId, meetingId, version);
	}

	// Yearly resources

	@Transactional(readOnly = true)
	List<ResourcesLine> resources(long establishmentId) {
		this.access.requireReadable(establishmentId);
		return this.resources.findByEstablishmentIdOrderByYearDesc(establishmentId)
			.stream()
			.map(ResourcesLine::of)
			.toList();
	}

	@Transactional(readOnly = true)
	ResourcesForm resourcesForm(long establishmentId, long resourcesId) {
		this.access.requireEditable(establishmentId);
		YearlyResources r = findIn(this.resources, establishmentId, resourcesId);
		ResourcesForm form = new ResourcesForm();
		form.setYear(r.getYear());
		form.setPublicFunding(r.getPublicFunding());
		form.setAgreements(r.getAgreements());
		form.setCharity(r.getCharity());
		form.setOwnIncome(r.getOwnIncome());
		form.setVersion(r.getVersion());
		return form;
	}

	/** One row per year: a second row for the same year is refused. */
	@Transactional(readOnly = true)
	void validateResources(long establishmentId, Long resourcesId, ResourcesForm form, Errors errors) {
		if (form.getYear() != null && this.resources.existsByEstablishmentIdAndYearAndIdNot(establishmentId,
				form.getYear(), (resourcesId != null) ? resourcesId : -1L)) {
			errors.rejectValue("year", "resources.year.taken");
		}
	}

	long addResources(long establishmentId, ResourcesForm form) {
		this.access.requireEditable(establishmentId);
		YearlyResources r = new YearlyResources(establishmentId);
		apply(r, form);
		return this.resources.save(r).getId();
	}

	void updateResources(long establishmentId, long resourcesId, ResourcesForm form) {
		this.access.requireEditable(establishmentId);
		YearlyResources r = findIn(this.resources, establishmentId, resourcesId);
		r.checkVersion(form.getVersion());
		apply(r, form);
	}

	void removeResources(long establishmentId, long resourcesId, long version) {
		remove(this.resources, establishmentId, resourcesId, version);
	}

	private static void apply(YearlyResources r, ResourcesForm form) {
		r.update(form.getYear(), form.getPublicFunding(), form.getAgreements(), form.getCharity(), form.getOwnIncome());
	}

	// Shared

	private <T extends SubRecord> void remove(JpaRepository<T, Long> repository, long establishmentId, long id,
			long version) {
		this.access.requireEditable(establishmentId);
		T record = findIn(repository, establishmentId, id);
		record.checkVersion(version);
		repository.delete(record);
	}

	/** The record if it belongs to that establishment; 404 otherwise (a tampered id). */
	private static <T extends SubRecord> T findIn(JpaRepository<T, Long> repository, long establishmentId, long id) {
		return repository.findById(id)
			.filter((record) -> record.getEstablishmentId() == establishmentId)
			.orElseThrow(() -> new NotFoundException("Record of establishment " + establishmentId, id));
	}

}
