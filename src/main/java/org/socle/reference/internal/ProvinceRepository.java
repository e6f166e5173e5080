package org.socle.reference.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProvinceRepository extends JpaRepository<Province, Long> {

	List<Province> findAllByOrderByRegionCodeAscNameFrAsc();

	@Query("""
			select p from Province p
			where (:region is null or p.regionCode = :region)
			""")
	Page<Province> findPage(String region, Pageable pageable);

	boolean existsByRegionCodeAndNameFrIgnoreCaseAndIdNot(String regionCode, String nameFr, Long id);

}
