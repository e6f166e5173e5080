package org.socle.care;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.shared.crypto.ColumnReencryption;
import org.socle.shared.crypto.FieldEncryption;
import org.socle.shared.crypto.TestDataKeys;

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
 * Health free text of care plans is encrypted in PostgreSQL, shown in clear on the page,
 * survives a key rotation, and is refused when tampered with.
 */
@SocleTest
class CareEncryptionTests {

	/** Listed in socle.data.keys-previous by application-test.properties. */
	static final String PREVIOUS_KEY = "GQw+zVXAeeqk/f7Q47DGZseDj84zAywHENFwsoUOW9c=";

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

	long planWithGoals(String name, String goals) throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		long e = this.establishments.establishment(name, this.identity.organisation("Test Org A")).id();
		long id = this.beneficiaries.beneficiary(e, "Chiffre").admitted(today.minusDays(10), null, null).create();
		this.mvc
			.perform(post("/beneficiaries/{id}/care-plan", id).with(user(this.identity.managerA()))
				.with(csrf())
				.param("goals", goals)
				.param("actions", "Rendez-vous en cardiologie")
				.param("nextReviewDate", today.plusMonths(3).toString())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		return id;
	}

	String rawGoals(long beneficiaryId) {
		return this.jdbc.queryForObject("SELECT goals FROM care_plan WHERE beneficiary_id = ?", String.class,
				beneficiaryId);
	}

	void setRawGoals(long beneficiaryId, String stored) {
		this.jdbc.update("UPDATE care_plan SET goals = ? WHERE beneficiary_id = ?", stored, beneficiaryId);
	}

	@Test
	void theColumnHoldsCiphertextAndThePageTheText() throws Exception {
		long id = planWithGoals("Encrypted plan home", "Suivi du diabete de type 1");
		assertThat(rawGoals(id)).startsWith("v1:" + this.encryption.currentKeyId() + ":").doesNotContain("diabete");
		assertThat(this.jdbc.queryForObject("SELECT actions FROM care_plan WHERE beneficiary_id = ?", String.class, id))
			.startsWith("v1:")
			.doesNotContain("cardiologie");
		this.mvc.perform(get("/beneficiaries/{id}/care", id).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Suivi du diabete de type 1")));
	}

	@Test
	void serviceNotesAreEncryptedAndListed() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		long e = this.establishments.establishment("Encrypted notes home", this.identity.organisation("Test Org A"))
			.id();
		long id = this.beneficiaries.beneficiary(e, "Notes").admitted(today.minusDays(10), null, null).create();
		long type = this.jdbc.queryForObject("SELECT id FROM care_service_type WHERE code = 'HEALTH_CHECK'",
				Long.class);
		this.mvc
			.perform(post("/establishments/{id}/services/new", e).with(user(this.identity.managerA()))
				.with(csrf())
				.param("serviceTypeId", String.valueOf(type))
				.param("serviceDate", today.toString())
				.param("notes", "Controle tensionnel 16/9")
				.param("beneficiaryIds", String.valueOf(id)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT notes FROM care_record WHERE beneficiary_id = ?", String.class, id))
			.startsWith("v1:" + this.encryption.currentKeyId() + ":")
			.doesNotContain("tensionnel");
		this.mvc.perform(get("/establishments/{id}/services", e).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Controle tensionnel 16/9")));
	}

	@Test
	void aRowUnderAPreviousKeyStillDecryptsAndIsMovedToTheCurrentKey() throws Exception {
		long id = planWithGoals("Rotated plan home", "placeholder");
		String oldKeyId = this.encryption.currentKeyId();
		setRawGoals(id, previousKey().encrypt("Allergie a la penicilline"));
		assertThat(rawGoals(id)).doesNotStartWith("v1:" + oldKeyId + ":");
		this.mvc.perform(get("/beneficiaries/{id}/care", id).with(user(this.identity.managerA())))
			.andExpect(content().string(containsString("Allergie a la penicilline")));

		assertThat(this.reencryption.reencryptAll()).isPositive();

		assertThat(rawGoals(id)).startsWith("v1:" + this.encryption.currentKeyId() + ":");
		this.mvc.perform(get("/beneficiaries/{id}/care", id).with(user(this.identity.managerA())))
			.andExpect(content().string(containsString("Allergie a la penicilline")));
	}

	@Test
	void aRowStillInClearIsEncryptedByTheStartUpStep() throws Exception {
		long id = planWithGoals("Legacy plan home", "placeholder");
		setRawGoals(id, "Texte saisi avant le chiffrement");
		this.reencryption.reencryptAll();
		assertThat(rawGoals(id)).startsWith("v1:").doesNotContain("chiffrement");
		this.mvc.perform(get("/beneficiaries/{id}/care", id).with(user(this.identity.managerA())))
			.andExpect(content().string(containsString("Texte saisi avant le chiffrement")));
	}

	@Test
	void tamperedCiphertextIsShownAsUnreadableAndThePageStillWorks() throws Exception {
		long id = planWithGoals("Tampered plan home", "Traitement antiépileptique");
		String sealed = rawGoals(id);
		// a character in the middle of the nonce: every bit of it counts
		int at = sealed.lastIndexOf(':') + 8;
		String tampered = sealed.substring(0, at) + ((sealed.charAt(at) == 'A') ? 'B' : 'A') + sealed.substring(at + 1);
		setRawGoals(id, tampered);
		this.mvc.perform(get("/beneficiaries/{id}/care", id).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("antiépileptique"))))
			.andExpect(content().string(containsString("Valeur illisible")))
			.andExpect(content().string(containsString("Rendez-vous en cardiologie")));
		// a review saves the plan's next date: the unreadable goals are kept, not
		// overwritten
		this.mvc
			.perform(post("/beneficiaries/{id}/care-plan/reviews", id).with(user(this.identity.managerA()))
				.with(csrf())
				.param("reviewDate", LocalDate.now(this.clock).toString())
				.param("summary", "Point trimestriel")
				.param("nextReviewDate", LocalDate.now(this.clock).plusMonths(3).toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(rawGoals(id)).isEqualTo(tampered);
	}

	static FieldEncryption previousKey() {
		return TestDataKeys.withKey(PREVIOUS_KEY);
	}

}
