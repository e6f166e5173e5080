package org.socle.reporting.inspection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskWeightRepository extends JpaRepository<RiskWeight, Long> {

	List<RiskWeight> findAllByOrderById();

}
