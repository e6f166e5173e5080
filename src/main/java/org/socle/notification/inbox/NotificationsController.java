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

	private static final String BELL = "notification/bell :: bell";

	private final Inbox inbox;

	private final NotificationBell bell;

	NotificationsController(Inbox inbox, NotificationBell bell) {
		this.inbox = inbox;
		this.bell = bell;
	}

	@GetMapping(PATH)
	String showList(Pageable pageable, Locale locale, Model model) {
		model.addAttribute("page", this.inbox.page(pageable, locale));
		return VIEW;
	}

	/**
	 * The bell with its count, which every page asks for once loaded (htmx), so that no
	 * page waits for the count.
	 */
	@GetMapping(PATH + "/bell")
	String showBell(Model model) {
		model.addAttribute("unreadNotices", this.bell.unread());
		return BELL;
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
