package org.socle.establishment.records;

import java.time.LocalDate;
import java.util.List;

import org.socle.establishment.StaffRef;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffRepository extends JpaRepository<StaffMember, Long> {

	List<StaffMember> findByEstablishmentIdOrderByEndDateDescNameAsc(long establishmentId);

	@Query("""
			select count(s) from StaffMember s
			where s.establishmentId = :establishmentId and s.careQualified = true
			  and s.startDate <= :date and (s.endDate is null or s.endDate >= :date)
			""")
	long countCareQualified(long establishmentId, LocalDate date);

	/**
	 * {@link #countCareQualified} of every establishment with such staff, of one
	 * organisation or (null) of all.
	 */
	@Query("""
			select new org.socle.establishment.records.StaffCount(s.establishmentId, count(s))
			from StaffMember s, Establishment e
			where e.id = s.establishmentId and (:organisationId is null or e.organisationId = :organisationId)
			  and s.careQualified = true and s.startDate <= :date and (s.endDate is null or s.endDate >= :date)
			group by s.establishmentId
			""")
	List<StaffCount> countCareQualifiedByEstablishment(Long organisationId, LocalDate date);

	@Query("""
			select new org.socle.establishment.StaffRef(s.id, s.name, s.qualification) from StaffMember s
			where s.establishmentId = :establishmentId
			  and s.startDate <= :date and (s.endDate is null or s.endDate >= :date)
			order by s.name
			""")
	List<StaffRef> findActive(long establishmentId, LocalDate date);

}
