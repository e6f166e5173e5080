package org.socle.browser;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a journey starts from, its own so that counts on its pages are its own: an
 * organisation with its manager and an establishment with staff and two beneficiaries
 * (see {@link AssessmentFixtures#establishment}) in {@link #REGION}; another
 * organisation's establishment in {@link #ELSEWHERE}, for the region's filter to leave
 * out; and the two auditors (four eyes).
 */
@Component
class JourneyData {

	/** Drâa-Tafilalet: a region no other test class (but the benchmarks) puts data in. */
	static final String REGION = "MA-08";

	/** Rabat-Salé-Kénitra: not {@link #REGION}. */
	static final String ELSEWHERE = "MA-04";

	private final IdentityFixtures identity;

	private final EstablishmentFixtures establishments;

	private final AssessmentFixtures assessments;

	private final JdbcTemplate jdbc;

	JourneyData(IdentityFixtures identity, EstablishmentFixtures establishments, AssessmentFixtures assessments,
			JdbcTemplate jdbc) {
		this.identity = identity;
		this.establishments = establishments;
		this.assessments = assessments;
		this.jdbc = jdbc;
	}

	/**
	 * The words of the names other test classes typed in French into the shared database
	 * (establishments, organisations, people): the auditor's queue and the national
	 * dashboard list them all, as typed, in every language.
	 */
	Set<String> namesInTheDatabase() {
		return words(this.jdbc.queryForList("""
				SELECT name_fr FROM establishment UNION SELECT name FROM organisation
				UNION SELECT display_name FROM app_user""", String.class).stream());
	}

	private static Set<String> words(Stream<String> names) {
		return names.filter(Objects::nonNull)
			.flatMap((name) -> Arrays.stream(name.split("[^\\p{L}]+")))
			.map((word) -> word.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	/** The establishments of a region, as the database holds them now. */
	Set<Long> establishmentsIn(String region) {
		return Set
			.copyOf(this.jdbc.queryForList("SELECT id FROM establishment WHERE region_code = ?", Long.class, region));
	}

	/** SOCLE-EPS 1.0, the standard the journeys assess against. */
	long standardId() {
		return this.assessments.standardId();
	}

	String admin() {
		return this.identity.admin().getUsername();
	}

	/** A manager of another organisation than any journey's. */
	String otherManager() {
		return this.identity.managerB().getUsername();
	}

	/** A draft self-assessment of the start's establishment, created by its manager. */
	long draft(Start start) {
		SocleUser manager = this.identity.user(start.manager(), Role.MANAGER, null);
		return this.assessments.create(start.establishment().id(), AssessmentKind.SELF, manager);
	}

	/** One organisation's side of a journey, named after {@code key}. */
	record Start(String manager, String organisation, EstablishmentInfo establishment, String auditor,
			String secondAuditor) {

		/**
		 * The words of these names (and the fixture's people), written in Latin letters
		 * in every language.
		 */
		Set<String> names() {
			return words(Stream.of(this.organisation, this.establishment.nameFr(), "Test " + this.manager,
					"Test " + this.auditor, "Test " + this.secondAuditor, "Éducatrice", "Enfant", "Adulte", "Amina",
					"Journey", "reglement affichage",
					// the other journeys' establishments, on the dashboard
					"standard boundary session"));
		}

	}

	Start start(String key) {
		String organisation = "Journey Org " + key;
		long organisationId = this.identity.organisation(organisation);
		SocleUser manager = this.identity.user("j-manager-" + key, Role.MANAGER, organisationId);
		String name = "Maison Journey " + key;
		this.establishments.establishment(name, organisationId, Category.CHILDREN, REGION, 40);
		EstablishmentInfo establishment = this.assessments.establishment(name, organisationId);
		long neighbours = this.identity.organisation(organisation + " voisine");
		this.establishments.establishment("Maison voisine " + key, neighbours, Category.CHILDREN, ELSEWHERE, 40);
		return new Start(manager.getUsername(), organisation, establishment, this.identity.auditor().getUsername(),
				this.identity.auditor2().getUsername());
	}

}
