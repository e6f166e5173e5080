package org.socle.reference.admin;

import jakarta.validation.Valid;
import org.socle.reference.ProvinceKind;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.StaleEditException;
import org.socle.shared.web.ConcurrentEdits;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reference-data screens for administrators (the URL space is ADMIN-only too).
 */
@Controller
@RequestMapping("/admin/reference")
class ReferenceDataController {

	static final String REGIONS_VIEW = "reference/regions";

	static final String PROVINCES_VIEW = "reference/provinces";

	static final String PROVINCE_FORM_VIEW = "reference/province-form";

	private final ReferenceDataService reference;

	private final ProvinceAdminService provinces;

	ReferenceDataController(ReferenceDataService reference, ProvinceAdminService provinces) {
		this.reference = reference;
		this.provinces = provinces;
	}

	@GetMapping
	String showIndex() {
		return "redirect:/admin/reference/regions";
	}

	@GetMapping("/regions")
	String showRegions(Model model) {
		model.addAttribute("regions", this.reference.regions());
		return REGIONS_VIEW;
	}

	@GetMapping("/provinces")
	String showProvinces(@RequestParam(required = false) String region, @PageableDefault(size = 50) Pageable pageable,
			Model model) {
		model.addAttribute("page", this.provinces.list(region, pageable));
		model.addAttribute("region", region);
		model.addAttribute("regions", this.reference.regions());
		return PROVINCES_VIEW;
	}

	@GetMapping("/provinces/new")
	String showCreateForm(@RequestParam(required = false) String region, Model model) {
		ProvinceForm form = new ProvinceForm();
		form.setRegionCode(region);
		model.addAttribute("provinceForm", form);
		return formView(model, null);
	}

	@PostMapping("/provinces/new")
	String create(@Valid @ModelAttribute ProvinceForm provinceForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.provinces.validate(provinceForm, null, result);
		if (result.hasErrors()) {
			return formView(model, null);
		}
		this.provinces.create(provinceForm);
		redirect.addFlashAttribute("success", "province.created");
		return "redirect:/admin/reference/provinces?region=" + provinceForm.getRegionCode();
	}

	@GetMapping("/provinces/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		model.addAttribute("provinceForm", this.provinces.formFor(id));
		return formView(model, id);
	}

	@PostMapping("/provinces/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute ProvinceForm provinceForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.provinces.validate(provinceForm, id, result);
		if (result.hasErrors()) {
			return formView(model, id);
		}
		try {
			if (!ConcurrentEdits.saved(() -> this.provinces.update(id, provinceForm), result,
					provinceForm::setVersion)) {
				return formView(model, id);
			}
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("regionCode", "province.inUse");
			return formView(model, id);
		}
		redirect.addFlashAttribute("success", "province.updated");
		return "redirect:/admin/reference/provinces?region=" + provinceForm.getRegionCode();
	}

	@PostMapping("/provinces/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.provinces.delete(id, version);
			redirect.addFlashAttribute("success", "province.deleted");
		}
		catch (DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("warning", "province.inUse");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("warning", "record.removeStale");
		}
		return "redirect:/admin/reference/provinces";
	}

	private String formView(Model model, Long id) {
		model.addAttribute("provinceId", id);
		model.addAttribute("regions", this.reference.regions());
		model.addAttribute("kinds", ProvinceKind.values());
		return PROVINCE_FORM_VIEW;
	}

}
