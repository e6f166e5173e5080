package org.socle.standard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StandardIndicatorRepository extends JpaRepository<StandardIndicator, Long> {

	List<StandardIndicator> findByStandardIdOrderByCriterionIdAscPositionAsc(long standardId);

	List<StandardIndicator> findByCriterionIdOrderByPosition(long criterionId);

	List<StandardIndicator> findByCriterionIdIn(Collection<Long> criterionIds);

	Optional<StandardIndicator> findByIdAndStandardId(long id, long standardId);

	boolean existsByStandardIdAndCode(long standardId, String code);

	long countByCriterionId(long criterionId);

	long countByCriterionIdIn(Collection<Long> criterionIds);

}
