package org.socle.identity.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every logged-in user changes their own password here (the user menu links to it). */
@Controller
class OwnPasswordController {

	static final String PATH = "/account/password";

	private static final String VIEW = "identity/account-password";

	private final OwnPassword ownPassword;

	OwnPasswordController(OwnPassword ownPassword) {
		this.ownPassword = ownPassword;
	}

	@GetMapping(PATH)
	String showForm(@ModelAttribute PasswordChangeForm passwordChangeForm) {
		return VIEW;
	}

	@PostMapping(PATH)
	String change(@Valid @ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult result,
			HttpServletRequest request, RedirectAttributes redirect) {
		// the page never sends the passwords back (its inputs have no value)
		if (result.hasFieldErrors("currentPassword") || !this.ownPassword.change(passwordChangeForm, result,
				request.getSession().getId(), request.getRemoteAddr())) {
			return VIEW;
		}
		redirect.addFlashAttribute("success", "account.password.changed");
		return "redirect:/";
	}

}
