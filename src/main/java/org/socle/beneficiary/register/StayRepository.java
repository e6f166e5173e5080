package org.socle.beneficiary.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StayRepository extends JpaRepository<Stay, Long> {

	/** Newest first. */
	List<Stay> findByBeneficiaryIdOrderByAdmissionDateDescIdDesc(long beneficiaryId);

	@Query("select s from Stay s where s.beneficiaryId = :beneficiaryId and s.dischargeDate is null")
	Optional<Stay> findOpen(long beneficiaryId);

	@Query("select s.beneficiaryId from Stay s where s.beneficiaryId in :ids and s.dischargeDate is null")
	List<Long> findOpenAmong(Collection<Long> ids);

	/**
	 * Beneficiaries active on {@code date}: admitted on or before it, not discharged
	 * before it.
	 */
	@Query("""
			select count(distinct s.beneficiaryId) from Stay s
			where s.establishmentId = :establishmentId and s.admissionDate <= :date
			  and (s.dischargeDate is null or s.dischargeDate >= :date)
			""")
	long countActive(long establishmentId, LocalDate date);

}
