package org.socle.beneficiary;

import org.springframework.ui.Model;

/** The option lists of the beneficiary forms. */
final class FormOptions {

	private FormOptions() {
	}

	static void addTo(Model model) {
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("categories", BeneficiaryCategory.values());
		model.addAttribute("disabilityTypes", DisabilityType.values());
		model.addAttribute("consentGivers", ConsentGivenBy.values());
		model.addAttribute("healthInsurances", HealthInsurance.values());
		model.addAttribute("rsuStatuses", RsuStatus.values());
		model.addAttribute("benefitStatuses", BenefitStatus.values());
		model.addAttribute("schoolings", Schooling.values());
		model.addAttribute("referralSources", ReferralSource.values());
		model.addAttribute("legalBases", LegalBasis.values());
	}

}
