package org.socle.beneficiary.register;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.KeptBody;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An establishment's beneficiary list is rendered once for the same rows, query, language
 * and access (full or pseudonymised) and served again from memory; a change of the rows,
 * written by any node, gives new HTML, and access is checked before the body is looked
 * up.
 */
@SocleTest
class BeneficiaryListBodyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	long establishment;

	long beneficiary;

	@BeforeEach
	void beneficiary() {
		this.establishment = this.establishments
			.establishment("BB Foyer de la liste gardée", this.identity.organisation("Test Org A"))
			.id();
		Long existing = this.jdbc.query("SELECT id FROM beneficiary WHERE establishment_id = ?",
				(rs) -> rs.next() ? rs.getLong(1) : null, this.establishment);
		this.beneficiary = (existing != null) ? existing
				: this.beneficiaries.beneficiary(this.establishment, "Benkirane")
					.firstName("Amina")
					.admitted(LocalDate.now(this.clock).minusDays(10), null, null)
					.create();
		this.jdbc.update("UPDATE beneficiary SET last_name = 'Benkirane' WHERE id = ?", this.beneficiary);
	}

	@Test
	void aSecondIdenticalRequestIsServedTheKeptBody() throws Exception {
		String first = body(list(this.identity.managerA()));
		String second = body(list(this.identity.managerA()));
		assertThat(first).contains("Benkirane Amina");
		assertThat(second).isSameAs(first);
	}

	@Test
	void aRowChangedElsewhereShowsOnTheNextRequest() throws Exception {
		String before = body(list(this.identity.managerA()));
		this.jdbc.update("UPDATE beneficiary SET last_name = 'Bennani' WHERE id = ?", this.beneficiary);
		String after = body(list(this.identity.managerA()));
		assertThat(before).contains("Benkirane Amina");
		assertThat(after).contains("Bennani Amina").doesNotContain("Benkirane");
	}

	@Test
	void anotherStatusOrLanguageGivesItsOwnHtml() throws Exception {
		String french = body(list(this.identity.managerA()));
		String english = body(list(this.identity.managerA(), "lang", "en"));
		String discharged = body(list(this.identity.managerA(), "status", "DISCHARGED"));
		assertThat(french).contains("Benkirane Amina", "Bénéficiaires");
		assertThat(english).contains("Benkirane Amina", "Beneficiaries");
		assertThat(discharged).doesNotContain("Benkirane Amina");
	}

	@Test
	void pseudonymisedReadersGetTheirOwnBodyAndOtherManagersNone() throws Exception {
		body(list(this.identity.managerA()));
		String auditors = body(list(this.identity.auditor()));
		assertThat(auditors).doesNotContain("Benkirane");
		this.mvc.perform(list(this.identity.managerB())).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder list(SocleUser user, String... params) {
		MockHttpServletRequestBuilder request = get("/establishments/{id}/beneficiaries", this.establishment)
			.with(user(user));
		for (int i = 0; i < params.length; i += 2) {
			request.queryParam(params[i], params[i + 1]);
		}
		return request;
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return KeptBody.of(this.mvc, request);
	}

}
