package org.socle.identity.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.socle.identity.EmailMode;
import org.socle.identity.UserContact;

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

	/**
	 * Records that a code of time step {@code step} was accepted, unless a code of that
	 * step or a later one was already: one statement, so that two logins sending the same
	 * code at once cannot both pass.
	 * @return 1 if recorded, 0 if the code was already used
	 */
	@Modifying
	@Query("""
			update User u set u.totpLastStep = :step
			where u.id = :id and (u.totpLastStep is null or u.totpLastStep < :step)
			""")
	int acceptTotpStep(long id, long step);

	@Query("""
			select new org.socle.identity.UserContact(u.id, u.email, u.preferredLanguage, u.emailMode)
			from User u where u.id = :id and u.enabled = true
			""")
	Optional<UserContact> findContact(long id);

	@Query("""
			select new org.socle.identity.UserContact(u.id, u.email, u.preferredLanguage, u.emailMode)
			from User u where u.emailMode = :mode and u.enabled = true and u.email is not null and u.email <> ''
			order by u.id
			""")
	List<UserContact> findContactsByEmailMode(EmailMode mode);

	/** The language the user chose (fr, ar, en), if any. */
	@Query("select u.preferredLanguage from User u where u.id = :id")
	Optional<String> findPreferredLanguage(long id);

}
