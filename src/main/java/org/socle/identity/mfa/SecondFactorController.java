package org.socle.identity.mfa;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of a login (a code, or the enrolment an admin must make first when
 * required), and the enrolment page of a logged-in auditor or admin.
 */
@Controller
class SecondFactorController {

	static final String VIEW = "identity/totp";

	static final String STEP = "/login/totp";

	static final String ACCOUNT = "/account/mfa";

	private static final String SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactor secondFactor;

	private final Totp totp;

	SecondFactorController(SecondFactor secondFactor, Totp totp) {
		this.secondFactor = secondFactor;
		this.totp = totp;
	}

	@GetMapping(STEP)
	String showStep(HttpServletRequest request, Model model) {
		PendingLogin pending = PendingLogin.of(request);
		if (pending == null) {
			return "redirect:/login";
		}
		return stepView(request, pending, model, false);
	}

	@PostMapping(STEP)
	String checkStep(@RequestParam(required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PendingLogin pending = PendingLogin.of(request);
		if (pending == null) {
			return "redirect:/login";
		}
		boolean enrolling = pending.step() == SecondFactor.Step.ENROL;
		boolean valid = enrolling
				? this.secondFactor.enrol(pending.user(), pending.enrolmentSecret(request, this.totp), code)
				: this.secondFactor.verify(pending.user(), code);
		if (valid) {
			this.secondFactor.loggedIn(pending.user());
			pending.complete(request, response);
			return "redirect:/";
		}
		if (pending.wrongCode(request)) {
			return "redirect:/login?error";
		}
		return stepView(request, pending, model, true);
	}

	private String stepView(HttpServletRequest request, PendingLogin pending, Model model, boolean wrongCode) {
		if (pending.step() == SecondFactor.Step.ENROL) {
			enrolment(model, pending.user(), pending.enrolmentSecret(request, this.totp));
		}
		model.addAttribute("action", STEP);
		model.addAttribute("wrongCode", wrongCode);
		return VIEW;
	}

	@GetMapping(ACCOUNT)
	String showAccount(HttpServletRequest request, Model model) {
		SocleUser user = requireMayEnrol();
		if (this.secondFactor.isEnrolled(user)) {
			model.addAttribute("enrolled", true);
			return VIEW;
		}
		enrolment(model, user, accountSecret(request));
		model.addAttribute("action", ACCOUNT);
		return VIEW;
	}

	@PostMapping(ACCOUNT)
	String enrol(@RequestParam(required = false) String code, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SocleUser user = requireMayEnrol();
		if (this.secondFactor.enrol(user, accountSecret(request), code)) {
			request.getSession().removeAttribute(SECRET);
			redirect.addFlashAttribute("success", "mfa.enrolled");
			return "redirect:" + ACCOUNT;
		}
		enrolment(model, user, accountSecret(request));
		model.addAttribute("action", ACCOUNT);
		model.addAttribute("wrongCode", true);
		return VIEW;
	}

	private static SocleUser requireMayEnrol() {
		SocleUser user = SocleUser.current();
		if (!SecondFactor.mayEnrol(user)) {
			throw new NotAllowedException(user + " has no second factor to enrol");
		}
		return user;
	}

	/** The secret offered until the user proves their app holds it. */
	private String accountSecret(HttpServletRequest request) {
		Object secret = request.getSession().getAttribute(SECRET);
		if (secret == null) {
			secret = this.totp.newSecret();
			request.getSession().setAttribute(SECRET, secret);
		}
		return (String) secret;
	}

	private void enrolment(Model model, SocleUser user, String secret) {
		model.addAttribute("enrolling", true);
		model.addAttribute("secret", secret);
		model.addAttribute("qrCode", this.totp.qrCode(user.getUsername(), secret));
	}

}
