package org.socle.assessment.evidence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByAssessmentIdOrderById(long assessmentId);

	long countByAnswerId(long answerId);

}
