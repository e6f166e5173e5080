package org.socle.config;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@SocleTest
class LocaleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Test
	void frenchIsTheDefault() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content()
				.string(allOf(containsString("<html lang=\"fr\" dir=\"ltr\">"), containsString("Connexion"),
						containsString("bootstrap.min.css"), not(containsString("bootstrap.rtl")))));
	}

	@Test
	void arabicRendersRightToLeftAndIsRememberedInACookie() throws Exception {
		MvcResult result = this.mvc.perform(get("/login").param("lang", "ar"))
			.andExpect(content().string(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"),
					containsString("bootstrap.rtl.min.css"), containsString("تسجيل الدخول"))))
			.andReturn();
		Cookie cookie = result.getResponse().getCookie(WebConfiguration.LANGUAGE_COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("ar-MA");
		assertThat(this.messages.getMessage("pagination.status", new Object[] { 2, 13, 1250 }, WebConfiguration.ARABIC))
			.as("Western digits, as in Morocco")
			.contains("2", "13", "250")
			.doesNotContain("٢", "١٣");

		this.mvc.perform(get("/login").cookie(cookie))
			.andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")));
	}

	@Test
	void englishIsAvailable() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content()
				.string(allOf(containsString("<html lang=\"en\" dir=\"ltr\">"), containsString("Log in"))));
	}

	@Test
	void theLanguageCookieIsSecureWhenTheRequestIs() throws Exception {
		Cookie overTls = this.mvc.perform(get("/login").param("lang", "en").secure(true))
			.andReturn()
			.getResponse()
			.getCookie(WebConfiguration.LANGUAGE_COOKIE);
		assertThat(overTls.getSecure()).isTrue();
		assertThat(overTls.isHttpOnly()).isTrue();
		Cookie plain = this.mvc.perform(get("/login").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getCookie(WebConfiguration.LANGUAGE_COOKIE);
		assertThat(plain.getSecure()).isFalse();
	}

}
