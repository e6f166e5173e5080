package org.socle.establishment.records;

import java.util.List;

import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.records.RecordLines.ResourcesLine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * An establishment's resources, one row per year, amounts by source in MAD.
 */
@Service
class ResourcesRecords extends SubRecords<YearlyResources, ResourcesForm> {

	private final YearlyResourcesRepository resources;

	ResourcesRecords(EstablishmentAccess access, YearlyResourcesRepository resources) {
		super(access, resources);
		this.resources = resources;
	}

	@Override
	List<ResourcesLine> findLines(long establishmentId) {
		return this.resources.findByEstablishmentIdOrderByYearDesc(establishmentId)
			.stream()
			.map(ResourcesLine::of)
			.toList();
	}

	@Override
	YearlyResources create(long establishmentId) {
		return new YearlyResources(establishmentId);
	}

	@Override
	void apply(ResourcesForm form, YearlyResources r) {
		r.update(form.getYear(), form.getPublicFunding(), form.getAgreements(), form.getCharity(), form.getOwnIncome());
	}

	@Override
	ResourcesForm toForm(YearlyResources r) {
		ResourcesForm form = new ResourcesForm();
		form.setYear(r.getYear());
		form.setPublicFunding(r.getPublicFunding());
		form.setAgreements(r.getAgreements());
		form.setCharity(r.getCharity());
		form.setOwnIncome(r.getOwnIncome());
		return form;
	}

	/** One row per year: a second row for the same year is refused. */
	@Override
	@Transactional(readOnly = true)
	void validate(long establishmentId, Long recordId, ResourcesForm form, Errors errors) {
		if (form.getYear() != null && this.resources.existsByEstablishmentIdAndYearAndIdNot(establishmentId,
				form.getYear(), (recordId != null) ? recordId : -1L)) {
			errors.rejectValue("year", "resources.year.taken");
		}
	}

}
