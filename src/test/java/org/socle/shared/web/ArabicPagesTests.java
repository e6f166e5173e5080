package org.socle.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Pages in Arabic (right to left) keep mixed-direction values readable: phone numbers,
 * coordinates, codes and dates are isolated from the Arabic text around them, and
 * establishments show their Arabic name first everywhere. Also: the establishment's tabs
 * on its records' pages, required fields marked and the error summary of a failed form.
 */
@SocleTest
class ArabicPagesTests {

	private static final String LRI = "\u2066";

	private static final String FSI = "\u2068";

	private static final String PDI = "\u2069";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	SocleUser manager;

	EstablishmentInfo home;

	@BeforeEach
	void establishment() {
		this.manager = this.identity.managerA();
		this.home = this.establishments.establishment("Foyer Bidi", this.manager.organisationId(), (form) -> {
			form.setNameAr("دار بيدي");
			form.setDirectorName("Mohamed El Amrani");
			form.setDirectorPhone("+212 683 623373");
			form.setLatitude(new BigDecimal("35.751158"));
			form.setLongitude(new BigDecimal("-5.836613"));
			form.setOpeningDate(LocalDate.of(2000, 4, 11));
			form.setAuthorisationNumber("AUT-2019/783");
		});
	}

	@Test
	void theOverviewInArabicIsolatesPhoneCoordinatesCodesAndDates() throws Exception {
		Document page = page("/establishments/" + this.home.id() + "?lang=ar");
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertIsolated(page, "+212 683 623373");
		assertIsolated(page, "35.751158, -5.836613");
		assertThat(page.text()).contains(LRI + "11/04/2000" + PDI, LRI + "AUT-2019/783" + PDI, LRI + "MA-04" + PDI);
		assertThat(page.text()).containsPattern(LRI + "\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d" + PDI);
	}

	@Test
	void theLastChangeLinesIsolateTheirAuthorAndDateTime() throws Exception {
		for (String path : new String[] { "/establishments/" + this.home.id(),
				"/organisations/" + this.manager.organisationId() }) {
			Element lastChange = page(path + "?lang=ar").getElementsContainingOwnText("آخر تعديل").first();
			assertThat(lastChange).as(path).isNotNull();
			assertThat(lastChange.text()).as(path)
				.matches("آخر تعديل من طرف " + FSI + "[^" + PDI + "]+" + PDI + " بتاريخ " + LRI
						+ "\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d" + PDI + "\\.");
		}
	}

	@Test
	void frenchPagesCarryNoIsolates() throws Exception {
		Document page = page("/establishments/" + this.home.id() + "?lang=fr");
		assertThat(page.text()).contains("11/04/2000").doesNotContain(LRI, PDI);
	}

	@Test
	void arabicPagesShowTheArabicNameFirstInHeadingBreadcrumbAndTitle() throws Exception {
		Document overview = page("/establishments/" + this.home.id() + "?lang=ar");
		assertThat(overview.selectFirst("h1").text()).isEqualTo("دار بيدي");
		assertThat(overview.selectFirst(".breadcrumb-item.active").text()).isEqualTo("دار بيدي");
		assertThat(overview.title()).startsWith("دار بيدي");
		assertThat(overview.selectFirst("h1 + p").text()).isEqualTo("Foyer Bidi");
		Document list = page("/establishments?lang=ar&q=Bidi");
		assertThat(list.select("td a[href$=/establishments/" + this.home.id() + "]").text()).isEqualTo("دار بيدي");
		Document french = page("/establishments/" + this.home.id() + "?lang=fr");
		assertThat(french.selectFirst("h1").text()).isEqualTo("Foyer Bidi");
	}

	@Test
	void beneficiariesAndServicesKeepTheEstablishmentTabs() throws Exception {
		for (String tab : new String[] { "beneficiaries", "services", "indicators", "assessments" }) {
			Document page = page("/establishments/" + this.home.id() + "/" + tab + "?lang=ar");
			Element current = page.selectFirst(".nav-tabs a[aria-current=page]");
			assertThat(current).as(tab).isNotNull();
			assertThat(current.attr("href")).endsWith("/establishments/" + this.home.id() + "/" + tab);
			assertThat(page.select(".nav-tabs a")).hasSize(10);
			assertThat(page.select(".breadcrumb").text()).contains("دار بيدي");
		}
	}

	@Test
	void requiredFieldsAreMarkedFromTheFormConstraints() throws Exception {
		Document form = page("/establishments/new");
		assertThat(form.selectFirst("#nameFr").attr("aria-required")).isEqualTo("true");
		assertThat(form.select("label[for=nameFr] span[aria-hidden]").text()).isEqualTo("*");
		assertThat(form.selectFirst("#address").hasAttr("aria-required")).isFalse();
		assertThat(form.select("label[for=address] span[aria-hidden]")).isEmpty();
	}

	@Test
	void aFailedFormStartsWithASummaryLinkedToTheFields() throws Exception {
		String html = this.mvc
			.perform(post("/establishments/new").with(user(this.manager))
				.with(csrf())
				.param("nameFr", " ")
				.param("nameAr", "")
				.param("regionCode", "MA-04"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		Element summary = page.selectFirst("form .error-summary");
		assertThat(summary).isNotNull();
		assertThat(summary.select("a[href=#nameFr]").text()).isEqualTo("Le nom en français est obligatoire.");
		assertThat(summary.select("a[href=#nameAr]")).hasSize(1);
		assertThat(page.select("#nameFr.is-invalid")).hasSize(1);
	}

	private void assertIsolated(Document page, String value) {
		Element element = page.getElementsMatchingOwnText(java.util.regex.Pattern.quote(value)).first();
		assertThat(element).as(value).isNotNull();
		boolean isolated = element.parents().stream().anyMatch(ArabicPagesTests::isolates) || isolates(element);
		assertThat(isolated).as(value + " in " + element.outerHtml()).isTrue();
	}

	private static boolean isolates(Element element) {
		return element.tagName().equals("bdi") || element.attr("dir").equals("ltr")
				|| element.attr("dir").equals("auto");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(this.manager)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

}
