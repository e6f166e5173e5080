package org.socle.establishment.records;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeMeetingRepository extends JpaRepository<CommitteeMeeting, Long> {

	List<CommitteeMeeting> findByEstablishmentIdOrderByMeetingDateDesc(long establishmentId);

}
