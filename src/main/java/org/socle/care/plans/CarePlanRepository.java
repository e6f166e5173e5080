package org.socle.care.plans;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CarePlanRepository extends JpaRepository<CarePlan, Long> {

	Optional<CarePlan> findByBeneficiaryId(long beneficiaryId);

	@Modifying
	@Query("update CarePlan p set p.goals = null, p.actions = null where p.beneficiaryId in :beneficiaryIds")
	int clearContent(Collection<Long> beneficiaryIds);

	@Modifying
	@Query("""
			update CarePlanReview v set v.summary = null
			where v.carePlanId in (select p.id from CarePlan p where p.beneficiaryId in :beneficiaryIds)
			""")
	int clearReviewSummaries(Collection<Long> beneficiaryIds);

}
