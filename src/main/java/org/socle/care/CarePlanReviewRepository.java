package org.socle.care;

import org.springframework.data.jpa.repository.JpaRepository;

interface CarePlanReviewRepository extends JpaRepository<CarePlanReview, Long> {

}
