package org.socle.identity.users;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, Long> {

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("""
			select new org.socle.identity.users.UserRow(u.id, u.username, u.displayName, u.email, u.role,
			       u.organisationId, u.enabled, u.lastLoginAt)
			from User u
			where lower(u.username) like lower(concat('%', :q, '%'))
			   or lower(u.displayName) like lower(concat('%', :q, '%'))
			""")
	Page<UserRow> findRows(String q, Pageable pageable);

	/** Set directly so that recording a login never conflicts with an admin's edit. */
	@Modifying
	@Query("update User u set u.lastLoginAt = :at where u.id = :id")
	void recordLogin(long id, Instant at);

}
