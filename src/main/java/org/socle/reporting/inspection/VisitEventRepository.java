package org.socle.reporting.inspection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VisitEventRepository extends JpaRepository<VisitEvent, Long> {

	/** The trail of every visit of an establishment, latest first. */
	@Query("""
			SELECT ev FROM VisitEvent ev, PlannedVisit v
			WHERE v.id = ev.visitId AND v.establishmentId = :establishmentId
			ORDER BY ev.occurredAt DESC, ev.id DESC
			""")
	List<VisitEvent> trail(long establishmentId);

}
