package org.socle.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.socle.organisation.OrganisationSummary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findByActiveTrueOrderByName();

	Optional<Organisation> findByName(String name);

	@Query("""
			select new org.socle.organisation.OrganisationSummary(o.id, o.name, o.legalForm, o.regionCode, o.active)
			from Organisation o
			where (:onlyId is null or o.id = :onlyId)
			  and (:q is null or lower(o.name) like :q escape '\\' or lower(o.registrationNumber) like :q escape '\\')
			""")
	Page<OrganisationSummary> findSummaries(String q, Long onlyId, Pageable pageable);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

	boolean existsByRegistrationNumberIgnoreCaseAndIdNot(String registrationNumber, long id);

}
