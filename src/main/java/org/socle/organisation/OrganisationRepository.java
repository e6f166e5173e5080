package org.socle.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findByActiveTrueOrderByName();

	Optional<Organisation> findByName(String name);

}
