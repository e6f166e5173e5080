package org.socle.api.v1;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Regions, organisations and establishments through the API: the list's filters, paging
 * links in the body and the {@code Link} header, sorting, each role's scope, and a
 * statement count that does not grow with the page.
 */
@SocleTest
class ApiEstablishmentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	SocleUser manager;

	SocleUser otherManager;

	long own;

	long other;

	@BeforeEach
	void data() {
		long organisation = this.identity.organisation("API Association Nour");
		long otherOrganisation = this.identity.organisation("API Association Autre");
		this.manager = this.identity.user("api-manager", Role.MANAGER, organisation);
		this.otherManager = this.identity.user("api-manager-other", Role.MANAGER, otherOrganisation);
		this.own = this.establishments.establishment("APIE Foyer Alpha", organisation, Category.CHILDREN, "MA-04", 40)
			.id();
		this.establishments.establishment("APIE Foyer Beta", organisation, Category.ELDERLY, "MA-01", 20);
		this.establishments.establishment("APIE Foyer Gamma", organisation, Category.ELDERLY, "MA-04", 30);
		this.other = this.establishments
			.establishment("APIE Foyer Delta", otherOrganisation, Category.CHILDREN, "MA-04", 10)
			.id();
	}

	@Test
	void listsFilterAndPageWithLinksInTheBodyAndTheLinkHeader() throws Exception {
		this.mvc
			.perform(get("/api/v1/establishments?q=APIE&size=2&sort=nameFr,desc").with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems", is(4)))
			.andExpect(jsonPath("$.totalPages", is(2)))
			.andExpect(jsonPath("$.page", is(0)))
			.andExpect(jsonPath("$.size", is(2)))
			.andExpect(jsonPath("$.items[*].nameFr", contains("APIE Foyer Gamma", "APIE Foyer Delta")))
			.andExpect(jsonPath("$.links.prev", nullValue()))
			.andExpect(jsonPath("$.links.next", containsString("q=APIE")))
			.andExpect(jsonPath("$.links.next", containsString("page=1")))
			.andExpect(jsonPath("$.links.last", containsString("page=1")))
			.andExpect(header().string("Link", containsString("page=1&size=2>; rel=\"next\"")))
			.andExpect(header().string("Link", containsString("rel=\"first\"")));
		this.mvc.perform(get("/api/v1/establishments?q=APIE&size=2&page=1").with(user(this.identity.auditor())))
			.andExpect(jsonPath("$.links.next", nullValue()))
			.andExpect(jsonPath("$.links.prev", containsString("page=0")));
		this.mvc
			.perform(get("/api/v1/establishments?q=APIE&category=ELDERLY&region=MA-04")
				.with(user(this.identity.auditor())))
			.andExpect(jsonPath("$.items[*].nameFr", contains("APIE Foyer Gamma")));
	}

	@Test
	void aPageIsAtMostAHundredAndAnUnknownSortIsIgnored() throws Exception {
		this.mvc.perform(get("/api/v1/establishments?q=APIE&size=5000&sort=directorPhone").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size", is(100)))
			.andExpect(
					jsonPath("$.items[*].nameFr", contains("APIE Foyer Alpha", "APIE Foyer Beta", "APIE Foyer Gamma")));
	}

	@Test
	void aManagerSeesOnlyTheirOrganisationAndAnotherOnesIdAnswers404() throws Exception {
		this.mvc.perform(get("/api/v1/establishments?q=APIE").with(user(this.manager)))
			.andExpect(jsonPath("$.totalItems", is(3)));
		this.mvc.perform(get("/api/v1/establishments/{id}", this.own).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameFr", is("APIE Foyer Alpha")))
			.andExpect(jsonPath("$.organisationName", is("API Association Nour")))
			.andExpect(jsonPath("$.authorisationStatus", is("VALID")));
		this.mvc.perform(get("/api/v1/establishments/{id}", this.other).with(user(this.manager)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/establishments/{id}", this.other).with(user(this.otherManager)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/establishments/{id}", this.other).with(user(this.identity.admin())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/organisations").with(user(this.manager)))
			.andExpect(jsonPath("$.totalItems", is(1)))
			.andExpect(jsonPath("$.items[0].name", is("API Association Nour")));
		this.mvc.perform(get("/api/v1/organisations?q=API Association").with(user(this.identity.auditor())))
			.andExpect(jsonPath("$.totalItems", is(2)));
	}

	@Test
	void regionsAndTheirProvinces() throws Exception {
		this.mvc.perform(get("/api/v1/regions").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems", is(12)))
			.andExpect(jsonPath("$.items[0].code", is("MA-01")));
		this.mvc.perform(get("/api/v1/regions/MA-04/provinces").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].regionCode", everyItem(is("MA-04"))));
		this.mvc.perform(get("/api/v1/regions/MA-99/provinces").with(user(this.manager)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListRunsTheSameStatementsForOneRowAndFifty() throws Exception {
		long organisation = this.identity.organisation("API Association nombreuse");
		this.establishments.establishments("APIM Foyer ", 50, organisation);
		SocleUser auditor = this.identity.auditor();
		long one = QueryCount.of(this.mvc, get("/api/v1/establishments?q=APIM&size=1").with(user(auditor)));
		long fifty = QueryCount.of(this.mvc, get("/api/v1/establishments?q=APIM&size=50").with(user(auditor)));
		long again = QueryCount.of(this.mvc, get("/api/v1/establishments?q=APIM&size=50").with(user(auditor)));
		// the data version, the page, its count, the organisations' names; the same list
		// again at the same version: the version alone
		assertThat(fifty).isEqualTo(one).isLessThanOrEqualTo(4);
		assertThat(again).isOne();
		long organisationsOne = QueryCount.of(this.mvc, get("/api/v1/organisations?size=1").with(user(auditor)));
		long organisationsFifty = QueryCount.of(this.mvc, get("/api/v1/organisations?size=50").with(user(auditor)));
		// a first page holding every row needs no count: Spring Data skips it
		assertThat(organisationsFifty).isLessThanOrEqualTo(organisationsOne);
		assertThat(organisationsOne).isLessThanOrEqualTo(2);
	}

}
