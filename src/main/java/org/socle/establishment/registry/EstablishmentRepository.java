package org.socle.establishment.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.EstablishmentStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface EstablishmentRepository extends JpaRepository<Establishment, Long> {

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

	/**
	 * The list's lines. {@code scope} is the manager's organisation (null: every
	 * organisation); the other parameters are the optional filters.
	 * {@code unauthorisedOnly} keeps the establishments the national dashboard counts
	 * "without a valid authorisation": opened by today, and not authorised (VALID) until
	 * today at least.
	 */
	String ROWS_WHERE = """
			where (:scope is null or e.organisationId = :scope)
			  and (:organisation is null or e.organisationId = :organisation)
			  and (:region is null or e.regionCode = :region)
			  and (:province is null or e.provinceId = :province)
			  and (:category is null or e.category = :category)
			  and (:status is null or e.status = :status)
			  and (:q is null or lower(e.nameFr) like :q escape '\\' or lower(e.nameAr) like :q escape '\\')
			  and (:expiredOnly = false
			       or e.authorisationStatus = org.socle.establishment.registry.AuthorisationStatus.EXPIRED
			       or e.authorisationExpiry < :today)
			  and (:unauthorisedOnly = false
			       or ((e.openingDate is null or e.openingDate <= :today)
			           and (e.authorisationStatus <> org.socle.establishment.registry.AuthorisationStatus.VALID
			                or e.authorisationExpiry < :today)))
			""";

	String ROWS = """
			select new org.socle.establishment.registry.EstablishmentRow(e.id, e.nameFr, e.nameAr, e.category, e.status,
			       e.organisationId, e.regionCode, e.authorisationStatus, e.authorisationExpiry, e.authorisedCapacity)
			from Establishment e
			""" + ROWS_WHERE;

	/**
	 * One page of the list ({@link #ROWS}). The count query is written out: the one
	 * Spring Data derives goes through Hibernate's {@code getResultCount}, which
	 * translates its SQL again on every call (about a tenth of the list's CPU at 1,100
	 * establishments).
	 */
	@Query(value = ROWS, countQuery = "select count(e) from Establishment e " + ROWS_WHERE)
	Page<EstablishmentRow> findRows(Long scope, Long organisation, String region, Long province, Category category,
			EstablishmentStatus status, String q, boolean expiredOnly, boolean unauthorisedOnly, LocalDate today,
			Pageable pageable);

	/**
	 * The whole list ({@link #ROWS}) for an export, read from a cursor in the caller's
	 * transaction.
	 */
	@Query(ROWS)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<EstablishmentRow> streamRows(Long scope, Long organisation, String region, Long province, Category category,
			EstablishmentStatus status, String q, boolean expiredOnly, boolean unauthorisedOnly, LocalDate today,
			Sort sort);

	/** Number of establishments per organisation, for the organisations list. */
	@Query("""
			select e.organisationId, count(e) from Establishment e
			where e.organisationId in :organisationIds group by e.organisationId
			""")
	List<Object[]> countByOrganisations(Collection<Long> organisationIds);

	/**
	 * Number of establishments of every organisation ({@code onlyId}: of one), for the
	 * organisations export: one line per organisation, a handful of thousands at most.
	 */
	@Query("""
			select e.organisationId, count(e) from Establishment e
			where (:onlyId is null or e.organisationId = :onlyId) group by e.organisationId
			""")
	List<Object[]> countPerOrganisation(Long onlyId);

}
