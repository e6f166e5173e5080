package org.socle.beneficiary.register;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.privacy.AccessLog;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.EstablishmentStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The stays of a beneficiary after the first: discharge (not before the admission, not in
 * the future), re-admission after a discharge and transfer to another establishment. The
 * stay history is kept, and every change is logged.
 */
@Service
@Transactional(readOnly = true)
class StayService {

	private final BeneficiaryService beneficiaries;

	private final StayRepository stays;

	private final EstablishmentAccess establishments;

	private final AccessLog accessLog;

	private final EntityManager entityManager;

	StayService(BeneficiaryService beneficiaries, StayRepository stays, EstablishmentAccess establishments,
			AccessLog accessLog, EntityManager entityManager) {
		this.beneficiaries = beneficiaries;
		this.stays = stays;
		this.establishments = establishments;
		this.accessLog = accessLog;
		this.entityManager = entityManager;
	}

	DischargeForm dischargeForm(long id) {
		Beneficiary beneficiary = this.beneficiaries.requireEditable(id);
		DischargeForm form = new DischargeForm();
		form.setDischargeDate(this.beneficiaries.today());
		form.setVersion(beneficiary.getVersion());
		return form;
	}

	/**
	 * Ends the open stay: not before its admission, not in the future. Rule violations go
	 * to {@code errors} and nothing is saved.
	 */
	@Transactional
	void discharge(long id, DischargeForm form, Errors errors) {
		Beneficiary beneficiary = this.beneficiaries.requireEditable(id);
		beneficiary.checkVersion(form.getVersion());
		Stay open = this.stays.findOpen(id).orElse(null);
		if (open == null) {
			errors.reject("beneficiary.notActive");
			return;
		}
		LocalDate date = form.getDischargeDate();
		if (date != null && date.isBefore(open.getAdmissionDate())) {
			errors.rejectValue("dischargeDate", "beneficiary.dischargeBeforeAdmission");
		}
		if (date != null && date.isAfter(this.beneficiaries.today())) {
			errors.rejectValue("dischargeDate", BeneficiaryRules.FUTURE);
		}
		if (errors.hasErrors()) {
			return;
		}
		open.discharge(date, form.getReason());
		this.entityManager.lock(beneficiary, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.accessLog.record(id, open.getEstablishmentId(), AccessAction.DISCHARGE, form.getReason().name());
	}

	NewStayForm newStayForm(long id) {
		Beneficiary beneficiary = this.beneficiaries.requireEditable(id);
		NewStayForm form = new NewStayForm();
		form.setAdmissionDate(this.beneficiaries.today());
		form.setVersion(beneficiary.getVersion());
		return form;
	}

	/**
	 * The establishments a beneficiary may be admitted or transferred to by the current
	 * user.
	 */
	List<EstablishmentInfo> admissionTargets() {
		return this.establishments.listReadable()
			.stream()
			.filter(e -> e.status() != EstablishmentStatus.CLOSED)
			.toList();
	}

	/**
	 * A new stay: a transfer when a stay is open (it ends on the admission date with
	 * reason TRANSFER, the history is kept), a re-admission otherwise (not before the
	 * last discharge). Rule violations go to {@code errors} and nothing is saved.
	 */
	@Transactional
	void admit(long id, NewStayForm form, Errors errors) {
		Beneficiary beneficiary = this.beneficiaries.requireEditable(id);
		beneficiary.checkVersion(form.getVersion());
		if (form.getEstablishmentId() == null) {
			return;
		}
		EstablishmentInfo target = this.beneficiaries.requireManaged(form.getEstablishmentId());
		Stay open = this.stays.findOpen(id).orElse(null);
		Stay latest = this.beneficiaries.latestStay(id);
		LocalDate date = form.getAdmissionDate();
		if (open != null && open.getEstablishmentId() == target.id()) {
			errors.rejectValue("establishmentId", "beneficiary.transferSameEstablishment");
		}
		if (date != null) {
			if (date.isAfter(this.beneficiaries.today())) {
				errors.rejectValue("admissionDate", BeneficiaryRules.FUTURE);
			}
			else if (open != null && date.isBefore(open.getAdmissionDate())) {
				errors.rejectValue("admissionDate", "beneficiary.dischargeBeforeAdmission");
			}
			else if (open == null && date.isBefore(latest.getDischargeDate())) {
				errors.rejectValue("admissionDate", "beneficiary.admissionBeforeLastDischarge");
			}
		}
		boolean overCapacity = this.beneficiaries.checkAdmission(target, date, form.isConfirmOverCapacity(), errors);
		if (errors.hasErrors()) {
			return;
		}
		if (open != null) {
			open.discharge(date, DischargeReason.TRANSFER);
			this.stays.saveAndFlush(open);
			this.accessLog.record(id, open.getEstablishmentId(), AccessAction.TRANSFER, "to " + target.id());
		}
		Stay stay = new Stay(id, target.id(), overCapacity);
		stay.admission(date, form.getReferralSource(), form.getLegalBasis(), form.getLegalBasisReference());
		this.stays.save(stay);
		beneficiary.moveTo(target.id());
		this.entityManager.lock(beneficiary, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.accessLog.record(id, target.id(), AccessAction.ADMIT, overCapacity ? "overCapacity" : null);
	}

}
