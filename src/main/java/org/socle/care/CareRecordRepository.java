package org.socle.care;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareRecordRepository extends JpaRepository<CareRecord, Long> {

}
