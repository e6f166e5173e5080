package org.socle.assessment.workflow;

import java.util.Map;

import jakarta.validation.Valid;
import org.socle.assessment.AssessmentKind;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.SocleUser;
import org.socle.shared.web.Paging;
import org.socle.standard.StandardCatalog;

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
 * An establishment's assessments, and starting a new self-assessment or audit.
 */
@Controller
@RequestMapping("/establishments/{establishmentId:\\d+}/assessments")
class EstablishmentAssessmentsController {

	static final String LIST_VIEW = "assessment/list";

	static final String NEW_VIEW = "assessment/new";

	private final AssessmentQueries queries;

	private final AssessmentService service;

	private final EstablishmentAccess establishments;

	private final StandardCatalog catalog;

	EstablishmentAssessmentsController(AssessmentQueries queries, AssessmentService service,
			EstablishmentAccess establishments, StandardCatalog catalog) {
		this.queries = queries;
		this.service = service;
		this.establishments = establishments;
		this.catalog = catalog;
	}

	@GetMapping
	String showList(@PathVariable long establishmentId, @PageableDefault(size = 20) Pageable pageable, Model model) {
		EstablishmentInfo establishment = this.establishments.requireReadable(establishmentId);
		model.addAttribute("establishment", establishment);
		model.addAttribute("page",
				this.queries.forEstablishment(establishmentId, Paging.unsorted(pageable, Paging.MAX_PAGE_SIZE)));
		SocleUser user = SocleUser.current();
		model.addAttribute("canCreateSelf",
				AssessmentAccess.Context.isEditingSide(user, AssessmentKind.SELF, establishment));
		model.addAttribute("canCreateAudit",
				AssessmentAccess.Context.isEditingSide(user, AssessmentKind.AUDIT, establishment));
		Map<AssessmentKind, Long> inProgress = this.service.inProgress(establishmentId);
		model.addAttribute("selfInProgress", inProgress.get(AssessmentKind.SELF));
		model.addAttribute("auditInProgress", inProgress.get(AssessmentKind.AUDIT));
		return LIST_VIEW;
	}

	/** The form; while one of that kind is in progress, that one instead. */
	@GetMapping("/new")
	String showCreateForm(@PathVariable long establishmentId, @RequestParam AssessmentKind kind, Model model,
			RedirectAttributes redirect) {
		NewAssessmentForm form = this.service.newForm(establishmentId, kind);
		Long inProgress = this.service.inProgress(establishmentId).get(kind);
		if (inProgress != null) {
			redirect.addFlashAttribute("warning", "assessment.new.continueInstead");
			return "redirect:/assessments/" + inProgress;
		}
		model.addAttribute("newAssessmentForm", form);
		return formView(establishmentId, model);
	}

	@PostMapping
	String create(@PathVariable long establishmentId, @Valid @ModelAttribute NewAssessmentForm newAssessmentForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.service.newForm(establishmentId, newAssessmentForm.getKind());
		this.service.validate(establishmentId, newAssessmentForm, result);
		if (result.hasErrors()) {
			return formView(establishmentId, model);
		}
		long id;
		try {
			id = this.service.create(establishmentId, newAssessmentForm);
		}
		catch (DataIntegrityViolationException | AssessmentService.AlreadyInProgress ex) {
			// someone started one of the same kind in between (unique index)
			result.reject("assessment.new.inProgress");
			return formView(establishmentId, model);
		}
		redirect.addFlashAttribute("success", "assessment.created");
		return "redirect:/assessments/" + id;
	}

	private String formView(long establishmentId, Model model) {
		model.addAttribute("establishment", this.establishments.requireReadable(establishmentId));
		model.addAttribute("standards", this.catalog.listPublished());
		return NEW_VIEW;
	}

}
