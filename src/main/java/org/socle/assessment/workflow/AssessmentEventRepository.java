package org.socle.assessment.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentEventRepository extends JpaRepository<AssessmentEvent, Long> {

	List<AssessmentEvent> findByAssessmentIdOrderByOccurredAtAscIdAsc(long assessmentId);

	long countByAssessmentIdAndToStatus(long assessmentId, AssessmentStatus toStatus);

}
