package org.socle.establishment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EstablishmentRepository extends JpaRepository<Establishment, Long> {

	String INFO = """
			select new org.socle.establishment.EstablishmentInfo(e.id, e.nameFr, e.nameAr, e.category, e.status,
			       e.organisationId, e.regionCode, e.authorisedCapacity)
			from Establishment e
			""";

	@Query(INFO + " where e.id = :id")
	Optional<EstablishmentInfo> findInfo(long id);

	@Query(INFO + " order by e.nameFr")
	List<EstablishmentInfo> findAllInfos();

	@Query(INFO + " where e.organisationId = :organisationId order by e.nameFr")
	List<EstablishmentInfo> findInfosByOrganisation(long organisationId);

	Optional<Establishment> findByNameFr(String nameFr);

}
