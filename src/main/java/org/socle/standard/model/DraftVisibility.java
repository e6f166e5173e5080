package org.socle.standard.model;

import org.socle.identity.SocleUser;

/**
 * Who sees which versions: published and retired ones are public reference data, drafts
 * are for admins only.
 */
public final class DraftVisibility {

	private DraftVisibility() {
	}

	public static boolean currentUserSeesDrafts() {
		try {
			return SocleUser.current().isAdmin();
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	public static boolean isVisible(ReferenceStandard standard) {
		return standard.getStatus().isFrozen() || currentUserSeesDrafts();
	}

}
