package org.socle.notification.inbox;

import java.util.Locale;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The logged-in user's notices, newest first (the bell links here). */
@Controller
class NotificationsController {

	static final String PATH = "/notifications";

	private static final String VIEW = "notification/list";

	private final Inbox inbox;

	NotificationsController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping(PATH)
	String showList(Pageable pageable, Locale locale, Model model) {
		model.addAttribute("page", this.inbox.page(pageable, locale));
		return VIEW;
	}

	@PostMapping(PATH + "/{id}/read")
	String markRead(@PathVariable long id) {
		this.inbox.markRead(id);
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/read")
	String markAllRead(RedirectAttributes redirect) {
		this.inbox.markAllRead();
		redirect.addFlashAttribute("success", "notification.allRead");
		return "redirect:" + PATH;
	}

}
