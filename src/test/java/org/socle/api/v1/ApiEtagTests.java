package org.socle.api.v1;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner's nightly sync: every read sends an ETag, {@code If-None-Match} with it
 * answers 304 without a body while nothing changed, and 200 with a new ETag once
 * something did.
 */
@SocleTest
class ApiEtagTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUnchangedReadAnswers304AndAChangedOneANewEtag() throws Exception {
		SocleUser auditor = this.identity.auditor();
		long id = this.establishments.establishment("APIT Foyer", this.identity.organisation("APIT Association")).id();
		String etag = this.mvc.perform(get("/api/v1/establishments/{id}", id).with(user(auditor)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-cache"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		this.mvc
			.perform(get("/api/v1/establishments/{id}", id).header(HttpHeaders.IF_NONE_MATCH, etag).with(user(auditor)))
			.andExpect(status().isNotModified())
			.andExpect(content().string(""));
		this.jdbc.update("update establishment set authorised_capacity = authorised_capacity + 1 where id = ?", id);
		String changed = this.mvc
			.perform(get("/api/v1/establishments/{id}", id).header(HttpHeaders.IF_NONE_MATCH, etag).with(user(auditor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(changed).isNotBlank().isNotEqualTo(etag);
	}

	@Test
	void listsHaveEtagsToo() throws Exception {
		SocleUser auditor = this.identity.auditor();
		String etag = this.mvc.perform(get("/api/v1/regions").with(user(auditor)))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		this.mvc.perform(get("/api/v1/regions").header(HttpHeaders.IF_NONE_MATCH, etag).with(user(auditor)))
			.andExpect(status().isNotModified());
	}

}
