package org.socle.identity.tokens;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's API tokens (create, see once, revoke), and an admin revoking another user's
 * token from the user's page.
 */
@Controller
class ApiTokenController {

	static final String VIEW = "identity/tokens";

	static final String PATH = "/account/tokens";

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping(PATH)
	String showTokens(Model model) {
		model.addAttribute("apiTokenForm", new ApiTokenForm());
		return view(model);
	}

	@PostMapping(PATH)
	String create(@Valid @ModelAttribute ApiTokenForm apiTokenForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				redirect.addFlashAttribute("createdToken",
						this.tokens.create(apiTokenForm.getName(), apiTokenForm.getLifetime()).secret());
				return "redirect:" + PATH;
			}
			catch (ApiTokens.TooManyTokensException ex) {
				result.reject("apiToken.tooMany", new Object[] { ApiTokens.MAX_ACTIVE_PER_USER }, null);
			}
		}
		return view(model);
	}

	@PostMapping(PATH + "/{tokenId}/revoke")
	String revoke(@PathVariable long tokenId, RedirectAttributes redirect) {
		this.tokens.revokeMine(tokenId);
		redirect.addFlashAttribute("success", "apiToken.revoked");
		return "redirect:" + PATH;
	}

	@PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
	String revokeOfUser(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
		this.tokens.revokeOfUser(id, tokenId);
		redirect.addFlashAttribute("success", "apiToken.revoked");
		return "redirect:/admin/users/" + id + "/edit";
	}

	private String view(Model model) {
		model.addAttribute("tokens", this.tokens.mine());
		model.addAttribute("lifetimes", TokenLifetime.values());
		return VIEW;
	}

}
