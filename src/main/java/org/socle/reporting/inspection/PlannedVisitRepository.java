package org.socle.reporting.inspection;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlannedVisitRepository extends JpaRepository<PlannedVisit, Long> {

	Optional<PlannedVisit> findByEstablishmentIdAndStatus(long establishmentId, PlannedVisit.Status status);

}
