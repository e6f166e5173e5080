package org.socle.establishment.registry;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Create and edit forms: validation messages in the three languages, what was typed kept,
 * and the optimistic-lock conflict path.
 */
@SocleTest
class EstablishmentFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCreateFormRendersForAManagerWithoutTheOrganisationField() throws Exception {
		this.mvc.perform(get("/establishments/new").with(user(this.fixtures.managerA())))
			.andExpect(status().isOk())
			.andExpect(view().name(EstablishmentController.FORM_VIEW))
			.andExpect(content().string(allOf(containsString("name=\"nameAr\""), containsString("Tanger-Assilah"),
					containsString("name=\"provinceId\""))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"organisationId\""))));
		this.mvc.perform(get("/establishments/new").with(user(this.fixtures.admin())))
			.andExpect(content().string(containsString("name=\"organisationId\"")));
	}

	@Test
	void missingAndMalformedFieldsAreReportedInFrenchAndWhatWasTypedIsKept() throws Exception {
		this.mvc
			.perform(post("/establishments/new").with(user(this.fixtures.managerA()))
				.with(csrf())
				.param("nameFr", "  ")
				.param("nameAr", "")
				.param("regionCode", "MA-04")
				.param("address", "12, rue des Orangers")
				.param("authorisedCapacity", "quarante")
				.param("openingDate", "31/02/2020")
				.param("directorEmail", "pas-un-courriel")
				.param("directorPhone", "abc")
				.param("latitude", "95")
				.param("authorisationStatus", "NONE")
				.param("status", "ACTIVE"))
			.andExpect(status().isOk())
			.andExpect(view().name(EstablishmentController.FORM_VIEW))
			.andExpect(model().attributeHasFieldErrors("establishmentForm", "nameFr", "nameAr", "category",
					"authorisedCapacity", "openingDate", "directorEmail", "directorPhone", "latitude", "longitude"))
			.andExpect(content().string(allOf(containsString("Le nom en français est obligatoire."),
					containsString("Le nom en arabe est obligatoire."), containsString("Ce champ est obligatoire."),
					containsString("Nombre entier attendu."), containsString("Date invalide"),
					containsString("Adresse électronique invalide."), containsString("Numéro de téléphone invalide"),
					containsString("Renseignez la latitude et la longitude, ou aucune des deux."))))
			// a number input shows only numbers (browsers send nothing else); text is
			// kept as typed
			.andExpect(content().string(allOf(containsString("value=\"12, rue des Orangers\""),
					containsString("value=\"31/02/2020\""), containsString("value=\"pas-un-courriel\""))));
		assertThat(count("select count(*) from establishment where address = '12, rue des Orangers'")).isZero();
	}

	@Test
	void validationMessagesAreTranslatedToArabicAndEnglish() throws Exception {
		this.mvc.perform(invalid("ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("الاسم بالفرنسية إلزامي."),
					containsString("هذا الحقل إلزامي."), containsString("تاريخ انتهاء الصلاحية سابق لتاريخ الترخيص."),
					containsString("الأماكن حسب الجنس تتجاوز الطاقة الإجمالية."))));
		this.mvc.perform(invalid("en"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("The French name is required."), containsString("This field is required."),
						containsString("The expiry date is before the authorisation date."),
						containsString("The places by sex exceed the total capacity."))));
	}

	@Test
	void crossFieldRulesAreCheckedByTheService() throws Exception {
		long otherRegionProvince = this.jdbc
			.queryForObject("select id from province where region_code = 'MA-07' and name_fr = 'Safi'", Long.class);
		this.mvc
			.perform(valid(post("/establishments/new"), "FT Regles croisees", "provinceId",
					String.valueOf(otherRegionProvince), "authorisationStatus", "VALID", "latitude", "34.02")
				.with(user(this.fixtures.managerA())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("establishmentForm", "provinceId",
					"establishment.province.notInRegion"))
			.andExpect(model().attributeHasFieldErrorCode("establishmentForm", "authorisationNumber",
					"establishment.authorisationNumber.required"))
			.andExpect(model().attributeHasFieldErrorCode("establishmentForm", "longitude",
					"establishment.coordinates.both"));
	}

	@Test
	void aValidFormCreatesTheEstablishmentAndShowsIt() throws Exception {
		long rabat = this.jdbc.queryForObject("select id from province where name_fr = 'Rabat'", Long.class);
		String location = this.mvc
			.perform(valid(post("/establishments/new"), "FT Foyer complet", "provinceId", String.valueOf(rabat),
					"authorisationStatus", "VALID", "authorisationNumber", "EN-04-2020-001", "authorisationDate",
					"2020-03-01", "authorisationExpiry", "2030-02-28", "capacityMale", "10", "capacityFemale", "20",
					"latitude", "34.020882", "longitude", "-6.841650", "openingDate", "2020-09-01", "directorName",
					"Amina Berrada", "directorPhone", "+212 537 00 00 00")
				.with(user(this.fixtures.managerA())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/establishments/*"))
			.andExpect(flash().attribute("success", "establishment.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(user(this.fixtures.managerA())))
			.andExpect(status().isOk())
			.andExpect(view().name(EstablishmentController.OVERVIEW_VIEW))
			.andExpect(content().string(allOf(containsString("FT Foyer complet"), containsString("EN-04-2020-001"),
					containsString("Rabat-Salé-Kénitra"), containsString("Amina Berrada"),
					containsString("openstreetmap.org/?mlat=34.020882"))));
	}

	@Test
	void theEditFormShowsTheCurrentValuesAndTheProvinceInItsRegion() throws Exception {
		long meknes = this.jdbc.queryForObject("select id from province where name_fr = 'Meknès'", Long.class);
		long id = this.establishments.establishment("FT Edition", this.fixtures.organisation("Test Org A"), (f) -> {
			f.setRegionCode("MA-03");
			f.setProvinceId(meknes);
			f.setAuthorisedCapacity(33);
		}).id();
		this.mvc.perform(get("/establishments/" + id + "/edit").with(user(this.fixtures.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"FT Edition\""), containsString("value=\"33\""),
					containsString("<option value=\"" + meknes + "\" selected=\"selected\">"))));
	}

	@Test
	void anEstablishmentOfADeactivatedOrganisationKeepsItWhenAnAdminEditsIt() throws Exception {
		String organisationName = "FT Association dissoute " + System.nanoTime();
		long organisation = this.fixtures.organisation(organisationName);
		long id = this.establishments.establishment("FT Foyer de " + organisationName, organisation).id();
		this.jdbc.update("update organisation set active = false where id = ?", organisation);
		SocleUser admin = this.fixtures.admin();

		this.mvc.perform(get("/establishments/" + id + "/edit").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<option value=\"" + organisation + "\" selected=\"selected\">" + organisationName)));
		this.mvc.perform(get("/establishments/new").with(user(admin)))
			.andExpect(content().string(not(containsString(organisationName))));

		this.mvc
			.perform(valid(post("/establishments/" + id + "/edit"), "FT Foyer de " + organisationName, "organisationId",
					String.valueOf(organisation), "authorisedCapacity", "41", "version",
					String.valueOf(
							this.jdbc.queryForObject("select version from establishment where id = ?", Long.class, id)))
				.with(user(admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select organisation_id, authorised_capacity from establishment where id = ?",
				id))
			.containsEntry("organisation_id", organisation)
			.containsEntry("authorised_capacity", 41);
	}

	@Test
	void aStaleEditShowsWhoChangedTheRecordKeepsWhatWasTypedAndOverwritesNothing() throws Exception {
		long id = this.establishments.establishment("FT Conflit", this.fixtures.organisation("Test Org A")).id();
		SocleUser manager = this.fixtures.managerA();
		long version = this.jdbc.queryForObject("select version from establishment where id = ?", Long.class, id);

		// the admin saves first, from the same version
		this.mvc
			.perform(valid(post("/establishments/" + id + "/edit"), "FT Conflit", "organisationId",
					String.valueOf(this.fixtures.organisation("Test Org A")), "authorisedCapacity", "55", "version",
					String.valueOf(version))
				.with(user(this.fixtures.admin())))
			.andExpect(status().is3xxRedirection());

		// the manager submits what they typed over the old version
		this.mvc
			.perform(valid(post("/establishments/" + id + "/edit"), "FT Conflit typed by the manager",
					"authorisedCapacity", "70", "version", String.valueOf(version))
				.with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(view().name(EstablishmentController.FORM_VIEW))
			.andExpect(model().attributeHasErrors("establishmentForm"))
			.andExpect(content().string(allOf(containsString("Cette fiche a été modifiée par t-admin"),
					containsString("value=\"FT Conflit typed by the manager\""), containsString("value=\"70\""),
					containsString("name=\"version\" value=\"" + (version + 1) + "\""))));
		assertThat(this.jdbc.queryForMap("select name_fr, authorised_capacity from establishment where id = ?", id))
			.containsEntry("name_fr", "FT Conflit")
			.containsEntry("authorised_capacity", 55);

		// submitting again, now knowingly over the current version, saves
		this.mvc
			.perform(valid(post("/establishments/" + id + "/edit"), "FT Conflit typed by the manager",
					"authorisedCapacity", "70", "version", String.valueOf(version + 1))
				.with(user(manager)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select authorised_capacity from establishment where id = ?", Integer.class,
				id))
			.isEqualTo(70);
	}

	private MockHttpServletRequestBuilder invalid(String lang) {
		return post("/establishments/new").with(user(this.fixtures.managerA()))
			.with(csrf())
			.param("lang", lang)
			.param("nameFr", "")
			.param("nameAr", "اسم")
			.param("category", "CHILDREN")
			.param("regionCode", "")
			.param("authorisationStatus", "PENDING")
			.param("authorisationDate", "2024-05-01")
			.param("authorisationExpiry", "2023-05-01")
			.param("authorisedCapacity", "10")
			.param("capacityMale", "8")
			.param("capacityFemale", "8")
			.param("status", "ACTIVE");
	}

	/**
	 * A valid form; {@code overrides} are name, value pairs replacing or adding fields.
	 */
	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String nameFr,
			String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("nameFr", nameFr);
		fields.put("nameAr", "مؤسسة الاختبار");
		fields.put("category", "CHILDREN");
		fields.put("status", "ACTIVE");
		fields.put("regionCode", "MA-04");
		fields.put("authorisationStatus", "PENDING");
		fields.put("authorisedCapacity", "30");
		fields.put("version", "0");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(csrf());
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
