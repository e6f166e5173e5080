package org.socle.beneficiary.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface BeneficiaryRepository extends JpaRepository<Beneficiary, Long> {

	/** ALL, ACTIVE (no discharge) or DISCHARGED. */
	String STATUS_WHERE = """
			  and (:status = 'ALL' or (:status = 'ACTIVE' and s.dischargeDate is null)
			       or (:status = 'DISCHARGED' and s.dischargeDate is not null))
			""";

	String LIST_WHERE = """
			where s.establishmentId = :establishmentId
			  and s.id = (select max(s2.id) from Stay s2
			              where s2.beneficiaryId = s.beneficiaryId and s2.establishmentId = :establishmentId)
			""" + STATUS_WHERE + """
			  and (:q = '%' or lower(b.lastName) like :q or lower(b.firstName) like :q
			       or b.lastNameAr like :q or b.firstNameAr like :q or lower(b.cin) like :q
			       or lower(b.birthCertificateRef) like :q)
			""";

	String LIST_SELECT = """
			select new org.socle.beneficiary.register.BeneficiaryRow(b.id, b.lastName, b.firstName, b.lastNameAr, b.firstNameAr,
			       b.sex, b.birthDate, b.birthYear, b.category, s.admissionDate, s.dischargeDate, s.dischargeReason,
			       s.overCapacity, s.legalBasisReference, b.establishmentId, b.anonymisedAt, s.establishmentId)
			from Stay s join Beneficiary b on b.id = s.beneficiaryId
			""";

	String LIST_ORDER = " order by s.dischargeDate desc nulls first, lower(b.lastName), lower(b.firstName), b.id";

	/**
	 * The beneficiaries with a stay in the establishment, each with their latest stay
	 * there, by name; {@code status} is ALL, ACTIVE or DISCHARGED, {@code q} a lower-case
	 * LIKE pattern ({@code %} for everyone).
	 */
	@Query(value = LIST_SELECT + LIST_WHERE + LIST_ORDER,
			countQuery = "select count(s) from Stay s join Beneficiary b on b.id = s.beneficiaryId " + LIST_WHERE)
	Page<BeneficiaryRow> list(long establishmentId, String status, String q, Pageable pageable);

	/** The ids of the beneficiaries {@link #list} would list with {@code q} {@code %}. */
	@Query("select b.id from Stay s join Beneficiary b on b.id = s.beneficiaryId " + LIST_WHERE)
	List<Long> listIds(long establishmentId, String status, String q);

	/** The rows of {@link #list} for the given beneficiaries, in no particular order. */
	@Query(LIST_SELECT + """
			where s.establishmentId = :establishmentId and b.id in :ids
			  and s.id = (select max(s2.id) from Stay s2
			              where s2.beneficiaryId = s.beneficiaryId and s2.establishmentId = :establishmentId)
			""")
	List<BeneficiaryRow> listRows(long establishmentId, Collection<Long> ids);

	/**
	 * The whole {@link #list} for an export, read from a cursor in the caller's
	 * transaction.
	 */
	@Query(LIST_SELECT + LIST_WHERE + LIST_ORDER)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<BeneficiaryRow> streamList(long establishmentId, String status, String q);

	/**
	 * The {@link #list} of each of these establishments, everyone ({@code q} {@code %}),
	 * establishment after establishment (by id, in no order within one), read from a
	 * cursor in the caller's transaction.
	 */
	@Query(LIST_SELECT + """
			where s.establishmentId in :establishmentIds
			  and s.id = (select max(s2.id) from Stay s2
			              where s2.beneficiaryId = s.beneficiaryId and s2.establishmentId = s.establishmentId)
			""" + STATUS_WHERE + " order by s.establishmentId")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<BeneficiaryRow> streamEstablishments(Collection<Long> establishmentIds, String status);

	/** Names of some beneficiaries (a batch of an export), in no order. */
	@Query("""
			select new org.socle.beneficiary.register.BeneficiaryName(b.id, b.lastName, b.firstName)
			from Beneficiary b where b.id in :ids
			""")
	List<BeneficiaryName> findNames(Collection<Long> ids);

	/**
	 * The beneficiaries with an open stay in the establishment on {@code date}, by name.
	 */
	@Query("""
			select b from Beneficiary b
			where exists (select 1 from Stay s where s.beneficiaryId = b.id and s.establishmentId = :establishmentId
			              and s.admissionDate <= :date and (s.dischargeDate is null or s.dischargeDate >= :date))
			order by lower(b.lastName), lower(b.firstName), b.id
			""")
	List<Beneficiary> findActive(long establishmentId, LocalDate date);

	List<Beneficiary> findByIdIn(Collection<Long> ids);

}
