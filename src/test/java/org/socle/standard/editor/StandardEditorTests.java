package org.socle.standard.editor;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.standard.AnswerType;
import org.socle.standard.CriterionView;
import org.socle.standard.DomainView;
import org.socle.standard.IndicatorThresholds;
import org.socle.standard.IndicatorView;
import org.socle.standard.LocalizedText;
import org.socle.standard.MetricUnit;
import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardFixtures;
import org.socle.standard.StandardSummary;
import org.socle.standard.StandardTreeView;
import org.socle.standard.ThresholdDirection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The tree editor of a draft: its validation rules (translated, keeping what was typed),
 * optimistic locking, reordering, renumbering, removal, publication, and that it is for
 * admins only.
 */
@SocleTest
class StandardEditorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures users;

	@Autowired
	StandardFixtures standards;

	@Autowired
	StandardCatalog catalog;

	@Autowired
	StandardEditor editor;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void onlyAdminsReachTheEditorAndItsServices() throws Exception {
		long id = this.standards.draftCopy("T-ACCESS");
		for (SocleUser other : List.of(this.users.managerA(), this.users.auditor())) {
			this.mvc.perform(get("/admin/standards/{id}/edit", id).with(user(other))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/standards/{id}/domains/new", id).with(user(other))
					.with(csrf())
					.param("number", "9")
					.param("weight", "1")
					.param("title.fr", "Intrus"))
				.andExpect(status().isForbidden());
			StandardFixtures.logIn(other);
			assertThatThrownBy(() -> this.editor.newPlace(id, NodeKind.DOMAIN, id))
				.isInstanceOf(AccessDeniedException.class);
		}
		this.mvc.perform(get("/admin/standards/{id}/edit", id).with(user(this.users.admin())))
			.andExpect(status().isOk())
			.andExpect(view().name("standard/editor"))
			.andExpect(content().string(containsString("D7.C2.I1")));
	}

	@Test
	void aNewStandardIsAnEmptyDraftThatCannotBePublishedYet() throws Exception {
		String code = StandardFixtures.uniqueCode("T-NEW");
		admin(post("/admin/standards/new").param("code", "lowercase")
			.param("standardVersion", "01.0")
			.param("title.fr", " ")
			.param("title.en", "Kept")).andExpect(status().isOk())
			.andExpect(view().name("standard/details"))
			.andExpect(model().attributeHasFieldErrors("standardForm", "code", "standardVersion", "title.fr"))
			.andExpect(content().string(containsString("Format MAJEURE.MINEURE sans zéro initial")))
			.andExpect(content().string(containsString("value=\"Kept\"")));

		String location = admin(post("/admin/standards/new").param("code", code)
			.param("standardVersion", "1.0")
			.param("title.fr", "Référentiel de test")).andExpect(flash().attribute("success", "standard.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D", ""));
		admin(get(location)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Au moins un élément non vide est requis.")))
			.andExpect(content().string(containsString(">domains<")));
		admin(post("/admin/standards/{id}/publish", id).param("version", "0"))
			.andExpect(redirectedUrl("/admin/standards/" + id + "/edit"))
			.andExpect(flash().attribute("warning", "standard.publish.invalid"));
		assertThat(statusOf(id)).isEqualTo("DRAFT");

		admin(post("/admin/standards/new").param("code", code).param("standardVersion", "1.0").param("title.fr", "Bis"))
			.andExpect(model().attributeHasFieldErrorCode("standardForm", "standardVersion",
					"standard.problem.VERSION_EXISTS"));
	}

	@Test
	void domainsAndCriteriaAreValidatedAsTheyAreSaved() throws Exception {
		long id = this.standards.draftCopy("T-NODES");
		admin(post("/admin/standards/{id}/domains/new", id).param("number", "2")
			.param("weight", "0")
			.param("title.fr", "Doublon")
			.param("description.en", "English only")).andExpect(status().isOk())
			.andExpect(view().name("standard/node-form"))
			.andExpect(content().string(containsString("Le code « D2 » est déjà utilisé dans ce référentiel.")))
			.andExpect(content().string(containsString("Le poids doit être un nombre entier de 1 à 100 (reçu : 0).")))
			.andExpect(content().string(containsString("Le texte en français est obligatoire")))
			.andExpect(content().string(containsString("value=\"Doublon\"")));

		admin(post("/admin/standards/{id}/domains/new", id).param("number", "8")
			.param("weight", "2")
			.param("title.fr", "Nouveau domaine")
			.param("title.ar", "مجال جديد")).andExpect(redirectedUrl("/admin/standards/" + id + "/edit#node-D8"));
		DomainView d8 = domain(id, "D8");
		assertThat(d8.weight()).isEqualTo(2);
		assertThat(d8.title()).isEqualTo(new LocalizedText("Nouveau domaine", "مجال جديد", null));

		admin(post("/admin/standards/{id}/domains/{d}/criteria/new", id, d8.id()).param("number", "1")
			.param("weight", "1")
			.param("title.fr", "Premier critère"))
			.andExpect(redirectedUrl("/admin/standards/" + id + "/edit#node-D8.C1"));
		assertThat(domain(id, "D8").criteria()).extracting(CriterionView::code).containsExactly("D8.C1");
	}

	@Test
	void indicatorsAreValidatedWithTheRulesOfTheFormat() throws Exception {
		long id = this.standards.draftCopy("T-IND");
		long criterion = criterion(id, "D2.C1").id();
		admin(post("/admin/standards/{id}/criteria/{c}/indicators/new", id, criterion).param("number", "1")
			.param("title.fr", "Taux d’occupation bis")
			.param("sources", "Loi 65-15\n\nLoi 65-15")
			.param("answerType", "METRIC")
			.param("t2", "90")
			.param("t3", "100")
			.param("t4", "110")
			.param("direction", "LOWER_IS_BETTER")
			.param("metricKey", "STAFF_RATIO")
			.param("unit", "PERCENT")
			.param("weight", "1")
			.param("critical", "true")
			.param("naAllowed", "true")).andExpect(status().isOk())
			.andExpect(view().name("standard/indicator-form"))
			.andExpect(model().attributeHasFieldErrorCode("indicatorForm", "number", "standard.problem.DUPLICATE_CODE"))
			.andExpect(content()
				.string(containsString("Les seuils ne sont pas dans l’ordre pour le sens LOWER_IS_BETTER")))
			.andExpect(content().string(containsString("La métrique STAFF_RATIO s’exprime en « ratio ».")))
			.andExpect(content().string(containsString("« Loi 65-15 » figure deux fois.")))
			.andExpect(content().string(containsString("Un indicateur critique doit toujours être évalué")))
			.andExpect(content().string(containsString("Taux d&rsquo;occupation bis")));

		admin(post("/admin/standards/{id}/criteria/{c}/indicators/new", id, criterion).param("number", "2")
			.param("title.fr", "Mesure")
			.param("sources", "R202")
			.param("answerType", "METRIC")
			.param("t2", "abc")
			.param("metricKey", "NOT_A_METRIC")
			.param("weight", "1")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Métrique inconnue : choisissez-en une dans la liste.")))
			.andExpect(content().string(containsString("Nombre attendu.")))
			.andExpect(
					model().attributeHasFieldErrorCode("indicatorForm", "t3", "standard.problem.THRESHOLDS_REQUIRED"))
			.andExpect(model().attributeHasFieldErrorCode("indicatorForm", "unit", "standard.problem.UNIT_REQUIRED"));

		admin(post("/admin/standards/{id}/criteria/{c}/indicators/new", id, criterion).param("number", "2")
			.param("title.fr", "Encadrement")
			.param("title.en", "Staffing")
			.param("sources", " Loi 65-15 (encadrement) \nR202 §3(n)")
			.param("answerType", "METRIC")
			.param("t2", "12")
			.param("t3", "8.5")
			.param("t4", "5.25")
			.param("direction", "LOWER_IS_BETTER")
			.param("metricKey", "STAFF_RATIO")
			.param("weight", "3")
			.param("categories", "WOMEN", "CHILDREN")
			.param("yesLevel", "4")).andExpect(redirectedUrl("/admin/standards/" + id + "/edit#node-D2.C1.I2"));
		IndicatorView added = indicator(id, "D2.C1.I2");
		assertThat(added.unit()).as("the metric's unit, filled in").isEqualTo(MetricUnit.RATIO);
		assertThat(added.thresholds()).isEqualTo(new IndicatorThresholds(new java.math.BigDecimal("12"),
				new java.math.BigDecimal("8.5"), new java.math.BigDecimal("5.25"), ThresholdDirection.LOWER_IS_BETTER));
		assertThat(added.sources()).containsExactly("Loi 65-15 (encadrement)", "R202 §3(n)");
		assertThat(added.categories()).containsExactly("CHILDREN", "WOMEN");
		assertThat(added.yesLevel()).as("ignored for a METRIC indicator").isEqualTo(3);
		assertThat(added.title().en()).isEqualTo("Staffing");
	}

	@Test
	void switchingAnIndicatorToYesNoDropsItsThresholdsAndKeepsItsCategoryOrder() throws Exception {
		long id = this.standards.draftCopy("T-SWITCH");
		IndicatorView maternity = indicator(id, "D3.C3.I1");
		assertThat(maternity.categories()).containsExactly("WOMEN", "MULTI", "HOMELESS");
		IndicatorView occupancy = indicator(id, "D2.C1.I1");
		admin(post("/admin/standards/{id}/indicators/{i}/edit", id, occupancy.id()).param("version", version(occupancy))
			.param("number", "1")
			.param("title.fr", "Capacité respectée")
			.param("sources", "Loi 65-15")
			.param("answerType", "YES_NO")
			.param("yesLevel", "4")
			.param("t2", "110")
			.param("weight", "2")).andExpect(redirectedUrl("/admin/standards/" + id + "/edit#node-D2.C1.I1"));
		IndicatorView changed = indicator(id, "D2.C1.I1");
		assertThat(changed.answerType()).isEqualTo(AnswerType.YES_NO);
		assertThat(changed.yesLevel()).isEqualTo(4);
		assertThat(changed.thresholds()).isNull();
		assertThat(changed.metricKey()).isNull();
		assertThat(changed.unit()).isNull();

		admin(post("/admin/standards/{id}/indicators/{i}/edit", id, maternity.id()).param("version", version(maternity))
			.param("number", "1")
			.param("title.fr", maternity.title().fr())
			.param("sources", String.join("\n", maternity.sources()))
			.param("answerType", "LEVEL")
			.param("weight", "1")
			.param("naAllowed", "true")
			.param("categories", "ELDERLY", "HOMELESS", "MULTI", "WOMEN"));
		assertThat(indicator(id, "D3.C3.I1").categories()).containsExactly("WOMEN", "MULTI", "HOMELESS", "ELDERLY");
	}

	@Test
	void aStaleSubmissionShowsWhoChangedTheIndicatorAndKeepsInput() throws Exception {
		long id = this.standards.draftCopy("T-STALE");
		IndicatorView indicator = indicator(id, "D1.C1.I2");
		String version = version(indicator);
		editLevelIndicator(id, indicator, version, "Première modification")
			.andExpect(redirectedUrl("/admin/standards/" + id + "/edit#node-D1.C1.I2"));
		editLevelIndicator(id, indicator, version, "Seconde modification").andExpect(status().isOk())
			.andExpect(view().name("standard/indicator-form"))
			.andExpect(content().string(containsString("Cette fiche a été modifiée par t-admin")))
			.andExpect(content().string(containsString("Seconde modification")));
		assertThat(indicator(id, "D1.C1.I2").title().fr()).isEqualTo("Première modification");
	}

	@Test
	void nodesAreReorderedRenumberedAndRemoved() throws Exception {
		long id = this.standards.draftCopy("T-ORDER");
		DomainView d2 = domain(id, "D2");
		admin(post("/admin/standards/{id}/domains/{d}/move", id, d2.id()).param("direction", "up"))
			.andExpect(redirectedUrl("/admin/standards/" + id + "/edit"));
		assertThat(codes(id)).startsWith("D2", "D1", "D3");
		admin(post("/admin/standards/{id}/domains/{d}/move", id, d2.id()).param("direction", "up"));
		assertThat(codes(id)).as("the first stays first").startsWith("D2", "D1", "D3");

		IndicatorView i2 = indicator(id, "D1.C1.I2");
		admin(post("/admin/standards/{id}/indicators/{i}/move", id, i2.id()).param("direction", "down"));
		assertThat(criterion(id, "D1.C1").indicators()).extracting(IndicatorView::code)
			.containsExactly("D1.C1.I1", "D1.C1.I3", "D1.C1.I2");

		admin(get("/admin/standards/{id}/domains/{d}/edit", id, d2.id())).andExpect(status().isOk());
		admin(post("/admin/standards/{id}/domains/{d}/edit", id, d2.id()).param("version", version(id, "D2"))
			.param("number", "9")
			.param("weight", "2")
			.param("title.fr", d2.title().fr())).andExpect(redirectedUrl("/admin/standards/" + id + "/edit#node-D9"));
		assertThat(domain(id, "D9").criteria()).extracting(CriterionView::code)
			.containsExactly("D9.C1", "D9.C2", "D9.C3");
		assertThat(domain(id, "D9").criteria().get(1).indicators()).extracting(IndicatorView::code)
			.containsExactly("D9.C2.I1", "D9.C2.I2", "D9.C2.I3");

		CriterionView c2 = criterion(id, "D9.C2");
		admin(get("/admin/standards/{id}/criteria/{c}/delete", id, c2.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Cette suppression retire aussi 0 critère et 3 indicateurs.")));
		admin(post("/admin/standards/{id}/criteria/{c}/delete", id, c2.id()).param("version",
				this.jdbc.queryForObject("select version from standard_criterion where id = ?", String.class, c2.id())))
			.andExpect(redirectedUrl("/admin/standards/" + id + "/edit"));
		assertThat(domain(id, "D9").criteria()).extracting(CriterionView::code).containsExactly("D9.C1", "D9.C3");
		assertThat(this.jdbc.queryForObject("select count(*) from standard_indicator where standard_id = ?", Long.class,
				id))
			.isEqualTo(37);
	}

	@Test
	void criteriaAreEditedRenumberedMovedAndDomainsDeleted() throws Exception {
		long id = this.standards.draftCopy("T-CRIT");
		CriterionView c2 = criterion(id, "D1.C2");
		String version = this.jdbc.queryForObject("select version from standard_criterion where id = ?", String.class,
				c2.id());
		admin(get("/admin/standards/{id}/criteria/{c}/edit", id, c2.id())).andExpect(status().isOk())
			.andExpect(view().name("standard/node-form"))
			.andExpect(content().string(containsString(">D1.C</span>")))
			.andExpect(content().string(containsString("value=\"2\"")));
		admin(post("/admin/standards/{id}/criteria/{c}/edit", id, c2.id()).param("version", version)
			.param("number", "3")
			.param("weight", "1")
			.param("title.fr", "Doublon de D1.C3")).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("nodeForm", "number", "standard.problem.DUPLICATE_CODE"))
			.andExpect(content().string(containsString("Doublon de D1.C3")));
		admin(post("/admin/standards/{id}/criteria/{c}/edit", id, c2.id()).param("version", version)
			.param("number", "5")
			.param("weight", "4")
			.param("title.fr", "Comité et direction")
			.param("description.fr", "Le comité de gestion se réunit."))
			.andExpect(redirectedUrl("/admin/standards/" + id + "/edit#node-D1.C5"));
		CriterionView c5 = criterion(id, "D1.C5");
		assertThat(c5.weight()).isEqualTo(4);
		assertThat(c5.description().fr()).isEqualTo("Le comité de gestion se réunit.");
		assertThat(c5.indicators()).extracting(IndicatorView::code).containsExactly("D1.C5.I1", "D1.C5.I2", "D1.C5.I3");

		admin(post("/admin/standards/{id}/criteria/{c}/move", id, c5.id()).param("direction", "down"))
			.andExpect(redirectedUrl("/admin/standards/" + id + "/edit"));
		assertThat(domain(id, "D1").criteria()).extracting(CriterionView::code)
			.containsExactly("D1.C1", "D1.C3", "D1.C5");

		DomainView d7 = domain(id, "D7");
		admin(get("/admin/standards/{id}/domains/{d}/delete", id, d7.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Cette suppression retire aussi 2 critères et 2 indicateurs.")));
		admin(post("/admin/standards/{id}/domains/{d}/delete", id, d7.id()).param("version", version(id, "D7")))
			.andExpect(redirectedUrl("/admin/standards/" + id + "/edit"));
		assertThat(codes(id)).containsExactly("D1", "D2", "D3", "D4", "D5", "D6");
		assertThat(tree(id).indicators().count()).isEqualTo(38);
	}

	@Test
	void theDraftsHeaderIsEditedAndAStaleEditShowsWhoChangedTheDraft() throws Exception {
		long id = this.standards.draftCopy("T-HEAD");
		String code = this.jdbc.queryForObject("select code from reference_standard where id = ?", String.class, id);
		String version = lockVersion(id);
		admin(get("/admin/standards/{id}/details", id)).andExpect(status().isOk())
			.andExpect(view().name("standard/details"))
			.andExpect(content().string(containsString("value=\"" + code + "\"")));
		IndicatorView indicator = indicator(id, "D1.C1.I2");
		editLevelIndicator(id, indicator, version(indicator), "Changé par un autre administrateur");

		admin(post("/admin/standards/{id}/details", id).param("version", version)
			.param("code", code)
			.param("standardVersion", "1.1")
			.param("title.fr", "Titre modifié")).andExpect(status().isOk())
			.andExpect(view().name("standard/details"))
			.andExpect(content().string(containsString("Cette fiche a été modifiée par t-admin")))
			.andExpect(content().string(containsString("value=\"Titre modifi&eacute;\"")));
		admin(post("/admin/standards/{id}/details", id).param("version", lockVersion(id))
			.param("code", code)
			.param("standardVersion", "1.1")
			.param("title.fr", "Titre modifié")
			.param("title.ar", "عنوان معدل")).andExpect(redirectedUrl("/admin/standards/" + id + "/edit"));
		StandardSummary summary = tree(id).standard();
		assertThat(summary.version()).isEqualTo("1.1");
		assertThat(summary.title()).isEqualTo(new LocalizedText("Titre modifié", "عنوان معدل", null));
	}

	@Test
	void aCompleteDraftIsPublishedAndThenFrozen() throws Exception {
		long id = this.standards.draftCopy("T-PUB");
		admin(get("/admin/standards/{id}/edit", id))
			.andExpect(content().string(containsString("Le brouillon est complet et valide.")));
		String staleVersion = lockVersion(id);
		IndicatorView indicator = indicator(id, "D1.C1.I2");
		editLevelIndicator(id, indicator, version(indicator), "Changé juste avant");
		admin(post("/admin/standards/{id}/publish", id).param("version", staleVersion))
			.andExpect(redirectedUrl("/admin/standards/" + id + "/edit"))
			.andExpect(flash().attribute("staleBy", "t-admin"));
		assertThat(statusOf(id)).isEqualTo("DRAFT");

		admin(post("/admin/standards/{id}/publish", id).param("version", lockVersion(id)))
			.andExpect(redirectedUrl("/standards/" + id))
			.andExpect(flash().attribute("success", "standard.published"));
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		admin(get("/admin/standards/{id}/edit", id)).andExpect(redirectedUrl("/standards/" + id));
		admin(get("/admin/standards/{id}/indicators/{i}/edit", id, indicator.id())).andExpect(status().isForbidden());
		admin(post("/admin/standards/{id}/indicators/{i}/move", id, indicator.id()).param("direction", "up"))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyFormOfTheEditorOpensWithTheNextNumberAndPostsBackToItsOwnUrl() throws Exception {
		long id = this.standards.draftCopy("T-FORMS");
		String base = "/admin/standards/" + id;
		DomainView d1 = domain(id, "D1");
		CriterionView c3 = criterion(id, "D1.C3");
		IndicatorView i2 = indicator(id, "D1.C3.I2");
		admin(get(base + "/domains/new")).andExpect(view().name("standard/node-form"))
			.andExpect(model().attribute("action", base + "/domains/new"))
			.andExpect(content().string(containsString(">D</span>")))
			.andExpect(content().string(containsString("value=\"8\"")));
		admin(get(base + "/domains/{d}/criteria/new", d1.id())).andExpect(view().name("standard/node-form"))
			.andExpect(model().attribute("action", base + "/domains/" + d1.id() + "/criteria/new"))
			.andExpect(content().string(containsString(">D1.C</span>")))
			.andExpect(content().string(containsString("value=\"4\"")));
		admin(get(base + "/criteria/{c}/indicators/new", c3.id())).andExpect(view().name("standard/indicator-form"))
			.andExpect(model().attribute("action", base + "/criteria/" + c3.id() + "/indicators/new"))
			.andExpect(model().attribute("validateAction", base + "/criteria/" + c3.id() + "/indicators/validate"))
			.andExpect(content().string(containsString(">D1.C3.I</span>")))
			.andExpect(content().string(containsString("value=\"3\"")));
		admin(get(base + "/indicators/{i}/edit", i2.id())).andExpect(view().name("standard/indicator-form"))
			.andExpect(model().attribute("action", base + "/indicators/" + i2.id() + "/edit"))
			.andExpect(model().attribute("validateAction", base + "/indicators/" + i2.id() + "/validate"))
			.andExpect(content().string(containsString("name=\"title.ar\"")));
		admin(post(base + "/indicators/{i}/validate", i2.id()).header("HX-Request", "true")
			.param("number", "2")
			.param("title.fr", i2.title().fr())
			.param("guidance.en", "English only")
			.param("answerType", "LEVEL")
			.param("weight", "1")).andExpect(view().name("standard/indicator-form"))
			.andExpect(model().attributeHasNoErrors("indicatorForm"));
		admin(get(base + "/indicators/{i}/delete", i2.id())).andExpect(view().name("standard/confirm-delete"))
			.andExpect(model().attribute("action", base + "/indicators/" + i2.id() + "/delete"));
		admin(get(base + "/sections/{i}/edit", i2.id())).andExpect(status().isNotFound());
	}

	@Test
	void inlineValidationReportsWrongValuesButNotFieldsNotFilledYet() throws Exception {
		long id = this.standards.draftCopy("T-LIVE");
		long criterion = criterion(id, "D5.C3").id();
		admin(post("/admin/standards/{id}/criteria/{c}/indicators/validate", id, criterion).header("HX-Request", "true")
			.param("number", "1")
			.param("answerType", "METRIC")
			.param("t2", "5")
			.param("t3", "8")
			.param("direction", "LOWER_IS_BETTER")
			.param("weight", "1")).andExpect(status().isOk())
			.andExpect(view().name("standard/indicator-form"))
			.andExpect(content().string(containsString("Le code « D5.C3.I1 » est déjà utilisé")))
			.andExpect(content().string(not(containsString("Ce champ est obligatoire."))))
			.andExpect(content().string(not(containsString("Obligatoire pour un indicateur de type mesure"))));
		assertThat(criterion(id, "D5.C3").indicators()).hasSize(3);
	}

	private ResultActions editLevelIndicator(long id, IndicatorView indicator, String version, String title)
			throws Exception {
		return admin(post("/admin/standards/{id}/indicators/{i}/edit", id, indicator.id()).param("version", version)
			.param("number", "2")
			.param("title.fr", title)
			.param("sources", String.join("\n", indicator.sources()))
			.param("answerType", "LEVEL")
			.param("weight", "1"));
	}

	private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.admin())).with(csrf()));
	}

	private StandardTreeView tree(long id) {
		StandardFixtures.logIn(this.users.admin());
		try {
			return this.catalog.tree(id);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private List<String> codes(long id) {
		return tree(id).domains().stream().map(DomainView::code).toList();
	}

	private DomainView domain(long id, String code) {
		return tree(id).domains().stream().filter((d) -> d.code().equals(code)).findFirst().orElseThrow();
	}

	private CriterionView criterion(long id, String code) {
		return tree(id).domains()
			.stream()
			.flatMap((d) -> d.criteria().stream())
			.filter((c) -> c.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private IndicatorView indicator(long id, String code) {
		return tree(id).indicator(code).orElseThrow();
	}

	private String version(IndicatorView indicator) {
		return this.jdbc.queryForObject("select version from standard_indicator where id = ?", String.class,
				indicator.id());
	}

	private String version(long id, String domainCode) {
		return this.jdbc.queryForObject("select version from standard_domain where standard_id = ? and code = ?",
				String.class, id, domainCode);
	}

	private String lockVersion(long id) {
		return this.jdbc.queryForObject("select version from reference_standard where id = ?", String.class, id);
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("select status from reference_standard where id = ?", String.class, id);
	}

}
