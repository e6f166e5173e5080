package org.socle.care.plans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.socle.beneficiary.BeneficiaryDataContributor;
import org.socle.beneficiary.ExportSection;
import org.socle.care.services.CareRecordRepository;
import org.socle.care.types.ServiceKind;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The care plan, its reviews and the services, in a person's export; cleared at
 * retention.
 */
@Component
class CareDataContributor implements BeneficiaryDataContributor {

	private final CarePlanRepository plans;

	private final CarePlanReviewRepository reviews;

	private final CareRecordRepository records;

	private final MessageSource messages;

	CareDataContributor(CarePlanRepository plans, CarePlanReviewRepository reviews, CareRecordRepository records,
			MessageSource messages) {
		this.plans = plans;
		this.reviews = reviews;
		this.records = records;
		this.messages = messages;
	}

	@Override
	public List<ExportSection> personalData(long beneficiaryId) {
		Locale locale = LocaleContextHolder.getLocale();
		List<ExportSection> sections = new ArrayList<>();
		this.plans.findByBeneficiaryId(beneficiaryId).ifPresent(plan -> {
			List<List<String>> rows = new ArrayList<>();
			rows.add(Arrays.asList(message("care.plan.goals", locale), plan.getGoals()));
			rows.add(Arrays.asList(message("care.plan.actions", locale), plan.getActions()));
			rows.add(Arrays.asList(message("care.plan.nextReviewDate", locale),
					Objects.toString(plan.getNextReviewDate(), null)));
			sections.add(new ExportSection("carePlan", message("care.plan.title", locale), List.of("field", "value"),
					List.of(message("export.field", locale), message("export.value", locale)), rows));
			List<List<String>> reviewRows = this.reviews.findByCarePlanIdOrderByReviewDateDescIdDesc(plan.getId())
				.stream()
				.map(r -> Arrays.asList(r.getReviewDate().toString(), r.getSummary()))
				.toList();
			sections.add(new ExportSection("carePlanReviews", message("care.review.title", locale),
					List.of("reviewDate", "summary"),
					List.of(message("care.review.date", locale), message("care.review.summary", locale)), reviewRows));
		});
		List<List<String>> services = this.records.findByBeneficiary(beneficiaryId, false, ServiceKind.HEALTH)
			.stream()
			.map(r -> Arrays.asList(r.serviceDate().toString(), r.typeName(locale), r.notes()))
			.toList();
		sections.add(new ExportSection("services", message("care.services.title", locale),
				List.of("date", "serviceType", "notes"), List.of(message("care.serviceDate", locale),
						message("care.serviceType", locale), message("care.notes", locale)),
				services));
		return sections;
	}

	@Override
	public void anonymise(Collection<Long> beneficiaryIds) {
		if (beneficiaryIds.isEmpty()) {
			return;
		}
		this.records.clearNotes(beneficiaryIds);
		this.plans.clearReviewSummaries(beneficiaryIds);
		this.plans.clearContent(beneficiaryIds);
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
