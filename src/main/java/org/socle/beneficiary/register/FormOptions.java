package org.socle.beneficiary.register;

import org.socle.beneficiary.BeneficiaryCategory;
import org.socle.beneficiary.BenefitStatus;
import org.socle.beneficiary.ConsentGivenBy;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.HealthInsurance;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.beneficiary.RsuStatus;
import org.socle.beneficiary.Schooling;
import org.socle.beneficiary.Sex;

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
