package org.socle.organisation.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.socle.organisation.OrganisationSummary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findByActiveTrueOrderByName();

	Optional<Organisation> findByName(String name);

	String SUMMARIES = """
			select new org.socle.organisation.OrganisationSummary(o.id, o.name, o.legalForm, o.regionCode, o.active)
			from Organisation o
			where (:onlyId is null or o.id = :onlyId)
			  and (:q is null or lower(o.name) like :q escape '\\' or lower(o.registrationNumber) like :q escape '\\')
			""";

	@Query(SUMMARIES)
	Page<OrganisationSummary> findSummaries(String q, Long onlyId, Pageable pageable);

	/** The same lines, every page, read through a cursor (exports). */
	@Query(SUMMARIES)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<OrganisationSummary> streamSummaries(String q, Long onlyId, Sort sort);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

	boolean existsByRegistrationNumberIgnoreCaseAndIdNot(String registrationNumber, long id);

}
