package org.socle.reporting.home;

import java.util.List;
import java.util.Locale;

import org.socle.identity.SocleUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role lands on its home page, with the assessment figures that concern it: what
 * waits for review (auditors, admins), their establishments with scores and alerts
 * (managers), drafts in progress and overdue corrective actions (everyone, within what
 * they may see).
 */
@Controller
class HomeController {

	static final String HOME_VIEW = "home/index";

	private final HomeFigures figures;

	HomeController(HomeFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/")
	String showHome(@AuthenticationPrincipal SocleUser user, Model model) {
		String role = user.role().name().toLowerCase(Locale.ROOT);
		model.addAttribute("role", role);
		model.addAttribute("figures", this.figures.forCurrentUser());
		List<ManagedEstablishment> establishments = user.isManager() ? this.figures.managedEstablishments() : null;
		model.addAttribute("establishments", establishments);
		model.addAttribute("tiles", HomeTile.of(role, establishments));
		return HOME_VIEW;
	}

}
