package org.socle.assessment.contradiction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredContradictionRepository extends JpaRepository<StoredContradiction, Long> {

	List<StoredContradiction> findByAssessmentIdOrderByIndicatorCodeAscIdAsc(long assessmentId);

	Optional<StoredContradiction> findByIdAndAssessmentId(long id, long assessmentId);

	@Modifying(flushAutomatically = true)
	@Query("delete from StoredContradiction c where c.assessmentId = :assessmentId")
	void deleteByAssessment(long assessmentId);

}
