package org.socle.establishment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeMeetingRepository extends JpaRepository<CommitteeMeeting, Long> {

	List<CommitteeMeeting> findByEstablishmentIdOrderByMeetingDateDesc(long establishmentId);

}
