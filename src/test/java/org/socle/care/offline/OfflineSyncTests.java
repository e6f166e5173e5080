package org.socle.care.offline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.privacy.Pseudonyms;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The offline service entry's exchanges under the session: the device gets only the
 * people present (reference and name) of an establishment its user manages; the sync
 * saves each record once however often it is sent, saves the good ones of a batch and
 * returns each refused one with its reason in the user's language; another organisation's
 * establishment and a request without the CSRF token write nothing.
 */
@SocleTest
class OfflineSyncTests {

	/** A type the device got while it was active, retired by an admin since. */
	private static final String RETIRED = "OFFL_RETIRED";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	SocleUser manager;

	SocleUser otherManager;

	long establishment;

	String present;

	String alsoPresent;

	String discharged;

	@BeforeEach
	void data() {
		long organisation = this.identity.organisation("OFFL Association");
		this.manager = this.identity.user("offl-manager", Role.MANAGER, organisation);
		this.otherManager = this.identity.user("offl-other", Role.MANAGER,
				this.identity.organisation("OFFL Autre association"));
		this.establishment = this.establishments.establishment("OFFL Foyer " + System.nanoTime(), organisation).id();
		this.present = person("Offlpresent", null);
		this.alsoPresent = person("Offlaussi", null);
		this.discharged = person("Offlparti", today().minusDays(10));
		this.jdbc.update("""
				INSERT INTO care_service_type (code, name_fr, name_ar, name_en, kind, created_at, updated_at)
				VALUES (?, 'Atelier fermé', 'ورشة مغلقة', 'Closed workshop', 'LEISURE', now(), now())
				ON CONFLICT (code) DO UPDATE SET active = true""", RETIRED);
	}

	private String person(String lastName, LocalDate discharge) {
		BeneficiaryFixtures.Builder builder = this.beneficiaries.beneficiary(this.establishment, lastName)
			.firstName("Test")
			.admitted(today().minusDays(60), null, null);
		long id = ((discharge != null) ? builder.discharged(discharge, DischargeReason.AUTONOMY) : builder).create();
		return this.pseudonyms.of(id);
	}

	@Test
	void theDeviceGetsThePeoplePresentByReferenceAndNameOnly() throws Exception {
		this.mvc.perform(get("/establishments/{id}/services/offline/data", this.establishment).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.beneficiaries[*].ref", containsInAnyOrder(this.present, this.alsoPresent)))
			.andExpect(jsonPath("$.data.beneficiaries[0].length()", is(2)))
			.andExpect(jsonPath("$.data.types[*].code", hasItem("PSYCHOSOCIAL")))
			.andExpect(jsonPath("$.data.maxDays", is(7)))
			.andExpect(jsonPath("$.csrf.header", is("X-CSRF-TOKEN")));
		this.mvc
			.perform(
					get("/establishments/{id}/services/offline/data", this.establishment).with(user(this.otherManager)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code", is("offline.noAccess")));
	}

	@Test
	void aRecordSentTwiceIsSavedOnce() throws Exception {
		long before = services();
		String body = body(record(UUID.randomUUID(), this.present, "PSYCHOSOCIAL", today()),
				record(UUID.randomUUID(), this.alsoPresent, "PSYCHOSOCIAL", today()));
		this.mvc.perform(sync(body).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[*].status", contains("saved", "saved")));
		this.mvc.perform(sync(body).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[*].status", contains("saved", "saved")));
		assertThat(services()).isEqualTo(before + 2);
	}

	@Test
	void theGoodRecordsAreSavedAndEachRefusedOneComesBackWithItsReasonTranslated() throws Exception {
		long before = services();
		UUID refused = UUID.randomUUID();
		this.mvc.perform(get("/establishments/{id}/services/offline/data", this.establishment).with(user(this.manager)))
			.andExpect(jsonPath("$.data.types[*].code", hasItem(RETIRED)));
		this.jdbc.update("UPDATE care_service_type SET active = false WHERE code = ?", RETIRED);
		this.mvc
			.perform(sync(body(record(UUID.randomUUID(), this.present, "PSYCHOSOCIAL", today()),
					record(refused, this.discharged, "PSYCHOSOCIAL", today()),
					record(UUID.randomUUID(), this.present, RETIRED, today().plusDays(2))))
				.param("lang", "ar")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[*].status", contains("saved", "refused", "refused")))
			.andExpect(jsonPath("$.results[1].reasons[0].code", is("care.notPresent")))
			.andExpect(jsonPath("$.results[1].reasons[0].message",
					is("بعض الأشخاص المختارين غير حاضرين في المؤسسة في هذا التاريخ.")))
			.andExpect(jsonPath("$.results[2].reasons[*].code",
					containsInAnyOrder("care.unknownType", "care.futureDate")));
		assertThat(services()).isEqualTo(before + 1);
		// fixed on the device (another date, while the person was there) and sent again
		// with the same id
		this.mvc
			.perform(sync(body(record(refused, this.discharged, "PSYCHOSOCIAL", today().minusDays(20))))
				.with(user(this.manager)))
			.andExpect(jsonPath("$.results[0].status", is("saved")));
		assertThat(services()).isEqualTo(before + 2);
	}

	/** A regression test: a null record was a null pointer, hence a 500. */
	@Test
	void aNullRecordIsRefusedAndTheOthersAreSaved() throws Exception {
		long before = services();
		this.mvc
			.perform(sync(body("null", record(UUID.randomUUID(), this.present, "PSYCHOSOCIAL", today())))
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[*].status", contains("refused", "saved")))
			.andExpect(jsonPath("$.results[0].reasons[0].code", is("offline.badClientId")));
		assertThat(services()).isEqualTo(before + 1);
	}

	@Test
	void anotherOrganisationsManagerAndAnAuditorRecordNothing() throws Exception {
		long before = services();
		String body = body(record(UUID.randomUUID(), this.present, "PSYCHOSOCIAL", today()));
		this.mvc.perform(sync(body).with(user(this.otherManager)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message",
					is("Vous ne pouvez plus enregistrer de prestations pour cet établissement.")));
		this.mvc.perform(sync(body).with(user(this.identity.user("offl-auditor", Role.AUDITOR, null))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code", is("offline.noAccess")));
		assertThat(services()).isEqualTo(before);
	}

	@Test
	void withoutTheCsrfTokenNothingIsRecorded() throws Exception {
		long before = services();
		this.mvc
			.perform(post("/establishments/{id}/services/sync", this.establishment).with(user(this.manager))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(record(UUID.randomUUID(), this.present, "PSYCHOSOCIAL", today()))))
			.andExpect(status().isForbidden());
		assertThat(services()).isEqualTo(before);
	}

	@Test
	void theEntryPageHoldsNoPersonalDataAndTheManifestFollowsTheLanguage() throws Exception {
		this.mvc.perform(get("/establishments/{id}/services/offline", this.establishment).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Offlpresent"))))
			.andExpect(content().string(containsString("/manifest/fr.webmanifest")));
		this.mvc.perform(get("/manifest/ar.webmanifest"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/manifest+json"))
			.andExpect(jsonPath("$.dir", is("rtl")))
			.andExpect(jsonPath("$.lang", is("ar")))
			.andExpect(jsonPath("$.icons[*].sizes", hasItem("512x512")));
	}

	private MockHttpServletRequestBuilder sync(String body) {
		return post("/establishments/{id}/services/sync", this.establishment).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private static String body(String... records) {
		return "{\"records\":[" + String.join(",", records) + "]}";
	}

	private static String record(UUID clientId, String beneficiary, String type, LocalDate date) {
		return """
				{"clientId":"%s","beneficiary":"%s","serviceType":"%s","date":"%s","notes":null}""".formatted(clientId,
				beneficiary, type, date);
	}

	private long services() {
		return this.jdbc.queryForObject("select count(*) from care_record where establishment_id = ?", Long.class,
				this.establishment);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
