package org.socle.establishment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeMemberRepository extends JpaRepository<CommitteeMember, Long> {

	List<CommitteeMember> findByEstablishmentIdOrderByRoleAscNameAsc(long establishmentId);

}
