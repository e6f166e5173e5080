package org.socle.standard.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StandardIndicatorRepository extends JpaRepository<StandardIndicator, Long> {

	List<StandardIndicator> findByStandardIdOrderByCriterionIdAscPositionAsc(long standardId);

	List<StandardIndicator> findByCriterionIdOrderByPosition(long criterionId);

	Optional<StandardIndicator> findByIdAndStandardId(long id, long standardId);

}
