package org.socle.establishment.registry;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentStatus;
import org.socle.identity.SocleUser;
import org.socle.organisation.OrganisationRef;
import org.socle.reference.ProvinceRef;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.web.ConcurrentEdits;
import org.socle.shared.web.RenderedViews;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/establishments")
class EstablishmentController {

	static final String LIST_VIEW = "establishment/list";

	static final String FORM_VIEW = "establishment/form";

	static final String OVERVIEW_VIEW = "establishment/overview";

	private static final String LIST_BODY = "establishment/list-body :: body";

	static final String OVERVIEW_BODY = "establishment/overview-body :: body";

	private final EstablishmentService establishments;

	private final EstablishmentAccess access;

	private final ReferenceDataService reference;

	private final RenderedViews views;

	EstablishmentController(EstablishmentService establishments, EstablishmentAccess access,
			ReferenceDataService reference, RenderedViews views) {
		this.establishments = establishments;
		this.access = access;
		this.reference = reference;
		this.views = views;
	}

	/**
	 * Filters that do not parse are dropped (the binding result is not an error page).
	 * The page's data, in the user's scope, is kept under the data version (one statement
	 * when nothing changed); its HTML is rendered once per node for the same data, query,
	 * language and right to create (the filter selects alone are about 310 options). A
	 * change written by any node gives a new version, so there is nothing to invalidate.
	 */
	@GetMapping
	String showList(@ModelAttribute("filter") EstablishmentFilter filter, BindingResult ignored,
			@PageableDefault(size = 20, sort = "nameFr") Pageable pageable, Locale locale, HttpServletRequest request,
			Model model) {
		EstablishmentListPage list = this.establishments.listPage(filter, pageable);
		List<ProvinceRef> provinces = list.provinces();
		List<OrganisationRef> organisations = list.organisations();
		boolean canCreate = this.access.canEditReadable();
		model.addAttribute("page", list.page());
		ListBody key = new ListBody(list, canCreate, request.getRequestURI(), request.getQueryString(),
				locale.getLanguage());
		model.addAttribute("body", this.views.html(key, LIST_BODY, () -> {
			model.addAttribute("sort", sortOf(pageable));
			model.addAttribute("regions", this.reference.regions());
			model.addAttribute("regionsByCode", this.reference.regionsByCode());
			model.addAttribute("provincesByRegion", provinces.stream()
				.collect(Collectors.groupingBy(ProvinceRef::regionCode, TreeMap::new, Collectors.toList())));
			model.addAttribute("categories", Category.values());
			model.addAttribute("statuses", EstablishmentStatus.values());
			model.addAttribute("organisations", organisations);
			model.addAttribute("canCreate", canCreate);
			return model.asMap();
		}));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("establishmentForm", this.establishments.newForm());
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute EstablishmentForm establishmentForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.establishments.requireCreator();
		this.establishments.validate(establishmentForm, result);
		if (result.hasErrors()) {
			return formView(model, null);
		}
		long id = this.establishments.create(establishmentForm);
		redirect.addFlashAttribute("success", "establishment.created");
		return "redirect:/establishments/" + id;
	}

	/**
	 * The access check and the details' statements run on every request; the body is
	 * rendered once per content of the details (which hold whether this user may edit)
	 * and locale: equal details give the same HTML, so no node has anything to invalidate
	 * (docs/performance.md, "The fixed cost of a logged-in page").
	 */
	@GetMapping("/{id}")
	String showOverview(@PathVariable long id, Locale locale, Model model) {
		EstablishmentDetails details = this.establishments.details(id);
		model.addAttribute("establishment", details);
		model.addAttribute("tab", "overview");
		model.addAttribute("body", this.views.html(new OverviewBody(details, locale), OVERVIEW_BODY, model::asMap));
		return OVERVIEW_VIEW;
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		model.addAttribute("establishmentForm", this.establishments.formFor(id));
		return formView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute EstablishmentForm establishmentForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.access.requireEditable(id);
		this.establishments.validate(establishmentForm, result);
		if (result.hasErrors() || !ConcurrentEdits.saved(() -> this.establishments.update(id, establishmentForm),
				result, establishmentForm::setVersion)) {
			return formView(model, id);
		}
		redirect.addFlashAttribute("success", "establishment.updated");
		return "redirect:/establishments/" + id;
	}

	private String formView(Model model, Long id) {
		model.addAttribute("establishmentId", id);
		model.addAttribute("categories", Category.values());
		model.addAttribute("statuses", EstablishmentStatus.values());
		model.addAttribute("authorisationStatuses", AuthorisationStatus.values());
		model.addAttribute("regions", this.reference.regions());
		model.addAttribute("provinces", this.reference.provinces());
		model.addAttribute("chooseOrganisation", SocleUser.current().isAdmin());
		model.addAttribute("organisations", this.establishments.organisationChoices(id));
		return FORM_VIEW;
	}

	/** The first sort order as "property,direction", for the column headers' links. */
	private static String sortOf(Pageable pageable) {
		Sort.Order order = EstablishmentService.safe(pageable).getSort().iterator().next();
		return order.getProperty() + "," + order.getDirection().name().toLowerCase();
	}

	/**
	 * What the list's body shows: the page and the filters' choices (as read for one
	 * query at one data version; regions are fixed reference data), the query (filters,
	 * sort, links) and language, and whether the user may create.
	 */
	private record ListBody(EstablishmentListPage list, boolean canCreate, String path, String query, String language) {
	}

	/**
	 * What the overview's body shows: the details (records throughout) and the locale.
	 */
	record OverviewBody(EstablishmentDetails details, Locale locale) {
	}

}
