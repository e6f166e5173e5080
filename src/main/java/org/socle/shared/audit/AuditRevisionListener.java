package org.socle.shared.audit;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the acting user's username ({@code demo-data} while the demo
 * data loads), or {@value #SYSTEM} for start-up jobs (the same rule as the who/when
 * columns).
 */
public class AuditRevisionListener implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = (authentication == null || authentication instanceof AnonymousAuthenticationToken) ? SYSTEM
				: authentication.getName();
		((AuditRevision) revisionEntity).setUsername(username);
	}

}
