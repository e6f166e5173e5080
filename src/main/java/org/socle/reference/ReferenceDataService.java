package org.socle.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regions and provinces for every module's forms, filters and labels. Regions are fixed
 * by law and read once; provinces are read on each call since administrators edit them.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceDataService {

	private final RegionRepository regions;

	private final ProvinceRepository provinces;

	private volatile List<RegionRef> regionCache;

	ReferenceDataService(RegionRepository regions, ProvinceRepository provinces) {
		this.regions = regions;
		this.provinces = provinces;
	}

	/** The 12 regions in code order ({@code MA-01} first). */
	public List<RegionRef> regions() {
		List<RegionRef> cached = this.regionCache;
		if (cached == null) {
			cached = this.regions.findAllByOrderByCode().stream().map(Region::toRef).toList();
			this.regionCache = cached;
		}
		return cached;
	}

	public Optional<RegionRef> region(String code) {
		return regions().stream().filter((region) -> region.code().equals(code)).findFirst();
	}

	public boolean isRegion(String code) {
		return region(code).isPresent();
	}

	/** Every province (active or not), by region then name. */
	public List<ProvinceRef> provinces() {
		return this.provinces.findAllByOrderByRegionCodeAscNameFrAsc().stream().map(Province::toRef).toList();
	}

	public Optional<ProvinceRef> province(long id) {
		return this.provinces.findById(id).map(Province::toRef);
	}

}
