package org.socle.assessment.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.socle.assessment.AssessmentKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	/**
	 * The assessment, row-locked until the end of the transaction: status changes take it
	 * so that they never interleave with each other nor with saving an answer.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Assessment a where a.id = :id")
	Optional<Assessment> findForUpdate(long id);

	/** Shared lock: answers are saved while no status change is under way. */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select a from Assessment a where a.id = :id")
	Optional<Assessment> findForShare(long id);

	/**
	 * The latest assessment of that kind and in one of those states, by reference date.
	 */
	@Query("""
			select a.id from Assessment a
			where a.establishmentId = :establishmentId and a.kind = :kind and a.status in :statuses
			order by a.referenceDate desc, a.id desc limit 1
			""")
	Optional<Long> findLatestSubmitted(long establishmentId, AssessmentKind kind,
			Collection<AssessmentStatus> statuses);

	/** The establishment's assessments not yet validated: one of each kind at most. */
	List<Assessment> findByEstablishmentIdAndStatusNot(long establishmentId, AssessmentStatus status);

	boolean existsByEstablishmentIdAndKindAndStatusNot(long establishmentId, AssessmentKind kind,
			AssessmentStatus status);

}
