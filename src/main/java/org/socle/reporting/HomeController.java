package org.socle.reporting;

import org.socle.assessment.AssessmentOverview;
import org.socle.establishment.EstablishmentAccess;
import org.socle.identity.SocleUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role lands on its own home page, with the assessment figures that concern it: what
 * waits for review (auditors, admins), drafts in progress and overdue corrective actions
 * (everyone, within what they may see).
 */
@Controller
class HomeController {

	private final AssessmentOverview assessments;

	private final EstablishmentAccess establishments;

	HomeController(AssessmentOverview assessments, EstablishmentAccess establishments) {
		this.assessments = assessments;
		this.establishments = establishments;
	}

	@GetMapping("/")
	String showHome(@AuthenticationPrincipal SocleUser user, Model model) {
		model.addAttribute("figures", this.assessments.forCurrentUser());
		if (user.isManager()) {
			model.addAttribute("establishments", this.establishments.listReadable());
		}
		return switch (user.role()) {
			case ADMIN -> "home/admin";
			case AUDITOR -> "home/auditor";
			case MANAGER -> "home/manager";
		};
	}

}
