package org.socle.care;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Group entry of services, care plans and reviews, the catalogue, and who sees what. */
@SocleTest
class CareTests {

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

	long typeId(String code) {
		return this.jdbc.queryForObject("SELECT id FROM care_service_type WHERE code = ?", Long.class, code);
	}

	@Test
	void oneServiceIsRecordedForManyBeneficiariesAtOnce() throws Exception {
		long e = this.establishments.establishment("Care group home", this.identity.organisation("Test Org A")).id();
		long a = this.beneficiaries.beneficiary(e, "Groupe")
			.firstName("Un")
			.admitted(today().minusDays(10), null, null)
			.create();
		long b = this.beneficiaries.beneficiary(e, "Groupe")
			.firstName("Deux")
			.admitted(today().minusDays(10), null, null)
			.create();
		long later = this.beneficiaries.beneficiary(e, "Groupe")
			.firstName("Tard")
			.admitted(today(), null, null)
			.create();

		this.mvc.perform(get("/establishments/{id}/services/new", e).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Groupe Un")));
		this.mvc
			.perform(post("/establishments/{id}/services/new", e).with(user(this.identity.managerA()))
				.with(csrf())
				.param("serviceTypeId", String.valueOf(typeId("PSYCHOSOCIAL")))
				.param("serviceDate", today().minusDays(1).toString())
				.param("notes", "Atelier d'expression")
				.param("beneficiaryIds", String.valueOf(a), String.valueOf(b)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM care_record WHERE establishment_id = ? AND service_date = ?", Long.class, e,
				java.sql.Date.valueOf(today().minusDays(1))))
			.isEqualTo(2);

		// someone admitted today was not present yesterday
		this.mvc
			.perform(post("/establishments/{id}/services/new", e).with(user(this.identity.managerA()))
				.with(csrf())
				.param("serviceTypeId", String.valueOf(typeId("FOOD")))
				.param("serviceDate", today().minusDays(1).toString())
				.param("beneficiaryIds", String.valueOf(later)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("serviceEntryForm", "beneficiaryIds", "care.notPresent"));
		this.mvc
			.perform(post("/establishments/{id}/services/new", e).with(user(this.identity.managerA()))
				.with(csrf())
				.param("serviceTypeId", String.valueOf(typeId("FOOD")))
				.param("serviceDate", today().plusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("serviceEntryForm", "beneficiaryIds", "NotEmpty"))
			.andExpect(model().attributeHasFieldErrorCode("serviceEntryForm", "serviceDate", "care.futureDate"));
		this.mvc
			.perform(post("/establishments/{id}/services/new", e).with(user(this.identity.auditor()))
				.with(csrf())
				.param("serviceTypeId", String.valueOf(typeId("FOOD")))
				.param("serviceDate", today().toString())
				.param("beneficiaryIds", String.valueOf(a)))
			.andExpect(status().isForbidden());
	}

	@Test
	void auditorsSeePseudonymsAndNoHealthServicesNorNotes() throws Exception {
		long e = this.establishments.establishment("Care privacy home", this.identity.organisation("Test Org A")).id();
		long id = this.beneficiaries.beneficiary(e, "Sante")
			.firstName("Yassine")
			.admitted(today().minusDays(10), null, null)
			.create();
		this.jdbc.update("""
				INSERT INTO care_record (beneficiary_id, establishment_id, service_type_id, service_date, notes,
				    created_at, updated_at) VALUES (?, ?, ?, ?, 'Tension élevée', now(), now()),
				    (?, ?, ?, ?, 'Sortie au musée', now(), now())""", id, e, typeId("HEALTH_CHECK"),
				java.sql.Date.valueOf(today()), id, e, typeId("LEISURE"), java.sql.Date.valueOf(today()));

		this.mvc.perform(get("/establishments/{id}/services", e).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tension élevée")))
			.andExpect(content().string(containsString("Sante Yassine")));
		this.mvc.perform(get("/establishments/{id}/services", e).with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Loisirs")))
			.andExpect(content().string(not(containsString("Bilan de santé</td>"))))
			.andExpect(content().string(not(containsString("Tension"))))
			.andExpect(content().string(not(containsString("musée"))))
			.andExpect(content().string(not(containsString("Yassine"))));
		this.mvc.perform(get("/beneficiaries/{id}/care", id).with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Tension"))));
	}

	@Test
	void aCarePlanIsWrittenAndReviewed() throws Exception {
		long e = this.establishments.establishment("Care plan home", this.identity.organisation("Test Org A")).id();
		long id = this.beneficiaries.beneficiary(e, "Projet").admitted(today().minusDays(10), null, null).create();
		this.mvc
			.perform(post("/beneficiaries/{id}/care-plan", id).with(user(this.identity.managerA()))
				.with(csrf())
				.param("goals", "Reprendre l'école")
				.param("actions", "Inscription")
				.param("nextReviewDate", today().plusMonths(3).toString())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/beneficiaries/{id}/care-plan/reviews", id).with(user(this.identity.managerA()))
				.with(csrf())
				.param("reviewDate", today().toString())
				.param("summary", "Objectif atteint")
				.param("nextReviewDate", today().plusMonths(6).toString()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/beneficiaries/{id}/care", id).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Objectif atteint")));
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM care_plan_review v JOIN care_plan p ON p.id = v.care_plan_id
				WHERE p.beneficiary_id = ? AND v.establishment_id = ?""", Long.class, id, e)).isEqualTo(1);
		this.mvc
			.perform(post("/beneficiaries/{id}/care-plan", id).with(user(this.identity.managerA()))
				.with(csrf())
				.param("goals", "")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("carePlanForm", "goals"));
		// an auditor is refused before the form's errors would show them the page
		this.mvc
			.perform(post("/beneficiaries/{id}/care-plan", id).with(user(this.identity.auditor()))
				.with(csrf())
				.param("goals", "")
				.param("version", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void adminsManageTheCatalogue() throws Exception {
		this.mvc
			.perform(post("/admin/service-types/new").with(user(this.identity.admin()))
				.with(csrf())
				.param("code", "ART_THERAPY")
				.param("nameFr", "Art-thérapie")
				.param("nameAr", "العلاج بالفن")
				.param("nameEn", "Art therapy")
				.param("kind", "PSYCHOSOCIAL")
				.param("active", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("SELECT kind FROM care_service_type WHERE code = 'ART_THERAPY'", String.class))
			.isEqualTo("PSYCHOSOCIAL");
		this.mvc
			.perform(post("/admin/service-types/new").with(user(this.identity.admin()))
				.with(csrf())
				.param("code", "ART_THERAPY")
				.param("nameFr", "x")
				.param("nameAr", "x")
				.param("nameEn", "x")
				.param("kind", "OTHER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("serviceTypeForm", "code", "care.serviceType.codeTaken"));
		this.mvc.perform(get("/admin/service-types").with(user(this.identity.managerA())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/service-types").with(user(this.identity.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ART_THERAPY")));
	}

	@Test
	void theIndicatorsPageShowsEveryComputedMetric() throws Exception {
		long e = this.establishments.establishment("Care plan home", this.identity.organisation("Test Org A")).id();
		this.mvc.perform(get("/establishments/{id}/indicators", e).with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Taux d’occupation")))
			.andExpect(content().string(containsString("Complétude du registre")));
	}

}
