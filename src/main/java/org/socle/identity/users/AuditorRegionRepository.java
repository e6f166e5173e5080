package org.socle.identity.users;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditorRegionRepository extends Repository<AuditorRegion, AuditorRegion.Key> {

	@Query("select r.regionCode from AuditorRegion r where r.userId = :userId order by r.regionCode")
	List<String> findRegionCodes(long userId);

	@Modifying
	@Query("delete from AuditorRegion r where r.userId = :userId")
	void deleteByUserId(long userId);

	@Modifying
	@Query(value = "insert into auditor_region (user_id, region_code) values (:userId, :regionCode) "
			+ "on conflict do nothing", nativeQuery = true)
	void add(long userId, String regionCode);

}
