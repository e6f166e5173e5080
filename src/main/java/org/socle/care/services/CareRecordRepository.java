package org.socle.care.services;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.socle.care.types.ServiceKind;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface CareRecordRepository extends JpaRepository<CareRecord, Long> {

	String ROW = """
			select new org.socle.care.services.ServiceRow(r.id, r.beneficiaryId, r.serviceDate, t.nameFr, t.nameAr, t.nameEn,
			       t.kind, r.staffId, r.notes)
			from CareRecord r join ServiceType t on t.id = r.serviceTypeId
			""";

	String ESTABLISHMENT_WHERE = """
			where r.establishmentId = :establishmentId and (:restricted = false or t.kind not in :health)
			  and (:typeId = 0 or t.id = :typeId)
			""";

	String ESTABLISHMENT_ORDER = " order by r.serviceDate desc, r.id desc";

	/**
	 * An establishment's services, newest first; {@code restricted} leaves out the health
	 * kinds (auditors, admins); {@code typeId} 0 for every type.
	 */
	@Query(value = ROW + ESTABLISHMENT_WHERE + ESTABLISHMENT_ORDER,
			countQuery = "select count(r) from CareRecord r join ServiceType t on t.id = r.serviceTypeId "
					+ ESTABLISHMENT_WHERE)
	Page<ServiceRow> findByEstablishment(long establishmentId, boolean restricted, Collection<ServiceKind> health,
			long typeId, Pageable pageable);

	/**
	 * The whole {@link #findByEstablishment} list for an export, read from a cursor in
	 * the caller's transaction.
	 */
	@Query(ROW + ESTABLISHMENT_WHERE + ESTABLISHMENT_ORDER)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<ServiceRow> streamByEstablishment(long establishmentId, boolean restricted, Collection<ServiceKind> health,
			long typeId);

	/** A beneficiary's services, newest first. */
	@Query(ROW + " where r.beneficiaryId = :beneficiaryId and (:restricted = false or t.kind not in :health)"
			+ " order by r.serviceDate desc, r.id desc")
	List<ServiceRow> findByBeneficiary(long beneficiaryId, boolean restricted, Collection<ServiceKind> health);

	@Modifying
	@Query("update CareRecord r set r.notes = null where r.beneficiaryId in :beneficiaryIds")
	int clearNotes(Collection<Long> beneficiaryIds);

}
