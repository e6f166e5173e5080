package org.socle.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.socle.reference.internal.Province;
import org.socle.reference.internal.ProvinceRepository;
import org.socle.reference.internal.Region;
import org.socle.reference.internal.RegionRepository;

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

	/**
	 * The regions by code, in code order: for lists that show a region column
	 * ({@code regionsByCode[row.regionCode]?.name(#locale)} in a template).
	 */
	public Map<String, RegionRef> regionsByCode() {
		Map<String, RegionRef> byCode = new LinkedHashMap<>();
		regions().forEach((region) -> byCode.put(region.code(), region));
		return Collections.unmodifiableMap(byCode);
	}

	public Optional<RegionRef> region(String code) {
		return regions().stream().filter((region) -> region.code().equals(code)).findFirst();
	}

	public boolean isRegion(String code) {
		return region(code).isPresent();
	}

	/** Every province (active or not), by region then name. */
	public List<ProvinceRef> provinces() {
		return this.provinces.findAllRefs();
	}

	public Optional<ProvinceRef> province(long id) {
		return this.provinces.findById(id).map(Province::toRef);
	}

}
