package org.socle.config;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Links render as before {@link StaticResourceLinks} (webjar links get their version,
 * other links stay as written) and static files are still served, while page links are no
 * longer looked up as files.
 */
@SocleTest
class StaticResourceLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider urlProvider;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void linksRenderAsBefore() throws Exception {
		this.mvc.perform(get("/establishments").with(user(this.fixtures.admin())))
			.andExpect(content().string(allOf(containsString("href=\"/webjars/bootstrap/5.3.8/css/bootstrap.min.css\""),
					containsString("src=\"/webjars/htmx.org/2.0.10/dist/htmx.min.js\""),
					containsString("href=\"/css/socle.css\""), containsString("src=\"/js/socle.js\""),
					containsString("href=\"/organisations\""), containsString("href=\"/admin/users\""))));
	}

	@Test
	void staticFilesAreStillServed() throws Exception {
		this.mvc.perform(get("/css/socle.css")).andExpect(status().isOk());
		this.mvc.perform(get("/js/socle.js")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/bootstrap/5.3.8/css/bootstrap.min.css")).andExpect(status().isOk());
	}

	@Test
	void pageLinksAreNotLookedUpAsFiles() {
		assertThat(this.urlProvider.getHandlerMap()).containsKey("/webjars/**")
			.doesNotContainKey(StaticResourceLinks.CATCH_ALL);
		assertThat(this.urlProvider.getForLookupPath("/establishments/12")).isNull();
		assertThat(this.urlProvider.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
			.isEqualTo("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
	}

}
