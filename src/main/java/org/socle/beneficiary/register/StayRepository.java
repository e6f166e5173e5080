package org.socle.beneficiary.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.socle.beneficiary.StayPeriod;

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

	/**
	 * The stays in the establishment that overlap {@code from} to {@code to}, of records
	 * not anonymised.
	 */
	@Query("""
			select new org.socle.beneficiary.StayPeriod(s.beneficiaryId, s.admissionDate, s.dischargeDate)
			from Stay s join Beneficiary b on b.id = s.beneficiaryId
			where s.establishmentId = :establishmentId and s.admissionDate <= :to
			  and (s.dischargeDate is null or s.dischargeDate >= :from) and b.anonymisedAt is null
			""")
	List<StayPeriod> findOverlapping(long establishmentId, LocalDate from, LocalDate to);

}
