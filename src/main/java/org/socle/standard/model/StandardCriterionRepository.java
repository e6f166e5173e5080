package org.socle.standard.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StandardCriterionRepository extends JpaRepository<StandardCriterion, Long> {

	List<StandardCriterion> findByStandardIdOrderByDomainIdAscPositionAsc(long standardId);

	List<StandardCriterion> findByDomainIdOrderByPosition(long domainId);

	Optional<StandardCriterion> findByIdAndStandardId(long id, long standardId);

}
