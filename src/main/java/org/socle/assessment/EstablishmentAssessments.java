package org.socle.assessment;

import org.socle.assessment.workflow.AssessmentQueries;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An establishment's assessments and where each stands, newest reference date first, as
 * its assessments page lists them (managers do not see audits in progress): for callers
 * outside this module (the REST API). Three statements (access, count, page).
 */
@Service
@Transactional(readOnly = true)
public class EstablishmentAssessments {

	private final AssessmentQueries queries;

	EstablishmentAssessments(AssessmentQueries queries) {
		this.queries = queries;
	}

	/**
	 * @param pageable page and size, already bounded by the caller (the order is fixed)
	 * @throws org.socle.shared.NotFoundException when the current user may not read the
	 * establishment
	 */
	public Page<AssessmentSummary> of(long establishmentId, Pageable pageable) {
		return this.queries.forEstablishment(establishmentId, pageable)
			.map((row) -> new AssessmentSummary(row.id(), row.kind(), row.status().name(), row.referenceDate(),
					row.standardLabel(), row.submittedAt(), row.updatedAt(), row.scoreDisplay(), row.rating()));
	}

}
