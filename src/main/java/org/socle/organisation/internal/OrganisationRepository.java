package org.socle.organisation.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.socle.organisation.OrganisationRef;
import org.socle.organisation.OrganisationSummary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	/**
	 * Id and name of the active organisations, by name, for the selects (hundreds at
	 * national scale, on every list request): read as values, not as entities, which
	 * Hibernate loads column by column and keeps a snapshot of.
	 */
	@Query("select new org.socle.organisation.OrganisationRef(o.id, o.name) from Organisation o"
			+ " where o.active = true order by o.name")
	List<OrganisationRef> findActiveRefs();

	/**
	 * Id and name of some organisations. The ids are bound as one array: the SQL of an
	 * {@code in} list changes with its length, so Hibernate translates it again on every
	 * call.
	 */
	@Query("select new org.socle.organisation.OrganisationRef(o.id, o.name) from Organisation o"
			+ " where array_contains(:ids, o.id)")
	List<OrganisationRef> findRefs(Long[] ids);

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
