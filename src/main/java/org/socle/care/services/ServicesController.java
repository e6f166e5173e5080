package org.socle.care.services;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.socle.care.types.ServiceTypeCatalogue;
import org.socle.establishment.EstablishmentAccess;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Services of an establishment: the list and the group entry. */
@Controller
class ServicesController {

	static final String SERVICES_VIEW = "care/services";

	static final String ENTRY_VIEW = "care/service-entry";

	private final ServiceRecords services;

	private final ServiceTypeCatalogue types;

	private final EstablishmentAccess establishments;

	ServicesController(ServiceRecords services, ServiceTypeCatalogue types, EstablishmentAccess establishments) {
		this.services = services;
		this.types = types;
		this.establishments = establishments;
	}

	@GetMapping("/establishments/{id}/services")
	String showServices(@PathVariable long id, @RequestParam(required = false) Long type,
			@PageableDefault(size = 50) Pageable pageable, Model model) {
		model.addAttribute("page", this.services.services(id, type, Paging.unsorted(pageable, Paging.MAX_PAGE_SIZE)));
		model.addAttribute("establishment", this.establishments.requireReadable(id));
		model.addAttribute("types", this.types.types(false));
		model.addAttribute("type", type);
		model.addAttribute("editable", this.establishments.canEditReadable() && this.services.isManager());
		return SERVICES_VIEW;
	}

	/**
	 * The group entry: today by default, the type the user last recorded, and
	 * {@code beneficiary} ticked when it comes from a beneficiary's record.
	 */
	@GetMapping("/establishments/{id}/services/new")
	String showEntryForm(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long beneficiary, Model model) {
		this.services.requireManaged(id);
		ServiceEntryForm form = new ServiceEntryForm();
		form.setServiceDate((date != null) ? date : this.services.today());
		form.setServiceTypeId(this.services.lastServiceType());
		if (beneficiary != null) {
			form.getBeneficiaryIds().add(beneficiary);
		}
		model.addAttribute("serviceEntryForm", form);
		return entryView(model, id, form.getServiceDate());
	}

	/**
	 * The people present on the entry's date, ticks kept (htmx, when the date changes).
	 */
	@GetMapping(path = "/establishments/{id}/services/new", headers = "HX-Request")
	String showPresent(@PathVariable long id, @ModelAttribute ServiceEntryForm serviceEntryForm, BindingResult result,
			Model model) {
		entryView(model, id, serviceEntryForm.getServiceDate());
		return ENTRY_VIEW + " :: present";
	}

	private String entryView(Model model, long id, LocalDate date) {
		LocalDate day = (date != null) ? date : this.services.today();
		model.addAttribute("establishment", this.services.requireManaged(id));
		model.addAttribute("types", this.types.types(true));
		model.addAttribute("staff", this.services.staff(id, day));
		model.addAttribute("present", this.services.activeBeneficiaries(id, day));
		model.addAttribute("today", this.services.today());
		return ENTRY_VIEW;
	}

	@PostMapping("/establishments/{id}/services/new")
	String recordServices(@PathVariable long id, @Valid @ModelAttribute ServiceEntryForm serviceEntryForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		int count = this.services.record(id, serviceEntryForm, result);
		if (count == 0) {
			return entryView(model, id, serviceEntryForm.getServiceDate());
		}
		redirect.addFlashAttribute("success", "care.services.recorded");
		return "redirect:/establishments/" + id + "/services";
	}

}
