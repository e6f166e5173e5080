package org.socle.beneficiary.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.care.CareFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The retention anonymisation of the records of people discharged long ago. */
@SocleTest
class RetentionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	CareFixtures care;

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void retentionAnonymisesOnlyRecordsDischargedBeforeTheCutOff() throws Exception {
		long e = this.establishments.establishment("Retention home", this.identity.organisation("Test Org A")).id();
		long old = this.beneficiaries.beneficiary(e, "Ancienne")
			.firstName("Zineb")
			.arabicNames("القديمة", "زينب")
			.born(LocalDate.of(1950, 6, 1))
			.cin("OL9999")
			.disability(DisabilityType.VISUAL, true, false)
			.admitted(LocalDate.of(2000, 1, 1), ReferralSource.FAMILY, LegalBasis.FAMILY_REQUEST)
			.discharged(LocalDate.of(2005, 1, 1), DischargeReason.FAMILY_REINTEGRATION)
			.create();
		this.care.service(old, e, "LEISURE", LocalDate.of(2004, 1, 1));
		this.jdbc.update("UPDATE care_record SET notes = 'Note privée' WHERE beneficiary_id = ?", old);
		long recent = this.beneficiaries.beneficiary(e, "Recente")
			.admitted(LocalDate.of(2020, 1, 1), null, null)
			.discharged(LocalDate.now(this.clock).minusYears(2), DischargeReason.AUTONOMY)
			.create();
		long present = this.beneficiaries.beneficiary(e, "Presente")
			.admitted(LocalDate.of(2001, 1, 1), null, null)
			.create();

		this.mvc.perform(get("/admin/beneficiaries/retention").param("years", "10").with(user(this.identity.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anonymiser")));
		this.mvc
			.perform(post("/admin/beneficiaries/retention").param("years", "10")
				.with(user(this.identity.managerA()))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/beneficiaries/retention").param("years", "10")
				.with(user(this.identity.admin()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		Map<String, Object> anonymised = this.jdbc.queryForMap("SELECT * FROM beneficiary WHERE id = ?", old);
		assertThat(anonymised).containsEntry("last_name", "Anonyme")
			.containsEntry("first_name", this.pseudonyms.of(old))
			.containsEntry("last_name_ar", null)
			.containsEntry("birth_date", null)
			.containsEntry("birth_year", 1950)
			.containsEntry("cin", null)
			.containsEntry("disability_type", null)
			.containsEntry("sex", "F");
		assertThat(anonymised.get("anonymised_at")).isNotNull();
		assertThat(
				this.jdbc.queryForObject("SELECT notes FROM care_record WHERE beneficiary_id = ?", String.class, old))
			.isNull();
		assertThat(this.jdbc.queryForObject("SELECT discharge_reason FROM beneficiary_stay WHERE beneficiary_id = ?",
				String.class, old))
			.isEqualTo("FAMILY_REINTEGRATION");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM beneficiary_access_log WHERE beneficiary_id = ? AND action = 'ANONYMISE'",
				Long.class, old))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT anonymised_at FROM beneficiary WHERE id = ?", Object.class, recent))
			.isNull();
		assertThat(
				this.jdbc.queryForObject("SELECT anonymised_at FROM beneficiary WHERE id = ?", Object.class, present))
			.isNull();
		// an anonymised record cannot be edited any more
		this.mvc.perform(get("/beneficiaries/{id}/edit", old).with(user(this.identity.managerA())))
			.andExpect(status().isForbidden());
	}

}
