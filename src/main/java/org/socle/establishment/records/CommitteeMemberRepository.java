package org.socle.establishment.records;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeMemberRepository extends JpaRepository<CommitteeMember, Long> {

	List<CommitteeMember> findByEstablishmentIdOrderByRoleAscNameAsc(long establishmentId);

}
