package org.socle.care.services;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EntryPreferenceRepository extends JpaRepository<EntryPreference, Long> {

	Optional<EntryPreference> findByUserId(long userId);

}
