package org.socle.establishment.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.records.RecordLines.StaffLine;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * An establishment's staff: who is or was in post, with their qualification and training.
 */
@Service
class StaffRecords extends SubRecords<StaffMember, StaffForm> {

	private final StaffRepository staff;

	private final Clock clock;

	StaffRecords(EstablishmentAccess access, StaffRepository staff, Clock clock) {
		super(access, staff);
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	List<StaffLine> findLines(long establishmentId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.staff.findByEstablishmentIdOrderByEndDateDescNameAsc(establishmentId)
			.stream()
			.map((s) -> StaffLine.of(s, today))
			.toList();
	}

	@Override
	StaffMember create(long establishmentId) {
		return new StaffMember(establishmentId);
	}

	@Override
	void apply(StaffForm form, StaffMember s) {
		s.update(form.getName(), form.getQualification(), form.isCareQualified(), form.getStartDate(),
				form.getEndDate(), form.getTrainingHoursPerYear());
	}

	@Override
	StaffForm toForm(StaffMember s) {
		StaffForm form = new StaffForm();
		form.setName(s.getName());
		form.setQualification(s.getQualification());
		form.setCareQualified(s.isCareQualified());
		form.setStartDate(s.getStartDate());
		form.setEndDate(s.getEndDate());
		form.setTrainingHoursPerYear(s.getTrainingHoursPerYear());
		return form;
	}

	@Override
	void validate(long establishmentId, Long recordId, StaffForm form, Errors errors) {
		if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			errors.rejectValue("endDate", "staff.endDate.beforeStart");
		}
	}

}
