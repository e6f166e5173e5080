package org.socle.api.v1.idempotency;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotentRequestRepository extends JpaRepository<IdempotentRequest, Long> {

	Optional<IdempotentRequest> findByUsernameAndIdempotencyKey(String username, String idempotencyKey);

}
