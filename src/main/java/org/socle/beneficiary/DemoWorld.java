package org.socle.beneficiary;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.EstablishmentStatus;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.organisation.DemoOrganisations;
import org.socle.organisation.OrganisationService;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the demo data of beneficiaries and care share: the demo establishments (those of
 * the demo organisations, not closed) and a quality factor per establishment, stable
 * across starts, so that coverage rates, and so scores, differ between establishments.
 * Demo loading runs without a logged-in user: it acts as a system admin to read the
 * establishments through their public API.
 */
@Component
public class DemoWorld {

	/** The created_by of every demo row: reloading skips what is there. */
	public static final String CREATED_BY = "demo-data";

	private static final Set<String> DEMO_ORGANISATIONS = Set.of(DemoOrganisations.AL_AMAL, DemoOrganisations.NOUR,
			DemoOrganisations.ATLAS);

	private final EstablishmentAccess establishments;

	private final OrganisationService organisations;

	DemoWorld(EstablishmentAccess establishments, OrganisationService organisations) {
		this.establishments = establishments;
		this.organisations = organisations;
	}

	/** The establishments of the demo organisations that are not closed. */
	public List<EstablishmentInfo> establishments() {
		return asSystem(() -> {
			List<EstablishmentInfo> all = this.establishments.listReadable();
			var names = this.organisations.namesByIds(all.stream().map(EstablishmentInfo::organisationId).toList());
			return all.stream()
				.filter(e -> DEMO_ORGANISATIONS.contains(names.get(e.organisationId())))
				.filter(e -> e.status() != EstablishmentStatus.CLOSED)
				.toList();
		});
	}

	/**
	 * Runs with a system admin as the current user (for the access checks of the APIs).
	 */
	public <T> T asSystem(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		SocleUser system = new SocleUser(0, CREATED_BY, "Demo data", Role.ADMIN, null, true, null);
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Between 0.35 and 0.95, from the establishment's name: how well its records are kept
	 * and its residents covered.
	 */
	public static double quality(EstablishmentInfo establishment) {
		int hash = Math.floorMod(establishment.nameFr().hashCode(), 1000);
		return 0.35 + 0.6 * hash / 1000.0;
	}

}
