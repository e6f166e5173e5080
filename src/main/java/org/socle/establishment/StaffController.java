package org.socle.establishment;

import jakarta.validation.Valid;
import org.socle.shared.StaleEditException;

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
 * The staff tab: the list, and one form to add a member or edit the chosen one.
 */
@Controller
@RequestMapping("/establishments/{id}/staff")
class StaffController {

	static final String VIEW = "establishment/staff";

	private final EstablishmentService establishments;

	private final EstablishmentRecordsService records;

	private final EstablishmentAccess access;

	StaffController(EstablishmentService establishments, EstablishmentRecordsService records,
			EstablishmentAccess access) {
		this.establishments = establishments;
		this.records = records;
		this.access = access;
	}

	@GetMapping
	String showStaff(@PathVariable long id, Model model) {
		model.addAttribute("staffForm", new StaffForm());
		return view(id, null, model);
	}

	@GetMapping("/{staffId}/edit")
	String showEditForm(@PathVariable long id, @PathVariable long staffId, Model model) {
		model.addAttribute("staffForm", this.records.staffForm(id, staffId));
		return view(id, staffId, model);
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute StaffForm staffForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.access.requireEditable(id);
		this.records.validateStaff(staffForm, result);
		if (result.hasErrors()) {
			return view(id, null, model);
		}
		this.records.addStaff(id, staffForm);
		redirect.addFlashAttribute("success", "staff.added");
		return redirect(id);
	}

	@PostMapping("/{staffId}/edit")
	String update(@PathVariable long id, @PathVariable long staffId, @Valid @ModelAttribute StaffForm staffForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.records.staffForm(id, staffId);
		this.records.validateStaff(staffForm, result);
		if (result.hasErrors()) {
			return view(id, staffId, model);
		}
		try {
			this.records.updateStaff(id, staffId, staffForm);
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			staffForm.setVersion(ex.getCurrentVersion());
			return view(id, staffId, model);
		}
		redirect.addFlashAttribute("success", "staff.updated");
		return redirect(id);
	}

	@PostMapping("/{staffId}/delete")
	String remove(@PathVariable long id, @PathVariable long staffId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.records.removeStaff(id, staffId, version);
			redirect.addFlashAttribute("success", "staff.removed");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("warning", "record.removeStale");
		}
		return redirect(id);
	}

	/** The tab; access is checked again by each service call (404 or 403). */
	private String view(long id, Long staffId, Model model) {
		model.addAttribute("establishment", this.establishments.details(id));
		model.addAttribute("staff", this.records.staff(id));
		model.addAttribute("editingId", staffId);
		model.addAttribute("tab", "staff");
		return VIEW;
	}

	private static String redirect(long id) {
		return "redirect:/establishments/" + id + "/staff";
	}

}
