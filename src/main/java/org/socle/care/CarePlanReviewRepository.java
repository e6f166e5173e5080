package org.socle.care;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CarePlanReviewRepository extends JpaRepository<CarePlanReview, Long> {

	List<CarePlanReview> findByCarePlanIdOrderByReviewDateDescIdDesc(long carePlanId);

}
