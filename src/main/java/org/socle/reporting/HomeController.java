package org.socle.reporting;

import org.socle.identity.SocleUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role lands on its own home page.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String showHome(@AuthenticationPrincipal SocleUser user) {
		return switch (user.role()) {
			case ADMIN -> "home/admin";
			case AUDITOR -> "home/auditor";
			case MANAGER -> "home/manager";
		};
	}

}
