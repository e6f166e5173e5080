package org.socle.assessment.workflow;

import org.socle.assessment.AssessmentKind;
import org.socle.establishment.Category;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The auditors' queue: submitted assessments and those in review, oldest first.
 */
@Controller
class ReviewQueueController {

	static final String QUEUE_VIEW = "assessment/review";

	private final AssessmentQueries queries;

	private final ProvisionalScores scores;

	ReviewQueueController(AssessmentQueries queries, ProvisionalScores scores) {
		this.queries = queries;
		this.scores = scores;
	}

	/** The queue, filtered, with each assessment's provisional score and rating. */
	@GetMapping("/assessments/review")
	String showQueue(@ModelAttribute("filter") ReviewFilter filter, @PageableDefault(size = 20) Pageable pageable,
			Model model) {
		Page<AssessmentListRow> page = this.queries.reviewQueue(filter,
				Paging.unsorted(pageable, Paging.MAX_PAGE_SIZE));
		model.addAttribute("page", page);
		model.addAttribute("provisional", this.scores.of(page.getContent()));
		model.addAttribute("regions", this.queries.regions());
		model.addAttribute("categories", Category.values());
		model.addAttribute("kinds", AssessmentKind.values());
		return QUEUE_VIEW;
	}

}
