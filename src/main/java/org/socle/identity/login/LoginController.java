package org.socle.identity.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String showLogin() {
		return "identity/login";
	}

}
