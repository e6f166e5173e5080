package org.socle.standard.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StandardDomainRepository extends JpaRepository<StandardDomain, Long> {

	List<StandardDomain> findByStandardIdOrderByPosition(long standardId);

	Optional<StandardDomain> findByIdAndStandardId(long id, long standardId);

}
