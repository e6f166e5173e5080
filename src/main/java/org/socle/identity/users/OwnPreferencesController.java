package org.socle.identity.users;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.socle.identity.EmailMode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every logged-in user chooses their language and how notices reach them by e-mail (the
 * user menu links here). A chosen language applies at once, and at each login.
 */
@Controller
class OwnPreferencesController {

	static final String PATH = "/account/preferences";

	private static final String VIEW = "identity/account-preferences";

	private final OwnPreferences preferences;

	private final LocaleResolver localeResolver;

	OwnPreferencesController(OwnPreferences preferences, LocaleResolver localeResolver) {
		this.preferences = preferences;
		this.localeResolver = localeResolver;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("languages", List.of("fr", "ar", "en"));
		model.addAttribute("emailModes", EmailMode.values());
	}

	@GetMapping(PATH)
	String showForm(Model model) {
		model.addAttribute("preferencesForm", this.preferences.current());
		return VIEW;
	}

	@PostMapping(PATH)
	String save(@Valid @ModelAttribute PreferencesForm preferencesForm, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		this.preferences.save(preferencesForm);
		if (preferencesForm.getLanguage() != null) {
			this.localeResolver.setLocale(request, response, Locale.forLanguageTag(preferencesForm.getLanguage()));
		}
		redirect.addFlashAttribute("success", "account.preferences.saved");
		return "redirect:" + PATH;
	}

}
