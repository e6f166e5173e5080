package org.socle.identity.tokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByHash(String hash);

	List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

	Optional<ApiToken> findByIdAndUserId(long id, long userId);

	long countByUserIdAndRevokedAtIsNullAndExpiresAtAfter(long userId, Instant now);

	/** Once a day at most, and never in conflict with a revocation (no version check). */
	@Modifying
	@Query("""
			update ApiToken t set t.lastUsedOn = :today
			where t.id = :id and (t.lastUsedOn is null or t.lastUsedOn < :today)
			""")
	void markUsed(long id, LocalDate today);

}
