package org.socle.browser;

import java.time.LocalDate;
import java.util.List;

import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.stereotype.Component;

/**
 * The pages people use most, each with who opens it, on data made once: an establishment
 * of "Test Org A" with staff, beneficiaries, a validated self-assessment and a draft.
 */
@Component
public class MainPages {

	/**
	 * A page: who looks at it ({@code null}: nobody logged in), a name for the reports
	 * and its path.
	 */
	public record Page(String user, String name, String path) {

		@Override
		public String toString() {
			return this.name + " (" + this.path + ")";
		}

	}

	private static final String ESTABLISHMENT = "Maison Browser";

	private final IdentityFixtures identity;

	private final AssessmentFixtures assessments;

	private List<Page> pages;

	MainPages(IdentityFixtures identity, AssessmentFixtures assessments) {
		this.identity = identity;
		this.assessments = assessments;
	}

	public synchronized List<Page> all() {
		if (this.pages == null) {
			this.pages = create();
		}
		return this.pages;
	}

	/** The path of the page named {@code name}. */
	public String path(String name) {
		return all().stream().filter((page) -> page.name().equals(name)).findFirst().orElseThrow().path();
	}

	private List<Page> create() {
		SocleUser manager = this.identity.managerA();
		SocleUser auditor = this.identity.auditor();
		this.identity.admin();
		EstablishmentInfo home = this.assessments.establishment(ESTABLISHMENT, manager.organisationId());
		long validated = this.assessments.validatedSelf(home.id(), manager, auditor, 3, AssessmentFixtures.D);
		long draft = this.assessments.create(home.id(), AssessmentKind.SELF, manager, LocalDate.of(2025, 12, 1), false);
		String establishment = "/establishments/" + home.id();
		return List.of(new Page(null, "login", "/login"), new Page("t-manager-a", "home (manager)", "/"),
				new Page("t-auditor", "home (auditor)", "/"), new Page("t-admin", "home (admin)", "/"),
				new Page("t-manager-a", "establishments", "/establishments"),
				new Page("t-manager-a", "overview", establishment),
				new Page("t-manager-a", "beneficiaries", establishment + "/beneficiaries"),
				new Page("t-manager-a", "services", establishment + "/services"),
				new Page("t-manager-a", "assessment form", "/assessments/" + draft),
				new Page("t-manager-a", "score", "/assessments/" + validated + "/score"),
				new Page("t-auditor", "dashboard", "/dashboard"), new Page("t-admin", "users", "/admin/users"),
				new Page("t-manager-a", "standards", "/standards"),
				new Page("t-manager-a", "own password", "/account/password"),
				new Page("t-manager-a", "API tokens", "/account/tokens"),
				new Page("t-admin", "security log", "/admin/security-log"),
				new Page("t-manager-a", "notifications", "/notifications"),
				new Page("t-manager-a", "preferences", "/account/preferences"),
				new Page("t-auditor", "inspection plan", "/inspections"),
				new Page("t-auditor", "inspection detail", "/inspections/establishments/" + home.id()),
				new Page("t-admin", "user form", "/admin/users/" + auditor.id() + "/edit"));
	}

}
