package org.socle.care.types;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceTypeRepository extends JpaRepository<ServiceType, Long> {

	Optional<ServiceType> findByCode(String code);

	List<ServiceType> findAllByOrderByCode();

}
