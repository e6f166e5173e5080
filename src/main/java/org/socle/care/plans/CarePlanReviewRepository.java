package org.socle.care.plans;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CarePlanReviewRepository extends JpaRepository<CarePlanReview, Long> {

	List<CarePlanReview> findByCarePlanIdOrderByReviewDateDescIdDesc(long carePlanId);

}
