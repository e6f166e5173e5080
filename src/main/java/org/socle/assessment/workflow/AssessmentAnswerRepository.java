package org.socle.assessment.workflow;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentAnswerRepository extends JpaRepository<AssessmentAnswer, Long> {

	List<AssessmentAnswer> findByAssessmentIdOrderById(long assessmentId);

	List<AssessmentAnswer> findByAssessmentIdIn(java.util.Collection<Long> assessmentIds);

	Optional<AssessmentAnswer> findByAssessmentIdAndIndicatorCode(long assessmentId, String indicatorCode);

}
