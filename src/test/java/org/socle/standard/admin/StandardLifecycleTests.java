package org.socle.standard.admin;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.standard.IndicatorView;
import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardFixtures;
import org.socle.standard.StandardTreeView;
import org.socle.standard.installer.DefaultStandardInstaller;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Import (all or nothing, errors by path), export, the JSON round trip, new versions
 * cloned from a published one, and deleting a draft.
 */
@SocleTest
class StandardLifecycleTests {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	/**
	 * A standard in the exporter's canonical form that uses what the shipped one does
	 * not: gaps in numbering, decimals, lower-is-better thresholds, a yes worth 4,
	 * missing translations, categories in a chosen order, the largest weight.
	 */
	private static final String UNUSUAL = """
			{
			  "format": "socle-standard/1",
			  "code": "%s",
			  "version": "2.13",
			  "title": {"fr": "Référentiel d’essai", "ar": null, "en": "Test standard"},
			  "description": null,
			  "domains": [
			    {
			      "code": "D3", "weight": 3,
			      "title": {"fr": "Domaine trois", "ar": "المجال الثالث", "en": null},
			      "description": {"fr": "Seulement en français", "ar": null, "en": null},
			      "criteria": [
			        {
			          "code": "D3.C2", "weight": 1,
			          "title": {"fr": "Critère", "ar": null, "en": null},
			          "description": null,
			          "indicators": [
			            {
			              "code": "D3.C2.I5",
			              "title": {"fr": "Politique exemplaire", "ar": null, "en": "Exemplary policy"},
			              "guidance": {"fr": "Vérifier", "ar": null, "en": "Check"},
			              "evidence": null,
			              "sources": ["R202 §3(f)", "Loi 65-15 art. 12"],
			              "answerType": "YES_NO",
			              "yesLevel": 4,
			              "thresholds": null,
			              "metricKey": null,
			              "unit": null,
			              "weight": 100,
			              "critical": true,
			              "naAllowed": false,
			              "appliesTo": ["WOMEN", "CHILDREN"]
			            },
			            {
			              "code": "D3.C2.I1",
			              "title": {"fr": "Encadrement", "ar": null, "en": null},
			              "guidance": null,
			              "evidence": {"fr": "Registre du personnel", "ar": null, "en": null},
			              "sources": ["Loi 65-15"],
			              "answerType": "METRIC",
			              "yesLevel": null,
			              "thresholds": {"t2": 12.75, "t3": 8.5, "t4": 0.0001, "direction": "LOWER_IS_BETTER"},
			              "metricKey": "STAFF_RATIO",
			              "unit": "ratio",
			              "weight": 1,
			              "critical": false,
			              "naAllowed": true,
			              "appliesTo": ["MULTI", "HOMELESS", "DISABILITY", "WOMEN", "STUDENTS", "CHILDREN"]
			            }
			          ]
			        }
			      ]
			    },
			    {
			      "code": "D1", "weight": 1,
			      "title": {"fr": "Domaine un", "ar": null, "en": null},
			      "description": null,
			      "criteria": [
			        {
			          "code": "D1.C1", "weight": 2,
			          "title": {"fr": "Critère un", "ar": null, "en": null},
			          "description": null,
			          "indicators": [
			            {
			              "code": "D1.C1.I1",
			              "title": {"fr": "Dépense alimentaire", "ar": null, "en": null},
			              "guidance": null,
			              "evidence": null,
			              "sources": ["Loi 65-15 (alimentation)"],
			              "answerType": "METRIC",
			              "yesLevel": null,
			              "thresholds": {"t2": 6, "t3": 12, "t4": 20, "direction": "HIGHER_IS_BETTER"},
			              "metricKey": null,
			              "unit": "MAD/day",
			              "weight": 1,
			              "critical": false,
			              "naAllowed": false,
			              "appliesTo": []
			            }
			          ]
			        }
			      ]
			    }
			  ]
			}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures users;

	@Autowired
	StandardFixtures standards;

	@Autowired
	StandardCatalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void exportOfAnImportGivesTheSameDocument() throws Exception {
		String code = StandardFixtures.uniqueCode("T-TRIP");
		byte[] original = UNUSUAL.formatted(code).getBytes(StandardCharsets.UTF_8);
		String location = upload("unusual.json", original).andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D", ""));
		assertThat(location).isEqualTo("/admin/standards/" + id + "/edit");

		byte[] exported = export(id);
		assertThat(MAPPER.readTree(exported)).isEqualTo(MAPPER.readTree(original));
		assertThat(this.jdbc.queryForObject("select status from reference_standard where id = ?", String.class, id))
			.isEqualTo("DRAFT");

		ObjectNode again = (ObjectNode) MAPPER.readTree(exported);
		again.put("version", "2.14");
		long secondId = Long
			.parseLong(upload("again.json", again.toString().getBytes(StandardCharsets.UTF_8)).andReturn()
				.getResponse()
				.getRedirectedUrl()
				.replaceAll("\\D", ""));
		assertThat(new String(export(secondId), StandardCharsets.UTF_8))
			.isEqualTo(new String(exported, StandardCharsets.UTF_8).replace("\"2.13\"", "\"2.14\""));
	}

	@Test
	void anInvalidFileImportsNothingAndListsEveryErrorByPath() throws Exception {
		String code = StandardFixtures.uniqueCode("T-BAD");
		ObjectNode doc = (ObjectNode) MAPPER.readTree(UNUSUAL.formatted(code));
		JsonNode d3c2 = doc.get("domains").get(0).get("criteria").get(0);
		((ObjectNode) d3c2.get("indicators").get(1).get("thresholds")).put("t2", 5);
		((ObjectNode) d3c2.get("indicators").get(0)).put("naAllowed", true);
		((ObjectNode) doc.get("domains").get(1)).put("weight", 0);
		upload("bad.json", doc.toString().getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(view().name("standard/import"))
			.andExpect(content().string(containsString("Rien n’a été importé : 3 erreurs dans bad.json.")))
			.andExpect(content().string(containsString("D3.C2.I1.thresholds")))
			.andExpect(content()
				.string(containsString("Les seuils ne sont pas dans l’ordre pour le sens LOWER_IS_BETTER")))
			.andExpect(content().string(containsString("D3.C2.I5.naAllowed")))
			.andExpect(content().string(containsString("D1.weight")));
		assertThat(count(code)).isZero();

		this.mvc
			.perform(multipart("/admin/standards/import")
				.file(new MockMultipartFile("file", "bad.json", "application/json",
						"{\"format\": \"socle-standard/1\",".getBytes(StandardCharsets.UTF_8)))
				.param("lang", "en")
				.with(user(this.users.admin()))
				.with(csrf()))
			.andExpect(content().string(containsString("The file is not valid JSON (error at line 1, column")));
	}

	@Test
	void onlyJsonFilesOfAtMostTwoMegabytesAreAccepted() throws Exception {
		upload("standard.xml", "<standard/>".getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(model().attribute("fileError", "standard.import.notJson"))
			.andExpect(content().string(containsString("Seuls les fichiers .json sont acceptés.")));
		byte[] large = ("{\"format\": \"socle-standard/1\", \"x\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		upload("large.json", large).andExpect(status().isOk())
			.andExpect(content().string(containsString("Fichier trop volumineux : 2 Mo au plus.")));
		this.mvc.perform(multipart("/admin/standards/import").with(user(this.users.admin())).with(csrf()))
			.andExpect(model().attribute("fileError", "standard.import.noFile"));
		this.mvc
			.perform(multipart("/admin/standards/import")
				.file(new MockMultipartFile("file", "x.json", "application/json", new byte[] { 1 }))
				.with(user(this.users.managerA()))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theShippedFileCannotBeImportedTwice() throws Exception {
		upload("socle-eps-1.0.json", DefaultStandardInstaller.shippedFile()).andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<td class=\"font-monospace text-nowrap\" dir=\"ltr\">version</td>")))
			.andExpect(content().string(containsString("La version 1.0 de SOCLE-EPS existe déjà.")));
		assertThat(count("SOCLE-EPS")).as("versions of SOCLE-EPS 1.0").isEqualTo(1);
	}

	@Test
	void aNewVersionClonesAPublishedOneIntoADraftAndLeavesItAlone() throws Exception {
		long published = this.standards.publishedCopy("T-CLONE");
		admin(get("/admin/standards/{id}/new-version", published)).andExpect(status().isOk())
			.andExpect(model().attribute("newVersionForm",
					org.hamcrest.Matchers.hasProperty("standardVersion", org.hamcrest.Matchers.is("1.1"))));
		admin(post("/admin/standards/{id}/new-version", published).param("standardVersion", "1.0")).andExpect(model()
			.attributeHasFieldErrorCode("newVersionForm", "standardVersion", "standard.problem.VERSION_EXISTS"));
		String location = admin(post("/admin/standards/{id}/new-version", published).param("standardVersion", "2.0"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long draft = Long.parseLong(location.replaceAll("\\D", ""));

		StandardTreeView source = this.catalog.publishedTree(published);
		assertThat(this.jdbc.queryForObject("select cloned_from_id from reference_standard where id = ?", Long.class,
				draft))
			.isEqualTo(published);
		JsonNode sourceJson = MAPPER.readTree(export(published));
		ObjectNode draftJson = (ObjectNode) MAPPER.readTree(export(draft));
		assertThat(draftJson.get("version").stringValue()).isEqualTo("2.0");
		draftJson.put("version", "1.0");
		assertThat(draftJson).as("the same tree").isEqualTo(sourceJson);

		IndicatorView indicator = source.indicator("D1.C1.I1").orElseThrow();
		long draftIndicator = this.jdbc.queryForObject(
				"select id from standard_indicator where standard_id = ? and code = 'D1.C1.I1'", Long.class, draft);
		assertThat(draftIndicator).isNotEqualTo(indicator.id());
		admin(post("/admin/standards/{id}/indicators/{i}/delete", draft, draftIndicator).param("version", "0"))
			.andExpect(redirectedUrl("/admin/standards/" + draft + "/edit"));
		assertThat(this.catalog.publishedTree(published)).isEqualTo(source);
		admin(get("/standards/{id}", draft)).andExpect(content().string(containsString("copie de")))
			.andExpect(content().string(not(containsString("id=\"node-D1.C1.I1\""))));

		admin(get("/admin/standards/{id}/new-version", draft)).andExpect(status().isForbidden());
	}

	@Test
	void aPublishedVersionIsRetiredAfterConfirmation() throws Exception {
		long published = this.standards.publishedCopy("T-RETIRE");
		admin(get("/standards/{id}", published))
			.andExpect(content().string(containsString("href=\"/admin/standards/" + published + "/retire\"")));
		admin(get("/admin/standards/{id}/retire", published)).andExpect(status().isOk())
			.andExpect(view().name("standard/confirm-retire"))
			.andExpect(content().string(containsString("ne sera plus proposée pour de nouvelles évaluations")));
		admin(post("/admin/standards/{id}/retire", published)).andExpect(redirectedUrl("/standards/" + published));
		admin(get("/standards/{id}", published)).andExpect(content().string(containsString("Retiré")))
			.andExpect(content().string(containsString("Cette version est retirée")))
			.andExpect(content().string(not(containsString("/retire\""))));
		admin(get("/admin/standards/{id}/retire", published)).andExpect(redirectedUrl("/standards/" + published));
		this.mvc.perform(post("/admin/standards/{id}/retire", published).with(user(this.users.auditor())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	/** The danger button is not next to the everyday "New version", and asks first. */
	@Test
	void retiringStandsApartFromANewVersion() throws Exception {
		long published = this.standards.publishedCopy("T-APART");
		Document page = Jsoup
			.parse(admin(get("/standards/{id}", published)).andReturn().getResponse().getContentAsString());
		Element newVersion = page.selectFirst("a[href=/admin/standards/" + published + "/new-version]");
		Element retire = page.selectFirst("a[href=/admin/standards/" + published + "/retire]");
		assertThat(newVersion).isNotNull();
		assertThat(retire).isNotNull();
		assertThat(newVersion.parent().select("a[href$=/retire]")).as("not in the same group").isEmpty();
		assertThat(retire.closest("section#danger-zone")).as("in its own danger zone").isNotNull();
		assertThat(retire.closest("section#danger-zone").select("a[href$=/new-version]")).isEmpty();
	}

	@Test
	void aDraftCanBeDeletedAfterConfirmation() throws Exception {
		long draft = this.standards.draftCopy("T-DEL");
		admin(get("/admin/standards/{id}/delete", draft)).andExpect(status().isOk())
			.andExpect(view().name("standard/confirm-delete"))
			.andExpect(content().string(containsString("22 critères et 40 indicateurs")));
		admin(post("/admin/standards/{id}/delete", draft).param("version", "0")).andExpect(redirectedUrl("/standards"));
		assertThat(this.jdbc.queryForObject("select count(*) from reference_standard where id = ?", Long.class, draft))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from standard_domain where standard_id = ?", Long.class,
				draft))
			.isZero();
		long published = this.standards.publishedCopy("T-NODEL");
		admin(post("/admin/standards/{id}/delete", published).param("version", "1")).andExpect(status().isForbidden());
	}

	private ResultActions upload(String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/admin/standards/import")
			.file(new MockMultipartFile("file", name, "application/json", content))
			.with(user(this.users.admin()))
			.with(csrf()));
	}

	private byte[] export(long id) throws Exception {
		return admin(get("/standards/{id}/export", id)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.admin())).with(csrf()));
	}

	private long count(String code) {
		return this.jdbc.queryForObject("select count(*) from reference_standard where code = ?", Long.class, code);
	}

}
