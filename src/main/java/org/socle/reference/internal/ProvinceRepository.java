package org.socle.reference.internal;

import java.util.List;

import org.socle.reference.ProvinceRef;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProvinceRepository extends JpaRepository<Province, Long> {

	/**
	 * Every province as a value, not as an entity: lists' filters read them all on each
	 * request.
	 */
	@Query("""
			select new org.socle.reference.ProvinceRef(p.id, p.regionCode, p.kind, p.nameFr, p.nameAr, p.active)
			from Province p order by p.regionCode, p.nameFr
			""")
	List<ProvinceRef> findAllRefs();

	@Query("""
			select p from Province p
			where (:region is null or p.regionCode = :region)
			""")
	Page<Province> findPage(String region, Pageable pageable);

	boolean existsByRegionCodeAndNameFrIgnoreCaseAndIdNot(String regionCode, String nameFr, Long id);

}
