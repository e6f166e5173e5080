package org.socle.establishment.registry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.KeptBody;
import org.socle.SocleTest;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The list's body is rendered once for the same rows, filters' choices, query, language
 * and right to create, and served again from memory; anything it shows that changes,
 * written by any node, gives new HTML on the next request, and the reader's scope is
 * applied before the body is looked up.
 */
@SocleTest
class EstablishmentListBodyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	JdbcTemplate jdbc;

	long organisation;

	long establishment;

	@BeforeEach
	void establishment() {
		this.organisation = this.identity.organisation("Test Org A");
		this.establishment = this.establishments
			.establishment("LB Foyer du corps gardé", this.organisation, Category.CHILDREN, "MA-05", 30)
			.id();
		this.jdbc.update("UPDATE establishment SET name_fr = 'LB Foyer du corps gardé' WHERE id = ?",
				this.establishment);
	}

	@Test
	void aSecondIdenticalRequestIsServedTheKeptBody() throws Exception {
		String first = body(list(this.identity.auditor(), "q", "LB Foyer"));
		String second = body(list(this.identity.auditor(), "q", "LB Foyer"));
		assertThat(first).contains("LB Foyer du corps gardé");
		assertThat(second).isSameAs(first);
	}

	@Test
	void aRowChangedElsewhereShowsOnTheNextRequest() throws Exception {
		String before = body(list(this.identity.auditor(), "q", "LB Foyer"));
		this.jdbc.update("UPDATE establishment SET name_fr = 'LB Foyer du corps renommé' WHERE id = ?",
				this.establishment);
		String after = body(list(this.identity.auditor(), "q", "LB Foyer"));
		assertThat(before).contains(">LB Foyer du corps gardé<");
		assertThat(after).contains(">LB Foyer du corps renommé<").doesNotContain(">LB Foyer du corps gardé<");
	}

	@Test
	void anotherFilterOrLanguageGivesItsOwnHtml() throws Exception {
		SocleUser auditor = this.identity.auditor();
		String french = body(list(auditor, "q", "LB Foyer", "region", "MA-05"));
		String english = body(list(auditor, "q", "LB Foyer", "region", "MA-05", "lang", "en"));
		String otherRegion = body(list(auditor, "q", "LB Foyer", "region", "MA-06"));
		assertThat(french).contains("Enfance", "<option value=\"MA-05\" selected=\"selected\">");
		assertThat(english).contains("Children", "<option value=\"MA-05\" selected=\"selected\">");
		assertThat(otherRegion).contains("<option value=\"MA-06\" selected=\"selected\">")
			.doesNotContain("<option value=\"MA-05\" selected=\"selected\">", "LB Foyer du corps gardé");
	}

	@Test
	void whatTheUserMayDoAndSeeIsPartOfTheKey() throws Exception {
		String admins = body(list(this.identity.admin(), "q", "LB Foyer"));
		String auditors = body(list(this.identity.auditor(), "q", "LB Foyer"));
		String managers = body(list(this.identity.managerA(), "q", "LB Foyer"));
		String otherManagers = body(list(this.identity.managerB(), "q", "LB Foyer"));
		assertThat(admins).contains("href=\"/establishments/new\"", "id=\"organisation\"");
		assertThat(auditors).doesNotContain("href=\"/establishments/new\"").contains("id=\"organisation\"");
		assertThat(managers).contains("LB Foyer du corps gardé").doesNotContain("id=\"organisation\"");
		assertThat(otherManagers).as("another organisation's manager: scope applied before the body")
			.doesNotContain("LB Foyer du corps gardé");
	}

	private MockHttpServletRequestBuilder list(SocleUser user, String... params) {
		MockHttpServletRequestBuilder request = get("/establishments").with(user(user));
		for (int i = 0; i < params.length; i += 2) {
			request.queryParam(params[i], params[i + 1]);
		}
		return request;
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return KeptBody.of(this.mvc, request);
	}

}
