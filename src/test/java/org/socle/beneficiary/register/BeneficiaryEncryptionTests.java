package org.socle.beneficiary.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BenefitStatus;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.HealthInsurance;
import org.socle.beneficiary.RsuStatus;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.shared.crypto.ColumnReencryption;
import org.socle.shared.crypto.FieldEncryption;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A beneficiary's disability and health cover are ciphertext in PostgreSQL, with only the
 * clear flags the aggregates need; rows from before V78 are encrypted at start-up; a
 * value that cannot be decrypted is shown as such, and the record stays usable.
 */
@SocleTest
class BeneficiaryEncryptionTests {

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

	@Autowired
	FieldEncryption encryption;

	@Autowired
	ColumnReencryption reencryption;

	long person(String name) {
		long e = this.establishments.establishment(name + " home", this.identity.organisation("Test Org A")).id();
		return this.beneficiaries.beneficiary(e, name)
			.disability(DisabilityType.HEARING, true, false)
			.protection(HealthInsurance.OTHER, RsuStatus.UNKNOWN, BenefitStatus.UNKNOWN, BenefitStatus.UNKNOWN, null)
			.admitted(LocalDate.now(this.clock).minusDays(5), null, null)
			.create();
	}

	Map<String, Object> raw(long id) {
		return this.jdbc.queryForMap("""
				SELECT disability_type, disability_card, disability_support, health_insurance, has_disability,
				       disability_supported, has_health_cover, health_cover_known
				FROM beneficiary WHERE id = ?""", id);
	}

	String page(long id) throws Exception {
		return this.mvc.perform(get("/beneficiaries/{id}", id).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theColumnsHoldCiphertextTheFlagsTheAggregatesAndThePageTheValues() throws Exception {
		long id = person("Chiffrée");
		Map<String, Object> row = raw(id);
		String current = "v1:" + this.encryption.currentKeyId() + ":";
		for (String column : new String[] { "disability_type", "disability_card", "disability_support",
				"health_insurance" }) {
			assertThat((String) row.get(column)).as(column)
				.startsWith(current)
				.doesNotContain("HEARING", "OTHER", "true", "false");
		}
		assertThat(row).containsEntry("has_disability", true)
			.containsEntry("disability_supported", true)
			.containsEntry("has_health_cover", true)
			.containsEntry("health_cover_known", true);
		assertThat(page(id)).contains("Auditive", "Carte de personne en situation de handicap", "Autre assurance");
	}

	@Test
	void aRowWrittenInClearBeforeV78IsEncryptedByTheStartUpStep() throws Exception {
		long id = person("Ancienne");
		this.jdbc.update("""
				UPDATE beneficiary SET disability_type = 'VISUAL', disability_card = 'false',
				    disability_support = 'true', health_insurance = 'NONE', has_health_cover = false
				WHERE id = ?""", id);
		assertThat(page(id)).as("clear values read as they are").contains("Visuelle", "Aucune");

		this.reencryption.reencryptAll();

		Map<String, Object> row = raw(id);
		for (String column : new String[] { "disability_type", "disability_card", "disability_support",
				"health_insurance" }) {
			assertThat((String) row.get(column)).as(column).startsWith("v1:");
		}
		assertThat(page(id)).contains("Visuelle", "Aucune");
	}

	@Test
	void aTamperedValueIsShownAsUnreadableAndAnEditKeepsIt() throws Exception {
		long id = person("Altérée");
		String sealed = (String) raw(id).get("disability_type");
		int at = sealed.lastIndexOf(':') + 8;
		String tampered = sealed.substring(0, at) + ((sealed.charAt(at) == 'A') ? 'B' : 'A') + sealed.substring(at + 1);
		this.jdbc.update("UPDATE beneficiary SET disability_type = ? WHERE id = ?", tampered, id);

		assertThat(page(id)).contains("Valeur illisible", "Altérée", "Autre assurance").doesNotContain("Auditive");
		this.mvc.perform(get("/beneficiaries/{id}", id).with(user(this.identity.managerA())).param("lang", "ar"))
			.andExpect(content().string(containsString("قيمة غير قابلة للقراءة")));

		// the edit form does not show the unreadable type; saving another field keeps it
		this.mvc.perform(get("/beneficiaries/{id}/edit", id).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("unreadable"))));
		long version = this.jdbc.queryForObject("SELECT version FROM beneficiary WHERE id = ?", Long.class, id);
		this.mvc
			.perform(post("/beneficiaries/{id}/edit", id).with(user(this.identity.managerA()))
				.with(csrf())
				.param("lastName", "Altérée")
				.param("firstName", "Renommée")
				.param("sex", "F")
				.param("birthDate", "2000-01-01")
				.param("category", "OTHER")
				.param("healthInsurance", "OTHER")
				.param("rsuStatus", "UNKNOWN")
				.param("familyAid", "UNKNOWN")
				.param("pension", "UNKNOWN")
				.param("admissionDate", LocalDate.now(this.clock).minusDays(5).toString())
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(raw(id).get("disability_type")).isEqualTo(tampered);
		assertThat(this.jdbc.queryForObject("SELECT first_name FROM beneficiary WHERE id = ?", String.class, id))
			.isEqualTo("Renommée");
	}

}
