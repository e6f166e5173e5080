package org.socle.api.v1;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.Sex;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An establishment's beneficiaries counted through the API: by sex, age group and
 * disability, present and discharged, every count under five suppressed, never a name or
 * a pseudonym; scoped as the establishment.
 */
@SocleTest
class ApiBeneficiaryStatisticsTests {

	static final LocalDate D = LocalDate.of(2025, 6, 30);

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

	SocleUser manager;

	long establishment;

	@BeforeEach
	void data() {
		long organisation = this.identity.organisation("APIS Association");
		this.manager = this.identity.user("apis-manager", Role.MANAGER, organisation);
		this.establishment = this.establishments.establishment("APIS Foyer", organisation).id();
		if (this.jdbc.queryForObject("select count(*) from beneficiary where establishment_id = ?", Long.class,
				this.establishment) > 0) {
			return;
		}
		for (int i = 0; i < 6; i++) {
			BeneficiaryFixtures.Builder girl = this.beneficiaries.beneficiary(this.establishment, "APIS Fille" + i)
				.sex(Sex.F)
				.born(LocalDate.of(2016, 3, 1));
			(i == 0 ? girl.disability(DisabilityType.VISUAL, true, false) : girl).create();
		}
		for (int i = 0; i < 2; i++) {
			this.beneficiaries.beneficiary(this.establishment, "APIS Garcon" + i)
				.sex(Sex.M)
				.born(LocalDate.of(2016, 3, 1))
				.create();
		}
		for (int i = 0; i < 5; i++) {
			this.beneficiaries.beneficiary(this.establishment, "APIS Sortie" + i)
				.discharged(LocalDate.of(2025, 3, 1), DischargeReason.FAMILY_REINTEGRATION)
				.create();
		}
	}

	@Test
	void countsBySexAgeAndDisabilityWithSmallCountsSuppressed() throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/establishments/{id}/beneficiary-statistics?date=2025-06-30", this.establishment)
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.referenceDate", is("2025-06-30")))
			.andExpect(jsonPath("$.byAge[?(@.key == 'AGE_6_11')].women").value(6))
			.andExpect(jsonPath("$.byAge[?(@.key == 'AGE_6_11')].men").value(contains(nullValue())))
			.andExpect(jsonPath("$.byAge[?(@.key == 'AGE_6_11')].all").value(8))
			.andExpect(jsonPath("$.byDisability[?(@.key == 'ANY')].all").value(contains(nullValue())))
			.andExpect(jsonPath("$.byDisability[?(@.key == 'NONE')].all").value(7))
			.andExpect(jsonPath("$.active.women", is(6)))
			.andExpect(jsonPath("$.active.men", nullValue()))
			.andExpect(jsonPath("$.discharged.women", is(5)))
			.andExpect(jsonPath("$.discharged.all", is(5)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("APIS").doesNotContain("\"B-").doesNotContain("Test");
	}

	@Test
	void scopedAsTheEstablishment() throws Exception {
		SocleUser other = this.identity.user("apis-other", Role.MANAGER,
				this.identity.organisation("APIS Autre association"));
		this.mvc
			.perform(get("/api/v1/establishments/{id}/beneficiary-statistics", this.establishment).with(user(other)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/establishments/{id}/beneficiary-statistics", this.establishment)
				.with(user(this.identity.auditor())))
			.andExpect(status().isOk());
	}

	@Test
	void aDateOutsideTheCalendarIsABadRequestNotAServerError() throws Exception {
		this.mvc
			.perform(get("/api/v1/establishments/{id}/beneficiary-statistics?date=-999999999-01-01", this.establishment)
				.with(user(this.identity.auditor())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"));
	}

}
