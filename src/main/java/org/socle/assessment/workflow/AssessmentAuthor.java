package org.socle.assessment.workflow;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A user who created or changed an assessment's content (answers, evidence, metrics,
 * submission): four eyes bar them from reviewing it. Rows are only ever added, by
 * {@link AssessmentAuthorRepository#add}.
 */
@Entity
@Table(name = "assessment_author")
@IdClass(AssessmentAuthor.Key.class)
class AssessmentAuthor {

	@Id
	private long assessmentId;

	@Id
	private long userId;

	protected AssessmentAuthor() {
	}

	record Key(long assessmentId, long userId) implements Serializable {
	}

}
