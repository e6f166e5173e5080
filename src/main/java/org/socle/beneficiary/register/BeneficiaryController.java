package org.socle.beneficiary.register;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.socle.establishment.EstablishmentAccess;
import org.socle.shared.web.ConcurrentEdits;
import org.socle.shared.web.Paging;
import org.socle.shared.web.RenderedViews;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An establishment's beneficiaries: the list, admission of a new one, record, edit. */
@Controller
class BeneficiaryController {

	static final String LIST_VIEW = "beneficiary/list";

	static final String DETAIL_VIEW = "beneficiary/detail";

	static final String FORM_VIEW = "beneficiary/form";

	private static final String LIST_BODY = "beneficiary/list-body :: body";

	private final BeneficiaryService beneficiaries;

	private final EstablishmentAccess establishments;

	private final RenderedViews views;

	BeneficiaryController(BeneficiaryService beneficiaries, EstablishmentAccess establishments, RenderedViews views) {
		this.beneficiaries = beneficiaries;
		this.establishments = establishments;
		this.views = views;
	}

	/**
	 * Access is checked on every request; the rows are kept under the data version and
	 * the HTML rendered once per node for the same establishment, rows, query, language
	 * and access (full or pseudonymised): equal data gives equal HTML, so there is
	 * nothing to invalidate.
	 */
	@GetMapping("/establishments/{id}/beneficiaries")
	String showList(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @PageableDefault(size = 25) Pageable pageable, Locale locale,
			HttpServletRequest request, Model model) {
		BeneficiaryList list = this.beneficiaries.list(id, status, q, Paging.unsorted(pageable, Paging.MAX_PAGE_SIZE));
		model.addAttribute("page", list.page());
		ListBody key = new ListBody(list, model.getAttribute("imported"), request.getRequestURI(),
				request.getQueryString(), locale.getLanguage());
		model.addAttribute("body", this.views.html(key, LIST_BODY, () -> {
			model.addAttribute("establishment", list.establishment());
			model.addAttribute("status", (status != null) ? status : "ACTIVE");
			model.addAttribute("q", q);
			model.addAttribute("full", list.full());
			return model.asMap();
		}));
		return LIST_VIEW;
	}

	private String formView(Model model, long establishmentId, Long beneficiaryId) {
		model.addAttribute("establishment", this.establishments.requireReadable(establishmentId));
		model.addAttribute("beneficiaryId", beneficiaryId);
		FormOptions.addTo(model);
		return FORM_VIEW;
	}

	@GetMapping("/establishments/{id}/beneficiaries/new")
	String showCreateForm(@PathVariable long id, Model model) {
		model.addAttribute("beneficiaryForm", this.beneficiaries.newForm(id));
		return formView(model, id, null);
	}

	@PostMapping("/establishments/{id}/beneficiaries/new")
	String create(@PathVariable long id, @Valid @ModelAttribute BeneficiaryForm beneficiaryForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Long created = this.beneficiaries.create(id, beneficiaryForm, result);
		if (created == null) {
			return formView(model, id, null);
		}
		redirect.addFlashAttribute("success", "beneficiary.created");
		return "redirect:/beneficiaries/" + created;
	}

	@GetMapping("/beneficiaries/{id}")
	String showDetail(@PathVariable long id, Model model) {
		model.addAttribute("beneficiary", this.beneficiaries.open(id));
		return DETAIL_VIEW;
	}

	@GetMapping("/beneficiaries/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		model.addAttribute("beneficiaryForm", this.beneficiaries.formFor(id));
		return formView(model, this.beneficiaries.requireEditable(id).getEstablishmentId(), id);
	}

	@PostMapping("/beneficiaries/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute BeneficiaryForm beneficiaryForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		long establishmentId = this.beneficiaries.requireEditable(id).getEstablishmentId();
		ConcurrentEdits.saved(() -> this.beneficiaries.update(id, beneficiaryForm, result), result,
				beneficiaryForm::setVersion);
		if (result.hasErrors()) {
			return formView(model, establishmentId, id);
		}
		redirect.addFlashAttribute("success", "beneficiary.updated");
		return "redirect:/beneficiaries/" + id;
	}

	/**
	 * What the list's body shows: the establishment (heading), the page (rows, total,
	 * paging: values) and whether names are shown, the count of a just finished import,
	 * the query (filters, links) and language.
	 */
	private record ListBody(BeneficiaryList list, Object imported, String path, String query, String language) {
	}

}
