package org.socle.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page whose body is kept is served whole from memory on a repeated request, with the
 * request's own CSRF token wherever the page holds one; the user the layout shows, the
 * language, the data and a flash message each give their own page.
 */
@SocleTest
class KeptPagesTests {

	private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

	private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	KeptPages pages;

	long establishment;

	@BeforeEach
	void establishment() {
		long organisation = this.identity.organisation("Test Org A");
		this.establishment = this.establishments
			.establishment("KP Foyer entier", organisation, Category.CHILDREN, "MA-05", 30)
			.id();
		this.jdbc.update("UPDATE establishment SET name_fr = 'KP Foyer entier' WHERE id = ?", this.establishment);
	}

	@Test
	void aRepeatedPageIsServedKeptWithTheRequestsOwnTokenInEveryPlace() throws Exception {
		SocleUser auditor = this.identity.auditor();
		String first = page(list(auditor));
		double rendered = pagesRendered();
		String second = page(list(auditor));

		assertThat(pagesRendered()).as("the second page came from memory").isEqualTo(rendered);
		assertThat(second).contains("KP Foyer entier", "Test t-auditor");
		String token = token(second);
		assertThat(token).isNotEqualTo(token(first));
		assertThat(fields(second)).as("the logout form's token").isNotEmpty().containsOnly(token);
		assertThat(second.replace(token, "T")).isEqualTo(first.replace(token(first), "T"));
	}

	@Test
	void eachUserLanguageAndContentGetsItsOwnPage() throws Exception {
		String auditors = page(list(this.identity.auditor()));
		String otherAuditors = page(list(this.identity.auditor2()));
		String arabic = page(list(this.identity.auditor()).param("lang", "ar"));
		this.jdbc.update("UPDATE establishment SET name_fr = 'KP Foyer renommé' WHERE id = ?", this.establishment);
		String renamed = page(list(this.identity.auditor()));

		assertThat(auditors).contains("Test t-auditor<").doesNotContain("Test t-auditor-2");
		assertThat(otherAuditors).contains("Test t-auditor-2<");
		assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\"");
		assertThat(renamed).contains(">KP Foyer renommé<").doesNotContain(">KP Foyer entier<");
	}

	@Test
	void onlyAGetWithoutAFlashMessageIsServedAKeptPage() {
		assertThat(keptView("GET", null)).as("a GET").isTrue();
		assertThat(keptView("GET", Map.of("success", "establishment.updated"))).as("a flash message").isFalse();
		assertThat(keptView("POST", null)).as("a POST that shows the page again").isFalse();
		MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
		error.setDispatcherType(DispatcherType.ERROR);
		assertThat(KeptPages.keeps(error)).as("an error page's dispatch").isFalse();
	}

	/** Whether a page showing a kept body is given the kept page's view. */
	private boolean keptView(String method, Map<String, String> flash) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/establishments/1");
		request.setAttribute(RenderedViews.SHOWN_BODY, "<p>body</p>");
		if (flash != null) {
			FlashMap input = new FlashMap();
			input.putAll(flash);
			request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, input);
		}
		ModelAndView page = new ModelAndView("establishment/overview");
		this.pages.postHandle(request, new MockHttpServletResponse(), new Object(), page);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			return this.pages.resolveViewName("establishment/overview", Locale.FRENCH) != null;
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	private MockHttpServletRequestBuilder list(SocleUser user) {
		return get("/establishments").queryParam("q", "KP Foyer").with(user(user));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String token(String page) {
		Matcher meta = TOKEN.matcher(page);
		assertThat(meta.find()).as("the page's CSRF meta tag").isTrue();
		return meta.group(1);
	}

	private static List<String> fields(String page) {
		return FIELD.matcher(page).results().map((field) -> field.group(1)).toList();
	}

	/** Pages rendered by KeptPages so far (misses of its cache). */
	private double pagesRendered() {
		return this.meters.get("cache.gets").tag("cache", "kept-pages").tag("result", "miss").functionCounter().count();
	}

}
