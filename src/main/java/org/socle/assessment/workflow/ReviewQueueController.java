package org.socle.assessment.workflow;

import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The auditors' queue: submitted assessments and those in review, oldest first.
 */
@Controller
class ReviewQueueController {

	static final String QUEUE_VIEW = "assessment/review";

	private final AssessmentQueries queries;

	ReviewQueueController(AssessmentQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/assessments/review")
	String showQueue(@PageableDefault(size = 20) Pageable pageable, Model model) {
		model.addAttribute("page", this.queries.reviewQueue(Paging.unsorted(pageable, Paging.MAX_PAGE_SIZE)));
		return QUEUE_VIEW;
	}

}
