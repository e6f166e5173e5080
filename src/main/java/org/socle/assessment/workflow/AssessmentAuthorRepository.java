package org.socle.assessment.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AssessmentAuthorRepository extends Repository<AssessmentAuthor, AssessmentAuthor.Key> {

	/** One statement whether or not the user is already an author. */
	@Modifying
	@Query(value = "insert into assessment_author (assessment_id, user_id) values (:assessmentId, :userId) "
			+ "on conflict do nothing", nativeQuery = true)
	void add(long assessmentId, long userId);

	boolean existsByAssessmentIdAndUserId(long assessmentId, long userId);

	@Query("select a.userId from AssessmentAuthor a where a.assessmentId = :assessmentId")
	List<Long> findUserIds(long assessmentId);

}
