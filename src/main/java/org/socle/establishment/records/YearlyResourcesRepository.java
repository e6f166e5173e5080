package org.socle.establishment.records;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface YearlyResourcesRepository extends JpaRepository<YearlyResources, Long> {

	List<YearlyResources> findByEstablishmentIdOrderByYearDesc(long establishmentId);

	boolean existsByEstablishmentIdAndYearAndIdNot(long establishmentId, int year, long id);

}
