package org.socle.care;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceTypeRepository extends JpaRepository<ServiceType, Long> {

	Optional<ServiceType> findByCode(String code);

}
