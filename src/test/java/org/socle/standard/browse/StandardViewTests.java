package org.socle.standard.browse;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.standard.LocalizedText;
import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardFixtures;
import org.socle.standard.document.StandardDocument;
import org.socle.standard.document.StandardStore;
import org.socle.standard.installer.DefaultStandardInstaller;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * What every role sees: the list of versions, a version's tree with every indicator's
 * sources, thresholds and applicability, filtered by category, and its JSON export.
 */
@SocleTest
class StandardViewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures users;

	@Autowired
	StandardFixtures standards;

	@Autowired
	StandardCatalog catalog;

	@Autowired
	StandardStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRoleSeesPublishedVersionsButOnlyAdminsSeeDrafts() throws Exception {
		long draft = this.standards.draftCopy("T-LIST");
		String draftCode = this.jdbc.queryForObject("select code from reference_standard where id = ?", String.class,
				draft);
		for (SocleUser reader : List.of(this.users.managerA(), this.users.auditor())) {
			this.mvc.perform(get("/standards").param("page", "0").with(user(reader)))
				.andExpect(status().isOk())
				.andExpect(view().name("standard/list"))
				.andExpect(content().string(containsString("SOCLE-EPS")))
				.andExpect(content().string(not(containsString(draftCode))));
			this.mvc.perform(get("/standards/{id}", draft).with(user(reader))).andExpect(status().isNotFound());
			this.mvc.perform(get("/standards/{id}/export", draft).with(user(reader))).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/standards").param("size", "100").with(user(this.users.admin())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/standards/{id}", draft).with(user(this.users.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(draftCode)));
	}

	@Test
	void aManagerSeesEveryIndicatorWithItsSourcesThresholdsAndApplicability() throws Exception {
		long id = defaultId();
		this.mvc.perform(get("/standards/{id}", id).with(user(this.users.managerA())))
			.andExpect(status().isOk())
			.andExpect(view().name("standard/view"))
			.andExpect(content().string(containsString("D2.C1.I1")))
			.andExpect(content().string(containsString(fr("D2.C1.I1"))))
			.andExpect(content().string(containsString("niveau 2 : ≤ 110 % · niveau 3 : ≤ 100 % · niveau 4 : ≤ 90 %")))
			.andExpect(content().string(containsString("plus la valeur est basse, mieux c’est")))
			.andExpect(content().string(containsString("Loi 65-15 art. 11")))
			.andExpect(content().string(containsString("C102 Part VIII, art. 49")))
			.andExpect(content()
				.string(containsString("Femmes en situation difficile, Plusieurs publics, Personnes sans abri")))
			.andExpect(content().string(containsString("Calculé par Socle")))
			.andExpect(content().string(containsString("Critique")))
			.andExpect(content().string(containsString("oui = niveau 3, non = niveau 1")))
			.andExpect(content().string(containsString("7 domaines, 40 indicateurs.")));
	}

	@Test
	void theTreeFiltersByCategory() throws Exception {
		long id = defaultId();
		this.mvc.perform(get("/standards/{id}", id).param("category", "ELDERLY").with(user(this.users.managerA())))
			.andExpect(status().isOk())
			.andExpect(model().attribute("category", "ELDERLY"))
			.andExpect(content().string(containsString("D4.C2.I1")))
			.andExpect(content().string(not(containsString("D4.C4.I1"))))
			.andExpect(content().string(not(containsString("D4.C1.I1"))))
			.andExpect(content().string(containsString("sur 40 s’appliquent à la catégorie « Personnes âgées »")));
		this.mvc
			.perform(get("/standards/{id}", id).param("category", "NOT-A-CATEGORY").with(user(this.users.auditor())))
			.andExpect(status().isOk())
			.andExpect(model().attribute("category", (Object) null));
	}

	@Test
	void textsShowInTheUsersLanguageAndFallBackToFrench() throws Exception {
		StandardDocument shipped = StandardFixtures.shippedDocument();
		StandardDocument.Domain first = shipped.domains().get(0);
		StandardDocument untranslated = new StandardDocument(StandardFixtures.uniqueCode("T-LANG"), "1.0",
				LocalizedText.of("Référentiel non traduit"), null, List.of(new StandardDocument.Domain("D1", 1,
						LocalizedText.of("Domaine seulement en français"), null, first.criteria())));
		long id = this.store.createDraft(untranslated, null).getId();
		this.mvc.perform(get("/standards/{id}", id).param("lang", "en").with(user(this.users.admin())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<span lang=\"fr\" dir=\"ltr\">Domaine seulement en français</span>")))
			.andExpect(content().string(containsString(first.criteria().get(0).indicators().get(0).title().en())));
		this.mvc.perform(get("/standards/{id}", defaultId()).param("lang", "ar").with(user(this.users.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shipped.domains().get(0).title().ar())))
			.andExpect(content().string(containsString("الوزن 2")))
			.andExpect(content().string(containsString("نعم = المستوى 3، لا = المستوى 1")))
			.andExpect(content().string(not(containsString("٢"))));
	}

	@Test
	void exportIsTheShippedFileForTheDefaultStandard() throws Exception {
		byte[] body = this.mvc.perform(get("/standards/{id}/export", defaultId()).with(user(this.users.managerB())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"SOCLE-EPS-1.0.json\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(body, StandardCharsets.UTF_8))
			.isEqualTo(new String(DefaultStandardInstaller.shippedFile(), StandardCharsets.UTF_8));
	}

	@Test
	void loadingATreeRunsTheSameFewQueriesWhateverItsSize() throws Exception {
		StandardDocument shipped = StandardFixtures.shippedDocument();
		StandardDocument.Domain first = shipped.domains().get(0);
		StandardDocument small = new StandardDocument(StandardFixtures.uniqueCode("T-SMALL"), "1.0",
				LocalizedText.of("Petit"), null, List.of(new StandardDocument.Domain(first.code(), 1, first.title(),
						null, List.of(first.criteria().get(0)))));
		long smallId = this.store.createDraft(small, null).getId();
		long bigId = defaultId();
		SocleUser admin = this.users.admin();

		long smallPage = QueryCount.of(this.mvc, get("/standards/{id}", smallId).with(user(admin)));
		long bigPage = QueryCount.of(this.mvc, get("/standards/{id}", bigId).with(user(admin)));
		assertThat(bigPage).as("standard, domains, criteria, indicators").isEqualTo(smallPage).isLessThanOrEqualTo(4);

		long export = QueryCount.of(this.mvc, get("/standards/{id}/export", bigId).with(user(admin)));
		assertThat(export).isLessThanOrEqualTo(4);
		long list = QueryCount.of(this.mvc, get("/standards").with(user(admin)));
		assertThat(list).as("page and count").isLessThanOrEqualTo(2);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/standards")).andExpect(redirectedUrl("/login"));
	}

	private long defaultId() {
		return this.catalog.defaultStandard().orElseThrow().id();
	}

	private static String fr(String code) {
		return escape(StandardFixtures.shippedDocument()
			.domains()
			.stream()
			.flatMap((domain) -> domain.criteria().stream())
			.flatMap((criterion) -> criterion.indicators().stream())
			.filter((indicator) -> indicator.code().equals(code))
			.findFirst()
			.orElseThrow()
			.title()
			.fr());
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
	}

}
