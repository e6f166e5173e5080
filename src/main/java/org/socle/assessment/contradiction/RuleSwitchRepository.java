package org.socle.assessment.contradiction;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleSwitchRepository extends JpaRepository<RuleSwitch, Long> {

	Optional<RuleSwitch> findByCode(String code);

}
