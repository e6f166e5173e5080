package org.socle.reporting.home;

import java.util.Locale;

import org.socle.establishment.EstablishmentAccess;
import org.socle.identity.SocleUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role lands on its home page, with the assessment figures that concern it: what
 * waits for review (auditors, admins), the establishments to assess (managers), drafts in
 * progress and overdue corrective actions (everyone, within what they may see).
 */
@Controller
class HomeController {

	static final String HOME_VIEW = "home/index";

	private final HomeFigures figures;

	private final EstablishmentAccess establishments;

	HomeController(HomeFigures figures, EstablishmentAccess establishments) {
		this.figures = figures;
		this.establishments = establishments;
	}

	@GetMapping("/")
	String showHome(@AuthenticationPrincipal SocleUser user, Model model) {
		model.addAttribute("role", user.role().name().toLowerCase(Locale.ROOT));
		model.addAttribute("figures", this.figures.forCurrentUser());
		if (user.isManager()) {
			model.addAttribute("establishments", this.establishments.listReadable());
		}
		return HOME_VIEW;
	}

}
