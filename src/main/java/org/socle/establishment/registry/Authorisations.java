package org.socle.establishment.registry;

import java.time.LocalDate;

/**
 * The one rule for "authorisation expired", shared by the list filter (in SQL, see
 * {@link EstablishmentRepository#findRows}) and the pages.
 */
final class Authorisations {

	private Authorisations() {
	}

	/** Marked EXPIRED, or its expiry date is before today. */
	static boolean expired(AuthorisationStatus status, LocalDate expiry, LocalDate today) {
		return status == AuthorisationStatus.EXPIRED || (expiry != null && expiry.isBefore(today));
	}

}
