package org.socle.establishment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface YearlyResourcesRepository extends JpaRepository<YearlyResources, Long> {

	List<YearlyResources> findByEstablishmentIdOrderByYearDesc(long establishmentId);

	boolean existsByEstablishmentIdAndYearAndIdNot(long establishmentId, int year, long id);

}
