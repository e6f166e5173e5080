package org.socle.notification.mail;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The e-mail outbox, for admins: what was sent, what waits, what failed. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxAdminController {

	static final String PATH = "/admin/outbox";

	private static final String VIEW = "notification/outbox";

	private final OutboxAdmin outbox;

	OutboxAdminController(OutboxAdmin outbox) {
		this.outbox = outbox;
	}

	@GetMapping(PATH)
	String showList(@RequestParam(required = false) OutboxStatus status, @PageableDefault(size = 50) Pageable pageable,
			Model model) {
		model.addAttribute("page", this.outbox.find(status, pageable));
		model.addAttribute("status", status);
		model.addAttribute("statuses", OutboxStatus.values());
		return VIEW;
	}

	@PostMapping(PATH + "/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		boolean queued = this.outbox.resend(id);
		redirect.addFlashAttribute(queued ? "success" : "warning", queued ? "outbox.resent" : "outbox.notFailed");
		return "redirect:" + PATH + "?status=FAILED";
	}

}
