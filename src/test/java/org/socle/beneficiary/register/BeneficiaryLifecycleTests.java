package org.socle.beneficiary.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DischargeReason;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Admission, edit, discharge, transfer and re-admission through the screens, with the
 * rules: no admission into a closed establishment, over capacity only when confirmed (and
 * flagged), no discharge before admission, nothing in the future, valid identity
 * references.
 */
@SocleTest
class BeneficiaryLifecycleTests {

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

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	long establishment(String name, Integer capacity) {
		return this.establishments
			.establishment(name, this.identity.organisation("Test Org A"), org.socle.establishment.Category.MULTI,
					"MA-04", capacity)
			.id();
	}

	/**
	 * A valid new beneficiary; {@code overrides} are name, value pairs replacing fields.
	 */
	MockHttpServletRequestBuilder newBeneficiary(long establishmentId, SocleUser as, String... overrides) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("lastName", "Benali");
		fields.put("firstName", "Amina");
		fields.put("lastNameAr", "بنعلي");
		fields.put("firstNameAr", "أمينة");
		fields.put("sex", "F");
		fields.put("birthDate", "2012-04-03");
		fields.put("birthCertificateRef", "1234/2012");
		fields.put("category", "CHILD");
		fields.put("consentDate", today().toString());
		fields.put("consentGivenBy", "GUARDIAN");
		fields.put("healthInsurance", "AMO");
		fields.put("rsuStatus", "REGISTERED");
		fields.put("familyAid", "UNKNOWN");
		fields.put("pension", "NOT_RECEIVING");
		fields.put("schooling", "ENROLLED");
		fields.put("admissionDate", today().toString());
		fields.put("referralSource", "COURT");
		fields.put("legalBasis", "COURT_ORDER");
		fields.put("legalBasisReference", "Jugement 12/2025");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/establishments/{id}/beneficiaries/new", establishmentId)
			.with(user(as))
			.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	long idFrom(MvcResult result) {
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).startsWith("/beneficiaries/");
		return Long.parseLong(url.substring("/beneficiaries/".length()));
	}

	Map<String, Object> openStay(long beneficiaryId) {
		return this.jdbc.queryForMap(
				"SELECT * FROM beneficiary_stay WHERE beneficiary_id = ? AND discharge_date IS NULL", beneficiaryId);
	}

	@Test
	void aManagerAdmitsABeneficiaryWithItsFirstStayAndTheCreationIsLogged() throws Exception {
		long e = establishment("Lifecycle home", 40);
		MvcResult result = this.mvc.perform(newBeneficiary(e, this.identity.managerA()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = idFrom(result);
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM beneficiary WHERE id = ?", id);
		assertThat(row).containsEntry("last_name", "Benali")
			.containsEntry("last_name_ar", "بنعلي")
			.containsEntry("establishment_id", e)
			.containsEntry("birth_year", 2012)
			.containsEntry("has_health_cover", true);
		assertThat((String) row.get("health_insurance")).as("encrypted").startsWith("v1:").doesNotContain("AMO");
		assertThat(openStay(id)).containsEntry("establishment_id", e)
			.containsEntry("legal_basis", "COURT_ORDER")
			.containsEntry("over_capacity", false);
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM beneficiary_access_log WHERE beneficiary_id = ? AND username = 't-manager-a'",
				String.class, id))
			.containsExactly("CREATE");
	}

	@Test
	void noAdmissionIntoAClosedEstablishment() throws Exception {
		long e = establishment("Lifecycle closed home", 40);
		this.jdbc.update("UPDATE establishment SET status = 'CLOSED' WHERE id = ?", e);
		this.mvc.perform(newBeneficiary(e, this.identity.managerA()))
			.andExpect(status().isOk())
			.andExpect(view().name("beneficiary/form"))
			.andExpect(model().attributeHasErrors("beneficiaryForm"));
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM beneficiary WHERE establishment_id = ?", Long.class, e))
			.isZero();
	}

	@Test
	void admittingBeyondCapacityNeedsAConfirmationAndIsFlagged() throws Exception {
		long e = establishment("Lifecycle full home", 1);
		this.beneficiaries.beneficiary(e, "Present").admitted(today().minusDays(10), null, null).create();

		this.mvc.perform(newBeneficiary(e, this.identity.managerA()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("beneficiaryForm", "confirmOverCapacity",
					"beneficiary.overCapacity"));

		MvcResult result = this.mvc
			.perform(newBeneficiary(e, this.identity.managerA()).param("confirmOverCapacity", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(openStay(idFrom(result))).containsEntry("over_capacity", true);
	}

	@Test
	void badInputIsReportedFieldByFieldAndNothingIsSaved() throws Exception {
		long e = establishment("Lifecycle home", 40);
		long before = this.jdbc.queryForObject("SELECT count(*) FROM beneficiary", Long.class);
		this.mvc
			.perform(newBeneficiary(e, this.identity.managerA(), "birthDate", "", "cin", "12AB", "lastName",
					"=HYPERLINK(1)", "lastNameAr", "Benali", "admissionDate", today().plusDays(1).toString(),
					"consentGivenBy", "", "disabilitySupport", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("beneficiaryForm", "birthDate", "beneficiary.birthRequired"))
			.andExpect(model().attributeHasFieldErrorCode("beneficiaryForm", "cin", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("beneficiaryForm", "lastName", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("beneficiaryForm", "lastNameAr", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("beneficiaryForm", "admissionDate", "beneficiary.futureDate"))
			.andExpect(model().attributeHasFieldErrorCode("beneficiaryForm", "consentGivenBy",
					"beneficiary.consentGivenByRequired"))
			.andExpect(model().attributeHasFieldErrorCode("beneficiaryForm", "disabilityType",
					"beneficiary.disabilityTypeRequired"));
		this.mvc.perform(newBeneficiary(e, this.identity.managerA(), "birthDate", "not-a-date"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("beneficiaryForm", "birthDate"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM beneficiary", Long.class)).isEqualTo(before);
	}

	@Test
	void anEstimatedBirthYearIsEnough() throws Exception {
		long e = establishment("Lifecycle home", 40);
		MvcResult result = this.mvc
			.perform(newBeneficiary(e, this.identity.managerA(), "birthDate", "", "birthYear", "1958"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(this.jdbc.queryForMap("SELECT birth_date, birth_year FROM beneficiary WHERE id = ?", idFrom(result)))
			.containsEntry("birth_date", null)
			.containsEntry("birth_year", 1958);
	}

	@Test
	void noDischargeBeforeAdmissionNorInTheFuture() throws Exception {
		long e = establishment("Lifecycle home", 40);
		long id = this.beneficiaries.beneficiary(e, "Sortant").admitted(today().minusDays(30), null, null).create();
		long version = this.jdbc.queryForObject("SELECT version FROM beneficiary WHERE id = ?", Long.class, id);
		SocleUser manager = this.identity.managerA();

		this.mvc
			.perform(post("/beneficiaries/{id}/discharge", id).with(user(manager))
				.with(csrf())
				.param("dischargeDate", today().minusDays(31).toString())
				.param("reason", "AUTONOMY")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("dischargeForm", "dischargeDate",
					"beneficiary.dischargeBeforeAdmission"));
		this.mvc
			.perform(post("/beneficiaries/{id}/discharge", id).with(user(manager))
				.with(csrf())
				.param("dischargeDate", today().plusDays(1).toString())
				.param("reason", "AUTONOMY")
				.param("version", String.valueOf(version)))
			.andExpect(model().attributeHasFieldErrorCode("dischargeForm", "dischargeDate", "beneficiary.futureDate"));
		this.mvc
			.perform(post("/beneficiaries/{id}/discharge", id).with(user(manager))
				.with(csrf())
				.param("dischargeDate", today().toString())
				.param("reason", "AUTONOMY")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc
			.queryForMap("SELECT discharge_date, discharge_reason FROM beneficiary_stay WHERE beneficiary_id = ?", id))
			.containsEntry("discharge_reason", "AUTONOMY");
	}

	@Test
	void aTransferEndsTheStayAndKeepsTheHistory() throws Exception {
		long from = establishment("Lifecycle home", 40);
		long to = establishment("Lifecycle second home", 40);
		long id = this.beneficiaries.beneficiary(from, "Transfere")
			.admitted(today().minusDays(100), null, null)
			.create();
		long version = this.jdbc.queryForObject("SELECT version FROM beneficiary WHERE id = ?", Long.class, id);

		this.mvc
			.perform(post("/beneficiaries/{id}/admit", id).with(user(this.identity.managerA()))
				.with(csrf())
				.param("establishmentId", String.valueOf(to))
				.param("admissionDate", today().minusDays(5).toString())
				.param("referralSource", "OTHER_ESTABLISHMENT")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());

		List<Map<String, Object>> stays = this.jdbc.queryForList(
				"SELECT establishment_id, discharge_date, discharge_reason FROM beneficiary_stay WHERE beneficiary_id = ? ORDER BY id",
				id);
		assertThat(stays).hasSize(2);
		assertThat(stays.get(0)).containsEntry("establishment_id", from)
			.containsEntry("discharge_reason", "TRANSFER")
			.containsEntry("discharge_date", java.sql.Date.valueOf(today().minusDays(5)));
		assertThat(stays.get(1)).containsEntry("establishment_id", to).containsEntry("discharge_date", null);
		assertThat(this.jdbc.queryForObject("SELECT establishment_id FROM beneficiary WHERE id = ?", Long.class, id))
			.isEqualTo(to);
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM beneficiary_access_log WHERE beneficiary_id = ? ORDER BY id", String.class, id))
			.containsExactly("TRANSFER", "ADMIT");
	}

	@Test
	void aReadmissionCannotPrecedeTheLastDischarge() throws Exception {
		long e = establishment("Lifecycle home", 40);
		long id = this.beneficiaries.beneficiary(e, "Revenu")
			.admitted(today().minusDays(100), null, null)
			.discharged(today().minusDays(10), DischargeReason.FAMILY_REINTEGRATION)
			.create();
		long version = this.jdbc.queryForObject("SELECT version FROM beneficiary WHERE id = ?", Long.class, id);
		this.mvc
			.perform(post("/beneficiaries/{id}/admit", id).with(user(this.identity.managerA()))
				.with(csrf())
				.param("establishmentId", String.valueOf(e))
				.param("admissionDate", today().minusDays(11).toString())
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newStayForm", "admissionDate",
					"beneficiary.admissionBeforeLastDischarge"));
		this.mvc
			.perform(post("/beneficiaries/{id}/admit", id).with(user(this.identity.managerA()))
				.with(csrf())
				.param("establishmentId", String.valueOf(e))
				.param("admissionDate", today().minusDays(2).toString())
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(openStay(id)).containsEntry("establishment_id", e);
	}

	@Test
	void anEditLogsTheChangedFieldsAndAStaleVersionIsReported() throws Exception {
		long e = establishment("Lifecycle home", 40);
		long id = this.beneficiaries.beneficiary(e, "Edite").admitted(today().minusDays(3), null, null).create();
		SocleUser manager = this.identity.managerA();
		this.mvc.perform(get("/beneficiaries/{id}/edit", id).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(view().name("beneficiary/form"));
		long version = this.jdbc.queryForObject("SELECT version FROM beneficiary WHERE id = ?", Long.class, id);
		MockHttpServletRequestBuilder edit = post("/beneficiaries/{id}/edit", id).with(user(manager))
			.with(csrf())
			.param("lastName", "Edite")
			.param("firstName", "Test")
			.param("sex", "F")
			.param("birthDate", "2000-01-01")
			.param("category", "OTHER")
			.param("cin", "ab 123456")
			.param("healthInsurance", "AMO")
			.param("rsuStatus", "UNKNOWN")
			.param("familyAid", "UNKNOWN")
			.param("pension", "UNKNOWN")
			.param("admissionDate", today().minusDays(3).toString())
			.param("version", String.valueOf(version));
		this.mvc.perform(edit).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT cin FROM beneficiary WHERE id = ?", String.class, id))
			.isEqualTo("AB123456");
		assertThat(this.jdbc.queryForObject(
				"SELECT details FROM beneficiary_access_log WHERE beneficiary_id = ? AND action = 'UPDATE'",
				String.class, id))
			.isEqualTo("cin, healthInsurance");
		this.mvc.perform(edit).andExpect(status().isOk()).andExpect(model().attributeHasErrors("beneficiaryForm"));
	}

	@Test
	void auditorsAndAdminsChangeNothing() throws Exception {
		long e = establishment("Lifecycle home", 40);
		long id = this.beneficiaries.beneficiary(e, "Intouchable").admitted(today().minusDays(3), null, null).create();
		for (SocleUser readOnly : List.of(this.identity.auditor(), this.identity.admin())) {
			this.mvc.perform(newBeneficiary(e, readOnly)).andExpect(status().isForbidden());
			this.mvc.perform(get("/beneficiaries/{id}/edit", id).with(user(readOnly)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/beneficiaries/{id}/discharge", id).with(user(readOnly))
					.with(csrf())
					.param("dischargeDate", today().toString())
					.param("reason", "OTHER"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(newBeneficiary(e, this.identity.managerB())).andExpect(status().isNotFound());
	}

}
