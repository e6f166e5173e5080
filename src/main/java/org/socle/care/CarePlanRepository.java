package org.socle.care;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CarePlanRepository extends JpaRepository<CarePlan, Long> {

	Optional<CarePlan> findByBeneficiaryId(long beneficiaryId);

}
