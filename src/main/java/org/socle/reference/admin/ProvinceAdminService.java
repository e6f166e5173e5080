package org.socle.reference.admin;

import java.util.Set;

import org.socle.reference.ProvinceRef;
import org.socle.reference.ReferenceDataService;
import org.socle.reference.internal.Province;
import org.socle.reference.internal.ProvinceRepository;
import org.socle.shared.NotFoundException;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Administrators keep the provinces and prefectures; a province in use by an
 * establishment is deactivated rather than deleted (the database refuses the delete).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
class ProvinceAdminService {

	private static final Sort BY_REGION_AND_NAME = Sort.by("regionCode", "nameFr");

	private final ProvinceRepository provinces;

	private final ReferenceDataService reference;

	ProvinceAdminService(ProvinceRepository provinces, ReferenceDataService reference) {
		this.provinces = provinces;
		this.reference = reference;
	}

	@Transactional(readOnly = true)
	Page<ProvinceRef> list(String regionCode, Pageable pageable) {
		Pageable sorted = Paging.safe(pageable, Paging.MAX_PAGE_SIZE, Set.of(), BY_REGION_AND_NAME);
		String region = (regionCode != null && this.reference.isRegion(regionCode)) ? regionCode : null;
		return this.provinces.findPage(region, sorted).map(Province::toRef);
	}

	@Transactional(readOnly = true)
	ProvinceForm formFor(long id) {
		Province province = find(id);
		ProvinceForm form = new ProvinceForm();
		form.setRegionCode(province.getRegionCode());
		form.setKind(province.getKind());
		form.setNameFr(province.getNameFr());
		form.setNameAr(province.getNameAr());
		form.setActive(province.isActive());
		form.setVersion(province.getVersion());
		return form;
	}

	@Transactional(readOnly = true)
	void validate(ProvinceForm form, Long id, Errors errors) {
		if (form.getRegionCode() != null && !this.reference.isRegion(form.getRegionCode())) {
			errors.rejectValue("regionCode", "province.region.unknown");
		}
		else if (form.getRegionCode() != null && form.getNameFr() != null
				&& this.provinces.existsByRegionCodeAndNameFrIgnoreCaseAndIdNot(form.getRegionCode(), form.getNameFr(),
						(id != null) ? id : -1L)) {
			errors.rejectValue("nameFr", "province.name.taken");
		}
	}

	long create(ProvinceForm form) {
		Province province = new Province(form.getRegionCode());
		apply(province, form);
		return this.provinces.save(province).getId();
	}

	/**
	 * Saves unless someone saved in between. Moving a province to another region is
	 * refused by the database while establishments of the old region use it.
	 */
	void update(long id, ProvinceForm form) {
		Province province = find(id);
		province.checkVersion(form.getVersion());
		apply(province, form);
		this.provinces.flush();
	}

	/**
	 * Deletes an unused province; the database refuses while an establishment uses it.
	 */
	void delete(long id, long version) {
		Province province = find(id);
		province.checkVersion(version);
		this.provinces.delete(province);
		this.provinces.flush();
	}

	private static void apply(Province province, ProvinceForm form) {
		province.update(form.getRegionCode(), form.getKind(), form.getNameFr(), form.getNameAr(), form.isActive());
	}

	private Province find(long id) {
		return this.provinces.findById(id).orElseThrow(() -> new NotFoundException("Province", id));
	}

}
