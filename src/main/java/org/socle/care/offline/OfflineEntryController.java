package org.socle.care.offline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The service entry that works offline: a page the service worker keeps, filled on the
 * device from what it stored (static/js/offline/entry.js).
 */
@Controller
class OfflineEntryController {

	static final String ENTRY_VIEW = "care/offline-entry";

	private final OfflineEntry entry;

	OfflineEntryController(OfflineEntry entry) {
		this.entry = entry;
	}

	@GetMapping("/establishments/{id}/services/offline")
	String showEntry(@PathVariable long id, Model model) {
		model.addAttribute("establishment", this.entry.requireManaged(id));
		model.addAttribute("maxDays", this.entry.maxDays());
		return ENTRY_VIEW;
	}

}
