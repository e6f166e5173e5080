package org.socle.identity.securitylog;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The security log, for admins. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SecurityLogController {

	static final String VIEW = "identity/security-log";

	private final SecurityLog log;

	SecurityLogController(SecurityLog log) {
		this.log = log;
	}

	@GetMapping("/admin/security-log")
	String showLog(@RequestParam(required = false) String username,
			@RequestParam(required = false) SecurityEventKind kind, @PageableDefault(size = 50) Pageable pageable,
			Model model) {
		model.addAttribute("page", this.log.find(username, kind, pageable));
		model.addAttribute("username", username);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", SecurityEventKind.values());
		return VIEW;
	}

}
