package org.socle.establishment.history;

import java.util.Locale;

import org.socle.establishment.registry.EstablishmentService;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The history tab: every change to the establishment and its records, newest first, in
 * the reader's language.
 */
@Controller
class EstablishmentHistoryController {

	static final String VIEW = "establishment/history";

	private final EstablishmentService establishments;

	private final EstablishmentHistoryService history;

	EstablishmentHistoryController(EstablishmentService establishments, EstablishmentHistoryService history) {
		this.establishments = establishments;
		this.history = history;
	}

	@GetMapping("/establishments/{id}/history")
	String showHistory(@PathVariable long id, @PageableDefault(size = 20) Pageable pageable, Locale locale,
			Model model) {
		model.addAttribute("establishment", this.establishments.details(id));
		model.addAttribute("page", this.history.history(id, Paging.unsorted(pageable, Paging.MAX_PAGE_SIZE), locale));
		model.addAttribute("tab", "history");
		return VIEW;
	}

}
