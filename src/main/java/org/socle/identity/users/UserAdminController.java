package org.socle.identity.users;

import jakarta.validation.Valid;
import org.socle.identity.Role;
import org.socle.identity.tokens.ApiTokens;
import org.socle.organisation.OrganisationService;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.web.ConcurrentEdits;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String LIST_VIEW = "identity/users/list";

	private static final String FORM_VIEW = "identity/users/form";

	private static final String PASSWORD_VIEW = "identity/users/password";

	private final UserAdminService users;

	private final OrganisationService organisations;

	private final ApiTokens apiTokens;

	private final ReferenceDataService reference;

	UserAdminController(UserAdminService users, OrganisationService organisations, ApiTokens apiTokens,
			ReferenceDataService reference) {
		this.reference = reference;
		this.users = users;
		this.organisations = organisations;
		this.apiTokens = apiTokens;
	}

	private String formView(Model model, Long userId) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", this.organisations.listActive());
		model.addAttribute("regions", this.reference.regions());
		model.addAttribute("userId", userId);
		if (userId != null) {
			model.addAttribute("apiTokens", this.apiTokens.ofUser(userId));
			model.addAttribute("secondFactorSince", this.users.secondFactorSince(userId));
		}
		return FORM_VIEW;
	}

	@GetMapping
	String showList(@RequestParam(required = false) String q,
			@PageableDefault(size = 20, sort = "username") Pageable pageable, Model model) {
		model.addAttribute("page", this.users.list(q, pageable));
		model.addAttribute("q", q);
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("userForm", new UserForm());
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute UserForm userForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.users.validate(userForm, null, result);
		if (result.hasErrors()) {
			return formView(model, null);
		}
		this.users.create(userForm);
		redirect.addFlashAttribute("success", "user.created");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		model.addAttribute("userForm", this.users.formFor(id));
		return formView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute UserForm userForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.users.validate(userForm, id, result);
		if (result.hasErrors()
				|| !ConcurrentEdits.saved(() -> this.users.update(id, userForm), result, userForm::setVersion)) {
			return formView(model, id);
		}
		redirect.addFlashAttribute("success", "user.updated");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.users.unlock(id);
		redirect.addFlashAttribute("success", "user.unlocked");
		return "redirect:/admin/users";
	}

	/**
	 * Only once the admin ticked that they checked who asks (works without JavaScript).
	 */
	@PostMapping("/{id}/mfa/reset")
	String resetSecondFactor(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		if (confirmed) {
			this.users.resetSecondFactor(id);
			redirect.addFlashAttribute("success", "user.mfa.reset.done");
		}
		else {
			redirect.addFlashAttribute("warning", "user.mfa.reset.unconfirmed");
		}
		return "redirect:/admin/users/" + id + "/edit";
	}

	@GetMapping("/{id}/password")
	String showPasswordForm(@PathVariable long id, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		model.addAttribute("username", this.users.usernameOf(id));
		model.addAttribute("userId", id);
		return PASSWORD_VIEW;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute PasswordForm passwordForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("username", this.users.usernameOf(id));
			model.addAttribute("userId", id);
			return PASSWORD_VIEW;
		}
		this.users.resetPassword(id, passwordForm.getPassword());
		redirect.addFlashAttribute("success", "user.passwordReset");
		return "redirect:/admin/users";
	}

}
