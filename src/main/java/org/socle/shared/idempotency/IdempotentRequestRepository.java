package org.socle.shared.idempotency;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IdempotentRequestRepository extends JpaRepository<IdempotentRequest, Long> {

	Optional<IdempotentRequest> findByUsernameAndIdempotencyKey(String username, String idempotencyKey);

	@Modifying
	@Query("delete from IdempotentRequest r where r.createdAt < :before")
	int deleteCreatedBefore(Instant before);

}
