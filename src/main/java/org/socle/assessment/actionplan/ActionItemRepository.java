package org.socle.assessment.actionplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

	List<ActionItem> findByAssessmentIdOrderByIndicatorCode(long assessmentId);

}
