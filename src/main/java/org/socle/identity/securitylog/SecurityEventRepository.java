package org.socle.identity.securitylog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

	@Query("""
			select e from SecurityEvent e
			where (:username = '' or e.username = :username) and (:kind is null or e.kind = :kind)
			""")
	Page<SecurityEvent> find(String username, SecurityEventKind kind, Pageable pageable);

}
