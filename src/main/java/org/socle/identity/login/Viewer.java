package org.socle.identity.login;

import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.shared.web.LayoutViewer;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at the page, for the layout's navigation ({@code ${@viewer.user()}}):
 * the logged-in user, or null for a visitor (and during a login whose second factor is
 * still to come). One lookup per page, where each {@code sec:authorize} of the navigation
 * parsed its expression and built a SpEL evaluation context.
 */
@Component("viewer")
class Viewer implements LayoutViewer {

	public SocleUser user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SocleUser user) ? user : null;
	}

	@Override
	public Object shown() {
		SocleUser user = user();
		return (user != null) ? new Shown(user.getUsername(), user.displayName(), user.role()) : null;
	}

	private record Shown(String username, String displayName, Role role) {
	}

}
